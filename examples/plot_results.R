# Load a Dyad run, sweep and sensitivity folder with base R and draw one plot of each.
#
#     Rscript examples/plot_results.R RUN_DIR SWEEP_DIR SENSITIVITY_DIR OUT_DIR
#
# Writes run.png, sweep.png and sensitivity.png into OUT_DIR. No package beyond base R is needed.
# Dyad's tables write a missing number as NA and a cell that does not apply as empty; every month
# column is called date and written YYYY-MM.

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 4) {
  stop("usage: Rscript examples/plot_results.R RUN_DIR SWEEP_DIR SENSITIVITY_DIR OUT_DIR", call. = FALSE)
}
run <- args[1]
sweep <- args[2]
sensitivity <- args[3]
out <- args[4]
dir.create(out, showWarnings = FALSE, recursive = TRUE)

# One table of a results folder, with its date column (YYYY-MM) as a Date (the month's first day).
read_table <- function(folder, file) {
  table <- read.csv(file.path(folder, file), na.strings = c("NA", ""), check.names = FALSE,
                    stringsAsFactors = FALSE)
  if ("date" %in% names(table)) {
    table$date <- as.Date(paste0(table$date, "-01"))
  }
  table
}

# The run: the mean index with its 5-95 % band, over each replication's own path if series.csv is there.
series <- read_table(run, "timeseries.csv")
png(file.path(out, "run.png"), width = 900, height = 450)
plot(series$date, series$cooperation_index, type = "n", ylim = c(-1, 1), xlab = "",
     ylab = "cooperation index", main = paste("Run:", basename(normalizePath(run))))
if (file.exists(file.path(run, "series.csv"))) {  # written by 'dyad run --all-series'
  paths <- read_table(run, "series.csv")
  for (r in unique(paths$replication)) {
    one <- paths[paths$replication == r, ]
    lines(one$date, one$cooperation_index, col = adjustcolor("grey40", alpha.f = 0.15))
  }
}
polygon(c(series$date, rev(series$date)), c(series$cooperation_index_p05, rev(series$cooperation_index_p95)),
        col = adjustcolor("steelblue", alpha.f = 0.3), border = NA)
lines(series$date, series$cooperation_index, col = "steelblue", lwd = 2)
legend("bottomleft", legend = c("mean", "5-95 % of replications"), col = c("steelblue", NA), lwd = c(2, NA),
       fill = c(NA, adjustcolor("steelblue", alpha.f = 0.3)), border = NA, bty = "n")
invisible(dev.off())

# The sweep: the mean index of each fan point over time (fan.csv: one row per point and date).
fan <- read_table(sweep, "fan.csv")
parameters <- names(fan)[2:(which(names(fan) == "date") - 1)]
points <- unique(fan$point)
colours <- hcl.colors(length(points), "Dark 3")
png(file.path(out, "sweep.png"), width = 900, height = 450)
plot(fan$date, fan$mean, type = "n", ylim = c(-1, 1), xlab = "", ylab = "cooperation index",
     main = paste("Sweep:", basename(normalizePath(sweep))))
labels <- character(0)
for (i in seq_along(points)) {
  one <- fan[fan$point == points[i], ]
  polygon(c(one$date, rev(one$date)), c(one$p05, rev(one$p95)), col = adjustcolor(colours[i], alpha.f = 0.15),
          border = NA)
  lines(one$date, one$mean, col = colours[i], lwd = 2)
  values <- sapply(parameters, function(p) paste(sub(".*\\.", "", p), "=", format(one[[p]][1])))
  labels <- c(labels, paste0("point ", points[i], ": ", paste(values, collapse = ", ")))
}
legend("bottomleft", legend = labels, col = colours, lwd = 2, bty = "n", cex = 0.8)
invisible(dev.off())

# The sensitivity analysis: the first output's indices by parameter, with their 95 % intervals.
indices <- read_table(sensitivity, "indices.csv")
output <- indices$output[1]
one <- indices[indices$output == output, ]
kinds <- unique(one$index)
estimates <- sapply(kinds, function(k) one$estimate[one$index == k])
low <- sapply(kinds, function(k) one$ci95_low[one$index == k])
high <- sapply(kinds, function(k) one$ci95_high[one$index == k])
parameters <- one$parameter[one$index == kinds[1]]
estimates <- matrix(estimates, ncol = length(kinds), dimnames = list(parameters, kinds))
png(file.path(out, "sensitivity.png"), width = 900, height = 450)
par(mar = c(4, 16, 3, 1))
centres <- barplot(t(estimates), beside = TRUE, horiz = TRUE, las = 1, legend.text = kinds,
                   xlim = range(c(0, estimates, low, high), na.rm = TRUE), xlab = "index",
                   main = paste("Sensitivity of", output), cex.names = 0.8)
ok <- !is.na(t(low)) & !is.na(t(high))
arrows(t(low)[ok], centres[ok], t(high)[ok], centres[ok], angle = 90, code = 3, length = 0.04)
invisible(dev.off())
cat("Plots written to", out, "\n")

package dyad.chart;

import dyad.analysis.Discovery;
import dyad.analysis.prim.Prim;
import dyad.scenario.Language;
import dyad.scenario.Texts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A discovery's chosen box in words, as the console prints it and the trajectory chart notes it: coverage,
 * density and support, then each restricted parameter by its name in words ("Russia: oil dependence ≥ 0.7"),
 * with its quasi-p-value.
 *
 * @param names  the sweep's parameters in words, in the order of its columns
 * @param levels each choice's levels in words (null for a number), in the same order
 */
public record DiscoveredBox(Discovery discovery, List<String> names, List<List<String>> levels, Texts texts) {

    public DiscoveredBox {
        names = List.copyOf(names);
        levels = java.util.Collections.unmodifiableList(new ArrayList<>(levels));
    }

    /**
     * The box of a discovery on a sweep's table, its parameters named as the sweep's charts name them (from the
     * sweep file and base scenario its folder keeps; by their paths where the folder keeps none).
     */
    public static DiscoveredBox of(Discovery discovery, Language language) {
        Path folder = discovery.table().file().toAbsolutePath().getParent();
        List<String> paths = discovery.table().parameters();
        SweepLabels labels = SweepResults.labels(folder, paths, discovery.table().levels(), language);
        List<String> names = new ArrayList<>();
        List<List<String>> levels = new ArrayList<>();
        for (int j = 0; j < paths.size(); j++) {
            names.add(labels.parameter(j));
            levels.add(labels.levels(j));
        }
        java.util.Optional<dyad.analysis.futures.FuturesFile> futures = futuresFile(discovery, folder);
        if (futures.isPresent()) {
            names = new ArrayList<>(FuturesWords.all(paths, futures.get(), language));
        }
        return new DiscoveredBox(discovery, names, levels, Texts.of(language));
    }

    /** The futures file a futures folder keeps, if the discovery reads one that does and it still reads. */
    private static java.util.Optional<dyad.analysis.futures.FuturesFile> futuresFile(Discovery discovery, Path folder) {
        Path kept = folder.resolve(dyad.analysis.futures.FuturesFile.FILE);
        if (discovery.table().which() != dyad.analysis.SweepTable.Which.FUTURES
                || !java.nio.file.Files.isRegularFile(kept)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(dyad.analysis.futures.FuturesLoader.load(kept));
        } catch (dyad.scenario.BadInputException e) {
            // written by another version of Dyad: the columns are named as futures.csv names them
            return java.util.Optional.empty();
        }
    }

    /** What the box holds: coverage, density and support, in one sentence. */
    public String summary() {
        Prim.Step step = discovery.box();
        String rows = texts.get("discover.rows." + discovery.table().which().rows());
        return texts.get("discover.summary", DiscoverChart.percent(step.coverage()), rows,
                DiscoverChart.percent(step.density()), DiscoverChart.percent(step.support()));
    }

    /** One line per restricted parameter, such as "Russia: oil dependence ≥ 0.7 (p < 0.001)"; none if none is. */
    public List<String> restrictions() {
        List<String> lines = new ArrayList<>();
        double[] min = discovery.trajectory().get(0).box().lower();
        double[] max = discovery.trajectory().get(0).box().upper();
        for (Prim.Limit limit : discovery.limits()) {
            if (!limit.restricted()) {
                continue;
            }
            String name = names.get(limit.dimension());
            boolean low = limit.lower() > min[limit.dimension()];
            boolean high = limit.upper() < max[limit.dimension()];
            String range = levels.get(limit.dimension()) != null ? kept(limit, name)
                    : low && high ? number(limit.lower()) + " ≤ " + name + " ≤ " + number(limit.upper())
                    : low ? name + " ≥ " + number(limit.lower()) : name + " ≤ " + number(limit.upper());
            lines.add(range + " (" + pValue(limit.quasiP()) + ")");
        }
        return lines;
    }

    /** A choice's levels in a box, a run of them in the order the sweep lists them: "Scenario ∈ {a, b}". */
    private String kept(Prim.Limit limit, String name) {
        List<String> words = levels.get(limit.dimension());
        List<String> kept = new ArrayList<>();
        for (int level = (int) limit.lower(); level <= (int) limit.upper(); level++) {
            kept.add(words.get(level));
        }
        return name + " ∈ {" + String.join(", ", kept) + "}";
    }

    /** Three significant digits, without trailing zeros. */
    public static String number(double value) {
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    static String pValue(double p) {
        return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
    }
}

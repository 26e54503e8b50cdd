package dyad.cli;

import dyad.analysis.futures.FuturesFile;
import dyad.analysis.futures.FuturesLoader;
import dyad.analysis.futures.FuturesSweep;
import dyad.analysis.region.RegionFile;
import dyad.analysis.sensitivity.SensitivityFile;
import dyad.batch.ResolvedSweep;
import dyad.batch.ResultsFolder;
import dyad.batch.ShardedSweep;
import dyad.batch.SweepLoader;
import dyad.batch.SweepSpec;
import dyad.scenario.BadInputException;
import dyad.scenario.FileKind;
import dyad.scenario.ResolvedScenario;
import dyad.scenario.YamlReader;
import dyad.scenario.YamlValue;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad slurm}: the scripts that run a sweep on a Slurm cluster, as a job array of shards and a merge
 * job that starts once every task has succeeded.
 */
@Command(name = "slurm", mixinStandardHelpOptions = true,
        description = {"Write the scripts that run a sweep on a Slurm cluster into DIR: task.sh, a job array whose"
                + " tasks each run shards of the sweep ('dyad sweep --shard k/K'), merge.sh, which writes the whole"
                + " sweep's results ('dyad merge'), and submit.sh, which submits both, the merge to start when every"
                + " task has succeeded. The sweep and its scenario are frozen in DIR/shards, so editing them later"
                + " does not change the runs.",
                "A sensitivity file, a region file (rejection sampling) or a futures file runs the same way, its"
                        + " shards with 'dyad sensitivity --shard k/K', 'dyad region --shard k/K' or 'dyad futures"
                        + " --shard k/K'. Sequential Monte Carlo and calibrations run in one process, their"
                        + " generations depending on each other.",
                "Then: sbatch DIR/submit.sh (or bash DIR/submit.sh on the login node)."})
final class SlurmCommand implements Callable<Integer> {

    /** Slurm's default MaxArraySize is 1001, so array indices run to 1000 at most. */
    static final int MAX_TASKS = 1000;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataFolderOption dataFolders = new DataFolderOption();

    @Mixin
    private FigureOptions figures = new FigureOptions();

    @Parameters(index = "0", paramLabel = "SWEEP", description = "Sweep, sensitivity, region or futures file (YAML).")
    private Path file;

    @Option(names = "--shards", paramLabel = "K", required = true,
            description = "How many shards to split the sweep into (1 to 100000); more than "
                    + MAX_TASKS + " shards are shared out among " + MAX_TASKS + " array tasks.")
    private int shards;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the scripts, shards and results"
            + " (default: results/<sweep name>).")
    private Path out;

    @Option(names = "--cpus-per-task", paramLabel = "N", defaultValue = "1",
            description = "CPUs of each task, which its shards use as threads (default: ${DEFAULT-VALUE}).")
    private int cpusPerTask;

    @Option(names = "--time", paramLabel = "D-HH:MM:SS", defaultValue = "01:00:00",
            description = "Time limit of each task and of the merge (default: ${DEFAULT-VALUE}).")
    private String time;

    @Option(names = "--mem", paramLabel = "MB", defaultValue = "2048",
            description = "Memory of each task and of the merge, in MB (default: ${DEFAULT-VALUE}).")
    private int memory;

    @Option(names = "--java", paramLabel = "COMMAND", defaultValue = "java",
            description = "How the cluster's nodes start Java 17 or newer (default: ${DEFAULT-VALUE}).")
    private String java;

    @Option(names = "--jar", paramLabel = "FILE",
            description = "dyad.jar as the nodes see it (default: the jar this command runs from).")
    private Path jar;

    @Option(names = "--independent-seeds", description = "Give every point its own random numbers.")
    private boolean independentSeeds;

    @Option(names = "--all-series", description = "Also keep every run's monthly index in series.csv.")
    private boolean allSeries;

    @Override
    public Integer call() throws Exception {
        dataFolders.grant();
        if (shards < 1 || shards > dyad.batch.Shard.MAX_COUNT) {
            throw new ParameterException(spec.commandLine(), "--shards must be 1 to " + dyad.batch.Shard.MAX_COUNT
                    + ", not " + shards);
        }
        if (cpusPerTask < 1 || cpusPerTask > 1024) {
            throw new ParameterException(spec.commandLine(), "--cpus-per-task must be 1 to 1024, not " + cpusPerTask);
        }
        if (memory < 64) {
            throw new ParameterException(spec.commandLine(), "--mem must be at least 64 (MB), not " + memory);
        }
        if (!time.matches("(\\d+-)?\\d{1,2}(:\\d{2}){0,2}")) {
            throw new ParameterException(spec.commandLine(), "--time must be Slurm's D-HH:MM:SS (or HH:MM:SS, MM),"
                    + " not '" + time + "'");
        }
        Path dyadJar = (jar != null ? jar : runningJar()).toAbsolutePath().normalize();
        Job job = job();
        Path dir = (out != null ? out : Path.of("results", job.name())).toAbsolutePath().normalize();
        if (!dir.toString().matches("[A-Za-z0-9_./+:@,=-]+")) {
            throw new ParameterException(spec.commandLine(), "the folder " + dir + " cannot be written in Slurm's"
                    + " #SBATCH lines (spaces, quotes and % are read as separators or patterns): choose a folder whose"
                    + " path has only letters, digits and . _ - / + : @ , =");
        }
        dyad.batch.Sweep.Options options = new dyad.batch.Sweep.Options(cpusPerTask, true, independentSeeds,
                allSeries);
        SweepSpec sweep = job.spec();
        if (sweep != null) {
            ShardedSweep.refuseOtherShards(dir, sweep, shards, options, "--out", job.whole());
        }
        int tasks = Math.min(shards, MAX_TASKS);
        try (ResultsFolder folder = ResultsFolder.open(dir, job.whole().kind(), "--out",
                "dyad slurm " + job.name())) {
            if (sweep == null) {
                // the futures' scenario files are made in the folder, which is locked only now
                sweep = job.inputs().write(folder.stage());
                ShardedSweep.refuseOtherShards(dir, sweep, shards, options, "--out", job.whole());
            }
            Path frozen = dir.resolve(ResultsFolder.SHARDS);
            Files.createDirectories(frozen.resolve("logs"));
            ResolvedSweep resolved = ResolvedSweep.write(sweep, frozen);
            Path frozenFile = resolved.sweepFile();
            if (job.whole().fileName() != null) {
                frozenFile = frozen.resolve(job.whole().fileName());
                job.whole().writeInto(frozen);
            }
            Path staging = folder.stage();
            String common = header(sweep) + variables(dyadJar, frozenFile, dir, tasks, job);
            write(staging.resolve("task.sh"), taskScript(sweep, dir, tasks, common, job));
            write(staging.resolve("merge.sh"), mergeScript(sweep, dir, common));
            write(staging.resolve("submit.sh"), submitScript(sweep, dir, tasks));
            folder.commit(staging, false);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        String shown = dir.toString().replace('\\', '/');
        long runs = (long) sweep.replications() * sweep.design().pointCount(sweep.parameters());
        stdout.printf(Locale.ROOT, "Wrote %s/submit.sh, task.sh and merge.sh: %,d runs in %d shards, run by %d array"
                + " task%s, then the merge.%n", shown, runs, shards, tasks, tasks == 1 ? "" : "s");
        stdout.printf("Check the resources at the top of task.sh and merge.sh, then submit with:%n    sbatch %s/submit.sh%n",
                shown);
        stdout.printf("The results go to %s/; each task's log to %s/shards/logs/.%n", shown, shown);
        stdout.flush();
        return 0;
    }

    /**
     * What the cluster runs: a sweep, or an analysis on the sweep engine, whose shards the subcommand of its
     * kind runs.
     *
     * @param name    the sweep's name, which names its folder
     * @param spec    the sweep, or null when its files are made by {@code inputs} once the folder is locked
     * @param inputs  for futures, what writes the futures' scenario files and their sweep into a scratch folder
     * @param command the subcommand that runs a shard: sweep, sensitivity, region or futures
     */
    private record Job(String name, SweepSpec spec, dyad.batch.Sweep.Inputs inputs, String command,
                       ShardedSweep.Whole whole) {

        Job(SweepSpec spec, String command, ShardedSweep.Whole whole) {
            this(spec.name(), spec, null, command, whole);
        }
    }

    /** The file's job; an analysis whose runs depend on earlier ones is refused in one line that says why. */
    private Job job() {
        YamlValue.Mapping tree = YamlReader.readMapping(file);
        boolean futures = FuturesLoader.isFuturesFile(tree);
        FileKind kind = FileKind.of(tree).orElse(FileKind.SWEEP);
        if (kind == FileKind.SENSITIVITY || kind == FileKind.REGION || futures) {
            if (independentSeeds) {
                throw new ParameterException(spec.commandLine(), "--independent-seeds is for sweeps: an analysis runs"
                        + " its design with common random numbers");
            }
            if (allSeries) {
                throw new ParameterException(spec.commandLine(), "--all-series is for sweeps: an analysis keeps no"
                        + " monthly series of its runs");
            }
        }
        if (futures) {
            FuturesFile analysis = FuturesLoader.load(file);
            FuturesCommand.refuseOneScenario(analysis);
            return new Job(analysis.name(), null, scratch -> FuturesSweep.sweep(analysis, scratch), "futures",
                    AnalysisShards.of(analysis));
        }
        switch (kind) {
            case SENSITIVITY -> {
                SensitivityFile analysis = SensitivityFile.load(file);
                return new Job(analysis.sweep(), "sensitivity", AnalysisShards.of(analysis));
            }
            case REGION -> {
                RegionFile analysis = RegionFile.load(file);
                if (analysis.sequential()) {
                    throw new BadInputException(tree.entries().get("sampling").location(), "sampling",
                            RegionCommand.ONE_PROCESS);
                }
                return new Job(analysis.sweep(), "region", AnalysisShards.of(analysis));
            }
            case CALIBRATION -> throw new BadInputException(tree.keyLocations().get("targets"), "targets",
                    CALIBRATION_ON_ONE_NODE);
            default -> {
                return new Job(SweepLoader.load(file), "sweep", ShardedSweep.Whole.SWEEP);
            }
        }
    }

    /** Why a calibration is not split into shards or cluster jobs. */
    static final String CALIBRATION_ON_ONE_NODE = "a calibration runs in one process: CMA-ES draws each generation"
            + " of candidates from the scores of the one before, so its runs cannot be split ahead into shards; run"
            + " 'dyad calibrate' on one node, where each candidate's replications use every core (--threads)";

    private static Path runningJar() {
        return Invocation.runningJar().orElseThrow(() -> new BadInputException(null, "--jar", "this"
                + " Dyad does not run from a jar: give the dyad.jar the cluster's nodes should run with --jar"));
    }

    private String header(SweepSpec sweep) {
        return "#SBATCH --cpus-per-task=" + cpusPerTask + "\n"
                + "#SBATCH --time=" + time + "\n"
                + "#SBATCH --mem=" + memory + "M\n";
    }

    private String variables(Path dyadJar, Path frozenSweep, Path dir, int tasks, Job job) {
        StringBuilder options = new StringBuilder();
        if (independentSeeds) {
            options.append(" --independent-seeds");
        }
        if (allSeries) {
            options.append(" --all-series");
        }
        options.append(figures.asOptions());
        return "\nset -euo pipefail\n"
                + "# How the nodes start Java, and the Dyad they run\n"
                + "JAVA=${JAVA:-" + quoted(java) + "}\n"
                + "DYAD_JAR=" + quoted(dyadJar.toString()) + "\n"
                + "# The " + what(job) + ", frozen when the scripts were written, and its folder\n"
                + "SWEEP=" + quoted(frozenSweep.toString()) + "\n"
                + "OUT=" + quoted(dir.toString()) + "\n"
                + "SHARDS=" + shards + "\n"
                + "TASKS=" + tasks + "\n"
                + "OPTIONS=\"" + options.toString().strip() + "\"\n";
    }

    /** "sweep", "sensitivity analysis", as the scripts' comments name what they run. */
    private static String what(Job job) {
        return job.command().equals("sweep") ? "sweep" : job.command() + " analysis";
    }

    private String taskScript(SweepSpec sweep, Path dir, int tasks, String common, Job job) {
        return "#!/bin/bash\n"
                + "# One task of the job array that runs " + what(job) + " " + sweep.name() + ": task t runs shards t,"
                + " t + TASKS,"
                + " ... of SHARDS.\n"
                + "# A task that failed or was pre-empted can be submitted again alone; its shards resume:\n"
                + "#     sbatch --array=17 " + dir.resolve("task.sh") + "\n"
                + "# then, once it has succeeded, the merge: sbatch " + dir.resolve("merge.sh") + "\n"
                + "#SBATCH --job-name=dyad-" + sweep.name() + "\n"
                + "#SBATCH --array=1-" + tasks + "\n"
                + "#SBATCH --output=" + dir.resolve(ResultsFolder.SHARDS).resolve("logs") + "/task-%a.out\n"
                + common
                + "for (( k = SLURM_ARRAY_TASK_ID; k <= SHARDS; k += TASKS )); do\n"
                + "    # shellcheck disable=SC2086\n"
                + "    \"$JAVA\" -jar \"$DYAD_JAR\" " + job.command() + " \"$SWEEP\" --shard \"$k/$SHARDS\" --out \"$OUT\" \\\n"
                + "        --threads \"${SLURM_CPUS_PER_TASK:-1}\" --quiet $OPTIONS\n"
                + "done\n";
    }

    private static String mergeScript(SweepSpec sweep, Path dir, String common) {
        return "#!/bin/bash\n"
                + "# Merges the shards of sweep " + sweep.name() + " into its results; submit.sh starts it once every"
                + " task has succeeded.\n"
                + "#SBATCH --job-name=dyad-" + sweep.name() + "-merge\n"
                + "#SBATCH --output=" + dir.resolve(ResultsFolder.SHARDS).resolve("logs") + "/merge.out\n"
                + common
                + "\"$JAVA\" -jar \"$DYAD_JAR\" merge \"$OUT\" --threads \"${SLURM_CPUS_PER_TASK:-1}\"\n";
    }

    private static String submitScript(SweepSpec sweep, Path dir, int tasks) {
        return "#!/bin/bash\n"
                + "# Submits sweep " + sweep.name() + ": task.sh as a job array of " + tasks + " task"
                + (tasks == 1 ? "" : "s") + ", and merge.sh to start\n"
                + "# when every task has succeeded. Run it with sbatch, or with bash on the login node.\n"
                + "#SBATCH --job-name=dyad-" + sweep.name() + "-submit\n"
                + "#SBATCH --time=00:05:00\n"
                + "#SBATCH --output=" + dir.resolve(ResultsFolder.SHARDS).resolve("logs") + "/submit.out\n"
                + "set -euo pipefail\n"
                + "cd " + quoted(dir.toString()) + "\n"
                + "array=$(sbatch --parsable task.sh)\n"
                + "array=${array%%;*}\n"
                + "merge=$(sbatch --parsable --dependency=afterok:\"$array\" merge.sh)\n"
                + "merge=${merge%%;*}\n"
                + "echo \"Submitted the shards as job array $array and the merge as job $merge.\"\n"
                + "echo \"If a task fails: sbatch --array=<task> task.sh, then sbatch merge.sh once it has succeeded.\"\n";
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A word for bash: as it is when it is safe, else in single quotes. */
    static String quoted(String text) {
        return text.matches("[A-Za-z0-9_./:@%+=,-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}

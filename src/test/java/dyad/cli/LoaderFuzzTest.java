package dyad.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.batch.SweepLoader;
import dyad.batch.SweepSpec;
import dyad.model.ExogenousInputs;
import dyad.model.rules.RuleSet;
import dyad.scenario.Scenario;
import dyad.scenario.BadInputException;
import dyad.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads random mutants of the bundled scenarios and sweeps. Each must load, or be refused with one line that
 * names the file and line or the field; any other exception is a failure, printed with the mutant. A few
 * accepted sweeps are run end to end through the command line.
 *
 * <p>The mutants are a pure function of the seed and their number, so a failure is reproduced by running
 * again with the seed printed ({@code -Ddyad.fuzz.seed=...}); {@code -Ddyad.fuzz.seconds=...} runs longer and
 * {@code -Ddyad.fuzz.sweeps=...} runs more sweeps.
 */
class LoaderFuzzTest {

    static final long SEED = 20071121;
    static final long SECONDS = 20;
    static final int MAX_SWEEPS_RUN = Integer.getInteger("dyad.fuzz.sweeps", 4);
    static final long MAX_RUNS_PER_SWEEP = 100;
    static final Pattern TOKEN = Pattern.compile("[^\\s,:\\[\\]{}#'\"]+");
    static final Pattern DIGIT = Pattern.compile("\\d");
    static final Pattern CLEAR_MESSAGE = Pattern.compile("[^\\n]+:\\d+:\\d+: [^\\n]+|[^\\n]*field '[^\\n]*");
    static final List<String> NASTY = List.of("-1", "0", "1", "1e308", "-1e308", "1e-320", "1.5", "\"\"", "~", "[]",
            "{}", ".nan", ".inf", "-.inf", "9999999999999999999", "0x1F", "1_000", "2000-13", "2001-02-30", "1991-12",
            "2008-01", "x".repeat(5000), "\"ünïcödé ✓ 漢字 \u202e\"", "😀", "/etc/passwd", "../../x", "/dev/zero",
            "/proc/self/environ", "data", ".", "\"a\\0b\"", "&anchor", "*anchor", "!!str", "!thing", "<<", "? x",
            "true", "no", "null", "- item", "\t", "'", "\"", "|", ">", "%YAML", "x: y", "[0, 1e308]",
            "{min: 1, max: 0}", "{values: []}", "driver", "marker", "threat", "usa", "russia", "brent",
            "2001-09-11T00:00:00Z", "3:25:45", "=", "\\", "#", "remove: true", "grid", "random", "lhs", "sobol",
            "issues_per_month", "seed", "replications", "reference_oil_price", "agents.russia.capability",
            "events.september-11.effects[0].hold_months", "series.brent.hold.from", "agents.usa.weights");

    record Source(Path file, Path folder, boolean sweep, String text) {
    }

    record Mutant(Source source, long number, String text, List<String> mutations) {
    }

    @TempDir
    Path temp;

    final List<String> failures = new ArrayList<>();
    /** The nasty values, and the paths of every bundled scenario, so that a sweep may be pointed at another. */
    final List<String> tokens = new ArrayList<>(NASTY);
    int loaded;
    int refused;
    int sweepsRun;
    /** Sweeps are run only in the first half of the time, so that the last one cannot overrun it much. */
    long lastSweepStart;

    @Test
    void mutantsLoadOrGetOneClearMessage() throws IOException {
        long seed = Long.getLong("dyad.fuzz.seed", SEED);
        long seconds = Long.getLong("dyad.fuzz.seconds", SECONDS);
        List<Source> sources = sources();
        long started = System.nanoTime();
        long deadline = started + seconds * 1_000_000_000L;
        lastSweepStart = started + seconds * 500_000_000L;
        long count = 0;
        while (System.nanoTime() < deadline && failures.size() < 20) {
            Random random = new Random(seed * 1_000_003 + count);
            Source source = sources.get(random.nextInt(sources.size()));
            Mutant mutant = mutate(source, count, random, tokens);
            Path file = write(mutant, random);
            if (source.sweep()) {
                trySweep(mutant, file);
            } else {
                tryScenario(mutant, file);
            }
            count++;
        }
        System.out.printf("loader fuzz: seed %d, %d mutants in %.1f s: %d loaded, %d refused clearly, %d sweeps run,"
                        + " %d failures%n", seed, count, (System.nanoTime() - started) / 1e9, loaded, refused,
                sweepsRun, failures.size());
        assertTrue(failures.isEmpty(), () -> "seed " + seed + ":\n" + String.join("\n\n", failures));
    }

    /** The bundled scenarios beside copies of their data, and the sweeps with their base scenario made absolute. */
    List<Source> sources() throws IOException {
        List<Source> sources = new ArrayList<>();
        for (Path folder : List.of(Path.of("scenarios"), Path.of("src/test/resources/scenarios"))) {
            Path copy = temp.resolve("scenarios-" + sources.size());
            copyTree(folder.resolve("data"), copy.resolve("data"));
            for (Path file : yamlFiles(folder)) {
                Files.copy(file, copy.resolve(file.getFileName()));
                tokens.add("'" + file.toAbsolutePath() + "'");
                sources.add(new Source(file, copy, false, Files.readString(file)));
            }
        }
        Path sweeps = Files.createDirectories(temp.resolve("sweeps"));
        for (Path folder : List.of(Path.of("scenarios/sweeps"), Path.of("src/test/resources/sweeps"))) {
            for (Path file : yamlFiles(folder)) {
                sources.add(new Source(file, sweeps, true, small(file)));
            }
        }
        return sources;
    }

    /** A sweep's text with its base scenario as an absolute path and few runs, so that it can be run quickly. */
    static String small(Path sweep) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(sweep)) {
            if (line.startsWith("scenario:")) {
                String base = line.substring("scenario:".length()).replaceAll("#.*", "").strip();
                line = "scenario: '" + sweep.getParent().resolve(base).toAbsolutePath().normalize() + "'";
            } else if (line.startsWith("replications:")) {
                line = "replications: 2";
            } else if (line.startsWith("points:")) {
                line = "points: 3";
            }
            text.append(line).append('\n');
        }
        return text.toString();
    }

    static List<Path> yamlFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.sorted().toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    static Mutant mutate(Source source, long number, Random random, List<String> tokens) {
        List<String> lines = new ArrayList<>(Arrays.asList(source.text().split("\n", -1)));
        List<String> mutations = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count && !lines.isEmpty(); i++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (random.nextInt(7)) {
                case 0 -> {
                    lines.remove(at);
                    mutations.add("deleted line " + (at + 1));
                }
                case 1 -> {
                    lines.add(at, line);
                    mutations.add("duplicated line " + (at + 1));
                }
                case 2 -> {
                    lines.set(at, changeDigit(line, random));
                    mutations.add("changed a digit in line " + (at + 1));
                }
                case 3, 4 -> {
                    String nasty = tokens.get(random.nextInt(tokens.size()));
                    lines.set(at, replaceToken(line, nasty, random));
                    mutations.add("replaced a token of line " + (at + 1) + " by " + abbreviate(nasty));
                }
                case 5 -> {
                    lines.set(at, random.nextBoolean() ? "  " + line : line.replaceFirst("^ {1,2}", ""));
                    mutations.add("changed the indentation of line " + (at + 1));
                }
                default -> {
                    String nasty = tokens.get(random.nextInt(tokens.size()));
                    String indent = line.replaceAll("\\S.*", "");
                    lines.add(at, indent + "weights: " + nasty);
                    mutations.add("inserted 'weights: " + abbreviate(nasty) + "' before line " + (at + 1));
                }
            }
        }
        return new Mutant(source, number, String.join("\n", lines), mutations);
    }

    static String changeDigit(String line, Random random) {
        List<Integer> digits = new ArrayList<>();
        Matcher matcher = DIGIT.matcher(line);
        while (matcher.find()) {
            digits.add(matcher.start());
        }
        if (digits.isEmpty()) {
            return line;
        }
        int at = digits.get(random.nextInt(digits.size()));
        char[] chars = line.toCharArray();
        if (random.nextBoolean() && at + 1 < chars.length) {
            char swapped = chars[at];
            chars[at] = chars[at + 1];
            chars[at + 1] = swapped;
        } else {
            chars[at] = (char) ('0' + random.nextInt(10));
        }
        return new String(chars);
    }

    static String replaceToken(String line, String replacement, Random random) {
        List<int[]> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(line);
        while (matcher.find()) {
            tokens.add(new int[] {matcher.start(), matcher.end()});
        }
        if (tokens.isEmpty()) {
            return line + replacement;
        }
        int[] token = tokens.get(random.nextInt(tokens.size()));
        return line.substring(0, token[0]) + replacement + line.substring(token[1]);
    }

    /** Writes the mutant beside the files it refers to; now and then with a byte that is not UTF-8. */
    Path write(Mutant mutant, Random random) throws IOException {
        byte[] bytes = mutant.text().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(40) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) 0xFF;
            mutant.mutations().add("replaced a byte by 0xFF");
        }
        return Files.write(mutant.source().folder().resolve("mutant.yaml"), bytes);
    }

    void tryScenario(Mutant mutant, Path file) {
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(file);
            // the weights are the rules' to check, as every command that loads a scenario does
            RuleSet.STANDARD.check(scenario);
        } catch (BadInputException e) {
            expectClear(mutant, e);
            return;
        } catch (RuntimeException | StackOverflowError e) {
            fail(mutant, "loading threw", e);
            return;
        }
        loaded++;
        try {
            ExogenousInputs inputs = ExogenousInputs.of(scenario);
            for (int agent = 0; agent < scenario.agents().size(); agent++) {
                for (int month = 0; month < scenario.months(); month++) {
                    double strength = inputs.strength(agent, month);
                    if (!Double.isFinite(strength) || !Double.isFinite(inputs.room(agent, month))) {
                        fail(mutant, "strength or room is not finite in month " + month, null);
                        return;
                    }
                }
            }
        } catch (RuntimeException e) {
            fail(mutant, "the exogenous inputs threw", e);
            return;
        }
        CliTest.Result result = CliTest.dyad("validate", file.toString());
        if (result.exitCode() != 0) {
            fail(mutant, "validate exited with " + result.exitCode() + ": " + result.err(), null);
        }
    }

    void trySweep(Mutant mutant, Path file) {
        SweepSpec spec;
        long runs;
        try {
            spec = SweepLoader.load(file);
            runs = (long) spec.design().points(spec.parameters(), spec.seed()).size() * spec.replications();
        } catch (BadInputException e) {
            expectClear(mutant, e);
            return;
        } catch (RuntimeException | StackOverflowError e) {
            fail(mutant, "loading threw", e);
            return;
        }
        loaded++;
        if (sweepsRun >= MAX_SWEEPS_RUN || runs > MAX_RUNS_PER_SWEEP || System.nanoTime() > lastSweepStart) {
            return;
        }
        sweepsRun++;
        StringWriter err = new StringWriter();
        picocli.CommandLine commandLine = DyadCommand.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute("sweep", file.toString(), "--out",
                temp.resolve("out-" + mutant.number()).toString(), "--quiet", "--threads", "1");
        if (!List.of(0, 2, 4).contains(exitCode) || err.toString().contains("internal error")) {
            fail(mutant, "sweep exited with " + exitCode + ": " + err, null);
        } else if (exitCode != 0) {
            System.out.printf("loader fuzz: mutant %d of %s: sweep exited with %d: %s%n", mutant.number(),
                    mutant.source().file(), exitCode, err.toString().strip());
        }
    }

    void expectClear(Mutant mutant, BadInputException e) {
        if (CLEAR_MESSAGE.matcher(e.getMessage()).matches()) {
            refused++;
        } else {
            fail(mutant, "unclear message: " + e.getMessage(), null);
        }
    }

    void fail(Mutant mutant, String what, Throwable error) {
        StringBuilder report = new StringBuilder("mutant " + mutant.number() + " of " + mutant.source().file() + " ("
                + String.join("; ", mutant.mutations()) + "): " + what);
        if (error != null) {
            report.append("\n  ").append(error);
            Arrays.stream(error.getStackTrace()).limit(8).forEach(frame -> report.append("\n    at ").append(frame));
        }
        report.append("\n----- mutant -----\n").append(abbreviate(mutant.text(), 6000)).append("\n------------------");
        failures.add(report.toString());
    }

    static String abbreviate(String text) {
        return abbreviate(text, 40);
    }

    static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "... (" + text.length() + " chars)";
    }
}

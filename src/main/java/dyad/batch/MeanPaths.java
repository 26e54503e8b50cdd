package dyad.batch;

import dyad.check.FactCheck;
import dyad.check.RunPaths;
import dyad.scenario.FactSpec;
import dyad.scenario.Scenario;
import dyad.scenario.TwinScenario;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A point's mean path over its successful runs (the index and the agents' cooperation shares, and the same
 * for each twin), so that its facts are checked on the point as a whole, as {@code dyad run} checks them on a
 * run's mean path. It keeps whole counts of cooperative choices, month by month: their sums are exact, so
 * the mean path does not depend on the order or grouping in which runs are added.
 */
final class MeanPaths {

    /** One run's cooperative choices by agent and month: the run's agents, then each twin's. */
    static final class Run {

        private final int[][] cooperations;
        /** The issues per month of the scenario each row comes from, which a sweep may vary. */
        private final int[] issues;

        private Run(int[][] cooperations, int[] issues) {
            this.cooperations = cooperations;
            this.issues = issues;
        }

        static Run copyOf(RunPaths run, Collection<RunPaths> twins) {
            List<int[]> counts = new ArrayList<>();
            List<Integer> issues = new ArrayList<>();
            add(counts, issues, run);
            twins.forEach(twin -> add(counts, issues, twin));
            return new Run(counts.toArray(int[][]::new), issues.stream().mapToInt(Integer::intValue).toArray());
        }

        /** A share is a count over the month's issues, so rounding its product with them gives the count back. */
        private static void add(List<int[]> counts, List<Integer> issueCounts, RunPaths paths) {
            int issues = paths.scenario().issuesPerMonth();
            for (double[] share : paths.cooperationShare()) {
                issueCounts.add(issues);
                int[] count = new int[share.length];
                for (int m = 0; m < share.length; m++) {
                    count[m] = (int) Math.round(share[m] * issues);
                }
                counts.add(count);
            }
        }
    }

    private final Scenario scenario;
    private final List<TwinScenario> twins;
    private final List<Scenario> twinScenarios;
    private long[][] sums;
    private int[] issues;
    private int runs;

    /**
     * @param scenario      the base scenario, which places months and agents as every point's scenario does
     * @param twinScenarios the twins as written, likewise
     */
    MeanPaths(Scenario scenario, List<TwinScenario> twins, List<Scenario> twinScenarios) {
        this.scenario = scenario;
        this.twins = twins;
        this.twinScenarios = twinScenarios;
    }

    /** Adds the counts of another part of the same point's runs: whole numbers, so the order does not matter. */
    void addAll(MeanPaths other) {
        if (other.sums == null) {
            return;
        }
        if (sums == null) {
            issues = other.issues.clone();
            sums = new long[other.sums.length][];
            for (int s = 0; s < sums.length; s++) {
                sums[s] = new long[other.sums[s].length];
            }
        }
        for (int s = 0; s < sums.length; s++) {
            for (int m = 0; m < sums[s].length; m++) {
                sums[s][m] += other.sums[s][m];
            }
        }
        runs += other.runs;
    }

    /** The counts as JSON, for a shard to hand its part of a point to the merge. */
    com.google.gson.JsonObject toJson() {
        com.google.gson.Gson gson = new com.google.gson.Gson();
        com.google.gson.JsonObject json = new com.google.gson.JsonObject();
        json.addProperty("runs", runs);
        json.add("issues", gson.toJsonTree(issues == null ? new int[0] : issues));
        json.add("cooperations", gson.toJsonTree(sums == null ? new long[0][] : sums));
        return json;
    }

    /** Counts written by {@link #toJson()}, added to these. */
    void addJson(com.google.gson.JsonObject json) {
        com.google.gson.Gson gson = new com.google.gson.Gson();
        MeanPaths part = new MeanPaths(scenario, twins, twinScenarios);
        part.runs = json.get("runs").getAsInt();
        part.issues = gson.fromJson(json.get("issues"), int[].class);
        part.sums = gson.fromJson(json.get("cooperations"), long[][].class);
        if (part.runs > 0) {
            addAll(part);
        }
    }

    void add(Run run) {
        if (sums == null) {
            issues = run.issues;
            sums = new long[run.cooperations.length][];
            for (int s = 0; s < sums.length; s++) {
                sums[s] = new long[run.cooperations[s].length];
            }
        }
        for (int s = 0; s < sums.length; s++) {
            long[] sum = sums[s];
            int[] counts = run.cooperations[s];
            for (int m = 0; m < sum.length; m++) {
                sum[m] += counts[m];
            }
        }
        runs++;
    }

    /** Whether each fact holds on the mean path: 1 or 0, or NaN when no run succeeded. */
    double[] holds(List<FactSpec> facts) {
        double[] holds = new double[facts.size()];
        if (runs == 0) {
            java.util.Arrays.fill(holds, Double.NaN);
            return holds;
        }
        int[] next = {0};
        RunPaths run = paths(scenario, next);
        Map<String, RunPaths> twinPaths = new LinkedHashMap<>();
        for (int t = 0; t < twins.size(); t++) {
            twinPaths.put(twins.get(t).name(), paths(twinScenarios.get(t), next));
        }
        for (int f = 0; f < facts.size(); f++) {
            holds[f] = FactCheck.holds(facts.get(f), run, twinPaths) ? 1 : 0;
        }
        return holds;
    }

    /** Mean shares from the summed counts, and the mean index from them, as the index is linear in the counts. */
    private RunPaths paths(Scenario placing, int[] next) {
        int agents = placing.agents().size();
        double choices = (double) runs * issues[next[0]];
        long[][] counts = new long[agents][];
        for (int a = 0; a < agents; a++) {
            counts[a] = sums[next[0]++];
        }
        int months = counts[0].length;
        double[] index = new double[months];
        double[][] shares = new double[agents][months];
        for (int m = 0; m < months; m++) {
            double stances = 0;
            for (int a = 0; a < agents; a++) {
                shares[a][m] = counts[a][m] / choices;
                stances += (2.0 * counts[a][m] - choices) / choices;
            }
            index[m] = stances / agents;
        }
        return new RunPaths(placing, index, shares);
    }
}

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
 * the mean path does not depend on the order or grouping in which runs are added. When a fact reads an issue
 * area, it keeps each agent's counts in each area too, and the areas' indexes and shares come from them.
 */
final class MeanPaths {

    /** Whether the facts need the paths by area: whether any of them reads an area. */
    static boolean byArea(List<FactSpec> facts) {
        return facts.stream().anyMatch(fact -> fact.test().readsAreas());
    }

    /**
     * One run's cooperative choices by agent and month: the run's agents, then (with areas) each agent's in each
     * area; then each twin's the same way.
     */
    static final class Run {

        private final int[][] cooperations;
        /** The issues per month of the scenario each row comes from, which a sweep may vary. */
        private final int[] issues;

        private Run(int[][] cooperations, int[] issues) {
            this.cooperations = cooperations;
            this.issues = issues;
        }

        /** @param byArea whether to keep the counts in each area of a scenario that declares areas */
        static Run copyOf(RunPaths run, Collection<RunPaths> twins, boolean byArea) {
            List<int[]> counts = new ArrayList<>();
            List<Integer> issues = new ArrayList<>();
            add(counts, issues, run, byArea);
            twins.forEach(twin -> add(counts, issues, twin, byArea));
            return new Run(counts.toArray(int[][]::new), issues.stream().mapToInt(Integer::intValue).toArray());
        }

        private static void add(List<int[]> counts, List<Integer> issueCounts, RunPaths paths, boolean byArea) {
            int issues = paths.scenario().issuesPerMonth();
            for (double[] share : paths.cooperationShare()) {
                add(counts, issueCounts, share, issues);
            }
            if (byArea && paths.scenario().hasAreas()) {
                List<dyad.scenario.IssueArea> areas = paths.scenario().areas();
                for (double[][] byAgent : paths.areaShare()) {
                    for (int k = 0; k < areas.size(); k++) {
                        add(counts, issueCounts, byAgent[k], areas.get(k).choices());
                    }
                }
            }
        }

        /** A share is a count over the month's choices, so rounding its product with them gives the count back. */
        private static void add(List<int[]> counts, List<Integer> issueCounts, double[] share, int choices) {
            issueCounts.add(choices);
            int[] count = new int[share.length];
            for (int m = 0; m < share.length; m++) {
                count[m] = (int) Math.round(share[m] * choices);
            }
            counts.add(count);
        }
    }

    private final Scenario scenario;
    private final List<TwinScenario> twins;
    private final List<Scenario> twinScenarios;
    private final boolean byArea;
    private long[][] sums;
    private int[] issues;
    private int runs;

    /**
     * @param scenario      the base scenario, which places months and agents as every point's scenario does
     * @param twinScenarios the twins as written, likewise
     * @param byArea        whether the runs keep their counts by area ({@link #byArea})
     */
    MeanPaths(Scenario scenario, List<TwinScenario> twins, List<Scenario> twinScenarios, boolean byArea) {
        this.scenario = scenario;
        this.twins = twins;
        this.twinScenarios = twinScenarios;
        this.byArea = byArea;
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
        MeanPaths part = new MeanPaths(scenario, twins, twinScenarios, byArea);
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

    /**
     * Mean shares from the summed counts, and the mean index from them, as the index is linear in the counts; the
     * same in each area when the counts are kept by area.
     */
    private RunPaths paths(Scenario placing, int[] next) {
        int agents = placing.agents().size();
        int[] rows = new int[agents];
        for (int a = 0; a < agents; a++) {
            rows[a] = next[0]++;
        }
        double[][] shares = new double[agents][];
        double[] index = mean(rows, shares);
        if (!byArea || !placing.hasAreas()) {
            return new RunPaths(placing, index, shares);
        }
        int areas = placing.areas().size();
        int first = next[0];
        next[0] += agents * areas;
        double[][] areaIndex = new double[areas][];
        double[][][] areaShares = new double[agents][areas][];
        double[][] sharesInArea = new double[agents][];
        for (int k = 0; k < areas; k++) {
            for (int a = 0; a < agents; a++) {
                rows[a] = first + a * areas + k;
            }
            areaIndex[k] = mean(rows, sharesInArea);
            for (int a = 0; a < agents; a++) {
                areaShares[a][k] = sharesInArea[a];
            }
        }
        return new RunPaths(placing, index, shares, areaIndex, areaShares);
    }

    /** The agents' mean shares from their rows of counts (into {@code shares}), and the mean index they give. */
    private double[] mean(int[] rows, double[][] shares) {
        int agents = rows.length;
        // every agent makes the same number of choices in a month, on the agenda or in an area
        double choices = (double) runs * issues[rows[0]];
        int months = sums[rows[0]].length;
        double[] index = new double[months];
        for (int a = 0; a < agents; a++) {
            shares[a] = new double[months];
        }
        for (int m = 0; m < months; m++) {
            double stances = 0;
            for (int a = 0; a < agents; a++) {
                long count = sums[rows[a]][m];
                shares[a][m] = count / choices;
                stances += (2.0 * count - choices) / choices;
            }
            index[m] = stances / agents;
        }
        return index;
    }
}

package dyad.check;

import dyad.model.ExogenousInputs;
import dyad.model.Replay;
import dyad.model.ReplicationListener;
import dyad.model.RunSummary;
import dyad.scenario.FactSpec;
import dyad.scenario.FactTest;
import dyad.scenario.Scenario;
import dyad.scenario.TwinScenario;
import dyad.scenario.Window;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a scenario's facts on a run: on its mean path over the replications, or on one replication. A
 * twin fact compares the run with its twin scenario replayed on the same seed and replications.
 */
public final class FactCheck {

    private FactCheck() {
    }

    /** The distinct twin scenarios the scenario's facts compare a run with, in the order they first appear. */
    public static List<TwinScenario> twins(Scenario scenario) {
        return FactTest.distinct(scenario.facts().stream().map(FactSpec::test).toList());
    }

    /** Checks every fact of the scenario on the run, replaying each twin with the run's seed and replications. */
    public static List<Fact> check(Scenario scenario, RunSummary run, ReplicationListener listener) {
        Map<String, RunPaths> twins = new LinkedHashMap<>();
        for (TwinScenario twin : twins(scenario)) {
            Scenario bound = twin.scenario();
            RunSummary replayed = Replay.run(bound, ExogenousInputs.of(bound), scenario.seed(), run.replications(),
                    listener);
            twins.put(twin.name(), RunPaths.of(bound, replayed));
        }
        return check(scenario.facts(), RunPaths.of(scenario, run), twins);
    }

    /** Checks the facts on the run's paths, with the twins' paths (by twin name) for the twin facts. */
    public static List<Fact> check(List<FactSpec> facts, RunPaths run, Map<String, RunPaths> twins) {
        List<Fact> checked = new ArrayList<>(facts.size());
        for (FactSpec fact : facts) {
            checked.add(check(fact, run, twins));
        }
        return checked;
    }

    public static Fact check(FactSpec fact, RunPaths run, Map<String, RunPaths> twins) {
        Outcome outcome = evaluate(fact.test(), run, twins, true);
        return new Fact(fact, outcome.holds(), outcome.format(), outcome.values());
    }

    /**
     * Whether the fact holds on the run, without the evidence: what a sweep records for every run, where
     * formatting the numbers behind each verdict would cost more than checking it.
     */
    public static boolean holds(FactSpec fact, RunPaths run, Map<String, RunPaths> twins) {
        return evaluate(fact.test(), run, twins, false).holds();
    }

    /** Whether a test holds, and (when asked) its evidence as a format and the values to fill it with. */
    private record Outcome(boolean holds, String format, Object... values) {

        private static final Outcome HOLDS = new Outcome(true, "");
        private static final Outcome FAILS = new Outcome(false, "");

        static Outcome of(boolean holds) {
            return holds ? HOLDS : FAILS;
        }
    }

    private static Outcome evaluate(FactTest test, RunPaths run, Map<String, RunPaths> twins, boolean explain) {
        if (test instanceof FactTest.MeanAbove above) {
            return meanAbove(above, run, explain);
        } else if (test instanceof FactTest.MeanBelow below) {
            return meanBelow(below, run, explain);
        } else if (test instanceof FactTest.MeanWithin within) {
            return meanWithin(within, run, explain);
        } else if (test instanceof FactTest.ExtremeYear year) {
            return extremeYear(year, run, explain);
        } else if (test instanceof FactTest.Leads leads) {
            return leads(leads, run, explain);
        } else if (test instanceof FactTest.Twin twin) {
            return twin(twin, run, twins.get(twin.twin().name()), explain);
        }
        return all((FactTest.All) test, run, twins, explain);
    }

    private static Outcome meanAbove(FactTest.MeanAbove test, RunPaths run, boolean explain) {
        double mean = run.mean(test.of(), test.window());
        double other = run.mean(test.of(), test.other());
        boolean holds = test.by().isEmpty() ? mean > other : mean - other >= test.by().getAsDouble();
        if (!explain) {
            return Outcome.of(holds);
        }
        String format = described(test.of(), test.window()) + " vs " + described(test.of(), test.other());
        if (test.by().isEmpty()) {
            return new Outcome(holds, format, mean, other);
        }
        return new Outcome(holds, format + " (rise %+.3f, needs >= %+.3f)", mean, other, mean - other,
                test.by().getAsDouble());
    }

    private static Outcome meanBelow(FactTest.MeanBelow test, RunPaths run, boolean explain) {
        double mean = run.mean(test.of(), test.window());
        double[] others = new double[test.others().size()];
        boolean holds = true;
        for (int i = 0; i < others.length; i++) {
            others[i] = run.mean(test.of(), test.others().get(i));
            holds &= mean < others[i];
        }
        if (!explain) {
            return Outcome.of(holds);
        }
        List<Object> values = new ArrayList<>(List.of(mean));
        StringBuilder format = new StringBuilder(described(test.of(), test.window())).append(" vs ");
        for (int i = 0; i < others.length; i++) {
            format.append(i == 0 ? "" : " and ").append(described(test.of(), test.others().get(i)));
            values.add(others[i]);
        }
        return new Outcome(holds, format.toString(), values.toArray());
    }

    private static Outcome meanWithin(FactTest.MeanWithin test, RunPaths run, boolean explain) {
        double mean = run.mean(test.of(), test.window());
        boolean holds = mean >= test.min() && mean <= test.max();
        if (!explain) {
            return Outcome.of(holds);
        }
        String number = number(test.of());
        return new Outcome(holds,
                name(test.of()) + " " + test.window() + " = " + number + " (needs " + number + ".." + number + ")",
                mean, test.min(), test.max());
    }

    private static Outcome extremeYear(FactTest.ExtremeYear test, RunPaths run, boolean explain) {
        double[] series = run.series(test.of());
        int extreme = test.firstYear();
        double extremeMean = test.lowest() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        for (int year = test.firstYear(); year <= test.lastYear(); year++) {
            double mean = Window.year(year).mean(run.scenario(), series);
            if (test.lowest() ? mean < extremeMean : mean > extremeMean) {
                extreme = year;
                extremeMean = mean;
            }
        }
        boolean holds = test.in().contains(extreme);
        if (!explain) {
            return Outcome.of(holds);
        }
        String number = number(test.of());
        String yearly = test.of().equals(FactTest.INDEX) ? "yearly mean" : "yearly cooperation share of " + test.of();
        String format = (test.lowest() ? "lowest " : "highest ") + yearly + " of %d-%d in %d (" + number;
        List<Object> values = new ArrayList<>(List.of(test.firstYear(), test.lastYear(), extreme, extremeMean));
        if (test.in().size() == 1) {
            format += "; %d: " + number;
            values.add(test.in().get(0));
            values.add(Window.year(test.in().get(0)).mean(run.scenario(), series));
        }
        return new Outcome(holds, format + ")", values.toArray());
    }

    private static Outcome leads(FactTest.Leads test, RunPaths run, boolean explain) {
        int maxLag = test.maxLag();
        double[] correlations = CrossCorrelation.of(run.series(test.leader()), run.series(test.follower()), maxLag);
        int peak = CrossCorrelation.peakLag(correlations, maxLag);
        boolean holds = peak >= test.fromLag() && peak <= test.toLag();
        if (!explain) {
            return Outcome.of(holds);
        }
        return new Outcome(holds, "cross-correlation of " + test.leader() + "'s cooperation share with "
                + test.follower() + "'s %d months later peaks at lag %+d (r = %.3f; lag 0: r = %.3f)",
                peak, peak, correlations[peak + maxLag], correlations[maxLag]);
    }

    private static Outcome twin(FactTest.Twin test, RunPaths run, RunPaths twin, boolean explain) {
        double mean = run.mean(test.of(), test.window());
        double twinMean = twin.mean(test.of(), test.window());
        boolean holds = test.higher() ? twinMean > mean : twinMean < mean;
        if (!explain) {
            return Outcome.of(holds);
        }
        String number = number(test.of());
        return new Outcome(holds, name(test.of()) + " " + test.window() + ": " + number + " in "
                + test.twin().name().replace("%", "%%") + ", " + number + " as given", twinMean, mean);
    }

    private static Outcome all(FactTest.All test, RunPaths run, Map<String, RunPaths> twins, boolean explain) {
        boolean holds = true;
        List<String> formats = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (FactTest part : test.tests()) {
            Outcome outcome = evaluate(part, run, twins, explain);
            holds &= outcome.holds();
            if (explain) {
                formats.add(outcome.format());
                values.addAll(List.of(outcome.values()));
            }
        }
        return explain ? new Outcome(holds, String.join("; ", formats), values.toArray()) : Outcome.of(holds);
    }

    /** "mean W = %+.3f" for the index, "x's cooperation share W = %.3f" for an agent. */
    private static String described(String of, Window window) {
        return name(of) + " " + window + " = " + number(of);
    }

    private static String name(String of) {
        return of.equals(FactTest.INDEX) ? "mean" : of + "'s cooperation share";
    }

    private static String number(String of) {
        return of.equals(FactTest.INDEX) ? "%+.3f" : "%.3f";
    }
}

package dyad.check;

import dyad.scenario.Language;
import dyad.scenario.Texts;
import java.util.EnumMap;
import dyad.model.ExogenousInputs;
import dyad.model.Replay;
import dyad.model.ReplicationListener;
import dyad.model.RunSummary;
import dyad.scenario.FactSeries;
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
        Outcome outcome = evaluate(fact.test(), run, twins, Texts.of(Language.EN));
        Map<Language, String> formats = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            formats.put(language, language == Language.EN ? outcome.format()
                    : evaluate(fact.test(), run, twins, Texts.of(language)).format());
        }
        return new Fact(fact, outcome.holds(), formats, outcome.values());
    }

    /**
     * Whether the fact holds on the run, without the evidence: what a sweep records for every run, where
     * formatting the numbers behind each verdict would cost more than checking it.
     */
    public static boolean holds(FactSpec fact, RunPaths run, Map<String, RunPaths> twins) {
        return evaluate(fact.test(), run, twins, null).holds();
    }

    /** Whether a test holds, and (when asked) its evidence as a format and the values to fill it with. */
    private record Outcome(boolean holds, String format, Object... values) {

        private static final Outcome HOLDS = new Outcome(true, "");
        private static final Outcome FAILS = new Outcome(false, "");

        static Outcome of(boolean holds) {
            return holds ? HOLDS : FAILS;
        }
    }

    private static Outcome evaluate(FactTest test, RunPaths run, Map<String, RunPaths> twins, Texts words) {
        if (test instanceof FactTest.MeanAbove above) {
            return meanAbove(above, run, words);
        } else if (test instanceof FactTest.MeanBelow below) {
            return meanBelow(below, run, words);
        } else if (test instanceof FactTest.MeanWithin within) {
            return meanWithin(within, run, words);
        } else if (test instanceof FactTest.ExtremeYear year) {
            return extremeYear(year, run, words);
        } else if (test instanceof FactTest.Leads leads) {
            return leads(leads, run, words);
        } else if (test instanceof FactTest.Twin twin) {
            return twin(twin, run, twins.get(twin.twin().name()), words);
        } else if (test instanceof FactTest.Any any) {
            return any(any, run, twins, words);
        }
        return all((FactTest.All) test, run, twins, words);
    }

    private static Outcome meanAbove(FactTest.MeanAbove test, RunPaths run, Texts words) {
        double mean = run.mean(test.of(), test.window());
        double other = run.mean(test.of(), test.other());
        boolean holds = test.by().isEmpty() ? mean > other : mean - other >= test.by().getAsDouble();
        if (words == null) {
            return Outcome.of(holds);
        }
        String format = described(test.of(), test.window(), run, words) + words.get("evidence.vs")
                + described(test.of(), test.other(), run, words);
        if (test.by().isEmpty()) {
            return new Outcome(holds, format, mean, other);
        }
        return new Outcome(holds, format + words.get("evidence.rise"), mean, other, mean - other,
                test.by().getAsDouble());
    }

    private static Outcome meanBelow(FactTest.MeanBelow test, RunPaths run, Texts words) {
        double mean = run.mean(test.of(), test.window());
        double[] others = new double[test.others().size()];
        boolean holds = true;
        for (int i = 0; i < others.length; i++) {
            others[i] = run.mean(test.of(), test.others().get(i));
            holds &= mean < others[i];
        }
        if (words == null) {
            return Outcome.of(holds);
        }
        List<Object> values = new ArrayList<>(List.of(mean));
        StringBuilder format = new StringBuilder(described(test.of(), test.window(), run, words))
                .append(words.get("evidence.vs"));
        for (int i = 0; i < others.length; i++) {
            format.append(i == 0 ? "" : words.get("evidence.and")).append(described(test.of(), test.others().get(i), run, words));
            values.add(others[i]);
        }
        return new Outcome(holds, format.toString(), values.toArray());
    }

    private static Outcome meanWithin(FactTest.MeanWithin test, RunPaths run, Texts words) {
        double mean = run.mean(test.of(), test.window());
        boolean holds = mean >= test.min() && mean <= test.max();
        if (words == null) {
            return Outcome.of(holds);
        }
        String number = number(test.of());
        return new Outcome(holds,
                name(test.of(), run, words) + " " + test.window() + " = " + number + words.get("evidence.needs", number),
                mean, test.min(), test.max());
    }

    private static Outcome extremeYear(FactTest.ExtremeYear test, RunPaths run, Texts words) {
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
        if (words == null) {
            return Outcome.of(holds);
        }
        String number = number(test.of());
        String yearly = yearly(test.of(), run, words);
        String format = words.get(test.lowest() ? "evidence.lowestYear" : "evidence.highestYear", yearly) + " (" + number;
        List<Object> values = new ArrayList<>(List.of(test.firstYear(), test.lastYear(), extreme, extremeMean));
        if (test.in().size() == 1) {
            format += "; %d: " + number;
            values.add(test.in().get(0));
            values.add(Window.year(test.in().get(0)).mean(run.scenario(), series));
        }
        return new Outcome(holds, format + ")", values.toArray());
    }

    private static Outcome leads(FactTest.Leads test, RunPaths run, Texts words) {
        int maxLag = test.maxLag();
        double[] correlations = CrossCorrelation.of(run.series(test.leader(), test.window()),
                run.series(test.follower(), test.window()), maxLag);
        int peak = CrossCorrelation.peakLag(correlations, maxLag);
        boolean holds = peak >= test.fromLag() && peak <= test.toLag();
        if (words == null) {
            return Outcome.of(holds);
        }
        String leader = agent(test.leader().agent(), run, words);
        String follower = agent(test.follower().agent(), run, words);
        String over = test.window().map(Window::toString).orElse(null);
        String format = test.leader().inArea()
                ? (over == null ? words.get("evidence.leadsInArea", leader, follower, area(test.leader().area(), run, words))
                        : words.get("evidence.leadsInAreaOver", leader, follower, area(test.leader().area(), run, words), over))
                : (over == null ? words.get("evidence.leads", leader, follower)
                        : words.get("evidence.leadsOver", leader, follower, over));
        return new Outcome(holds, format, peak, peak, correlations[peak + maxLag], correlations[maxLag]);
    }

    private static Outcome twin(FactTest.Twin test, RunPaths run, RunPaths twin, Texts words) {
        double mean = run.mean(test.of(), test.window());
        double twinMean = twin.mean(test.of(), test.window());
        boolean holds = test.higher() ? twinMean > mean : twinMean < mean;
        if (words == null) {
            return Outcome.of(holds);
        }
        String number = number(test.of());
        return new Outcome(holds, name(test.of(), run, words) + " " + test.window() + ": "
                + words.get("evidence.twin", number, (words.language() == Language.EN ? test.twin().name()
                        : test.twin().scenario().title().in(words.language())).replace("%", "%%")), twinMean, mean);
    }

    private static Outcome all(FactTest.All test, RunPaths run, Map<String, RunPaths> twins, Texts words) {
        boolean holds = true;
        List<String> formats = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (FactTest part : test.tests()) {
            Outcome outcome = evaluate(part, run, twins, words);
            holds &= outcome.holds();
            if (words != null) {
                formats.add(outcome.format());
                values.addAll(List.of(outcome.values()));
            }
        }
        return words != null ? new Outcome(holds, String.join(words.get("evidence.separator"), formats), values.toArray())
                : Outcome.of(holds);
    }

    /**
     * At least one part holds. The evidence of a part that holds is the first such part's alone, which is what
     * makes the whole hold; of one that fails, every part's, so that the reader sees how far each fell short. An
     * {@code all} among them is put in parentheses, as its parts are joined by the separator that joins the parts
     * of an outer {@code all}.
     */
    private static Outcome any(FactTest.Any test, RunPaths run, Map<String, RunPaths> twins, Texts words) {
        List<String> formats = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (FactTest part : test.tests()) {
            Outcome outcome = evaluate(part, run, twins, words);
            String format = words == null ? null
                    : part instanceof FactTest.All ? "(" + outcome.format() + ")" : outcome.format();
            if (outcome.holds()) {
                return words != null ? new Outcome(true, format, outcome.values()) : Outcome.of(true);
            }
            if (words != null) {
                formats.add(format);
                values.addAll(List.of(outcome.values()));
            }
        }
        return words != null ? new Outcome(false, String.join(words.get("evidence.or"), formats), values.toArray())
                : Outcome.of(false);
    }

    /** "mean W = %+.3f" for the index, "x's cooperation share W = %.3f" for an agent. */
    private static String described(FactSeries of, Window window, RunPaths run, Texts words) {
        return name(of, run, words) + " " + window + " = " + number(of);
    }

    /** The series in words: "mean", "mean in a", "x's cooperation share", "x's cooperation share in a". */
    private static String name(FactSeries of, RunPaths run, Texts words) {
        if (of.inArea()) {
            String area = area(of.area(), run, words);
            return of.isIndex() ? words.get("evidence.areaMean", area)
                    : words.get("evidence.areaShare", agent(of.agent(), run, words), area);
        }
        return of.isIndex() ? words.get("evidence.mean") : words.get("evidence.share", agent(of.agent(), run, words));
    }

    /** The series' yearly means in words: "yearly mean", "yearly cooperation share of x", each "in a" for an area. */
    private static String yearly(FactSeries of, RunPaths run, Texts words) {
        if (of.inArea()) {
            String area = area(of.area(), run, words);
            return of.isIndex() ? words.get("evidence.yearlyAreaMean", area)
                    : words.get("evidence.yearlyAreaShare", agent(of.agent(), run, words), area);
        }
        return of.isIndex() ? words.get("evidence.yearlyMean")
                : words.get("evidence.yearlyShare", agent(of.agent(), run, words));
    }

    /** An agent as the evidence names it: by its id in English, as the evidence always has; by its name otherwise. */
    private static String agent(String id, RunPaths run, Texts words) {
        if (words.language() == Language.EN) {
            return id;
        }
        int index = run.scenario().agentIndex(id);
        return index < 0 ? id : run.scenario().agents().get(index).name().in(words.language()).replace("%", "%%");
    }

    /** An area as the evidence names it: by its id in English, as agents are; by its label otherwise. */
    private static String area(String id, RunPaths run, Texts words) {
        int index = run.scenario().areaIndex(id);
        if (words.language() == Language.EN || index < 0) {
            return id;
        }
        return run.scenario().areas().get(index).label().in(words.language()).replace("%", "%%");
    }

    private static String number(FactSeries of) {
        return of.isIndex() ? "%+.3f" : "%.3f";
    }
}

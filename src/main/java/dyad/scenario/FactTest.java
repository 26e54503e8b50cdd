package dyad.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a fact asks of a run's mean path. Each test reads a monthly series {@code of} the run: the
 * cooperation index or an agent's cooperation share, on the whole agenda or in one issue area
 * ({@link FactSeries}).
 */
public sealed interface FactTest {

    /** The series name of the cooperation index, as a scenario writes it in {@code of}. */
    String INDEX = "index";

    /** The mean over {@code window} is above the mean over {@code other}: by at least {@code by}, or strictly. */
    record MeanAbove(FactSeries of, Window window, Window other, OptionalDouble by) implements FactTest {
        public MeanAbove {
            Objects.requireNonNull(of, "of");
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(other, "other");
        }
    }

    /** The mean over {@code window} is strictly below the mean over each of {@code others}. */
    record MeanBelow(FactSeries of, Window window, List<Window> others) implements FactTest {
        public MeanBelow {
            others = List.copyOf(others);
            if (others.isEmpty()) {
                throw new IllegalArgumentException("MeanBelow needs at least one other window");
            }
        }
    }

    /** The mean over {@code window} lies in {@code [min, max]}. */
    record MeanWithin(FactSeries of, Window window, double min, double max) implements FactTest {
        public MeanWithin {
            if (!(min <= max)) {
                throw new IllegalArgumentException("Min greater than max: " + min + " > " + max);
            }
        }
    }

    /**
     * Of the calendar years {@code firstYear..lastYear}, the one with the lowest (or highest) mean is one of
     * {@code in}.
     */
    record ExtremeYear(FactSeries of, boolean lowest, int firstYear, int lastYear, List<Integer> in) implements FactTest {
        public ExtremeYear {
            in = List.copyOf(in);
            if (lastYear < firstYear) {
                throw new IllegalArgumentException("Last year before first: " + lastYear + " < " + firstYear);
            }
        }
    }

    /**
     * The cross-correlation of {@code leader}'s cooperation share with {@code follower}'s k months later peaks
     * at a lag k in {@code [fromLag, toLag]}, searching lags -L..L with L = max(|fromLag|, |toLag|). Both shares
     * are read on the whole agenda or both in the same area.
     *
     * @param window the months correlated; empty for the whole period
     */
    record Leads(FactSeries leader, FactSeries follower, int fromLag, int toLag, Optional<Window> window)
            implements FactTest {
        public Leads {
            if (toLag < fromLag) {
                throw new IllegalArgumentException("Lags from " + fromLag + " to " + toLag);
            }
            if (leader.isIndex() || follower.isIndex() || !java.util.Objects.equals(leader.area(), follower.area())) {
                throw new IllegalArgumentException("Leads reads two agents' shares in one area: " + leader + ", "
                        + follower);
            }
            Objects.requireNonNull(window, "window");
        }

        /** Over the whole period. */
        public Leads(FactSeries leader, FactSeries follower, int fromLag, int toLag) {
            this(leader, follower, fromLag, toLag, Optional.empty());
        }

        public int maxLag() {
            return Math.max(Math.abs(fromLag), Math.abs(toLag));
        }
    }

    /**
     * The same seed and replications replayed on the twin scenario give a higher (or lower) mean over
     * {@code window} than the run itself.
     */
    record Twin(FactSeries of, Window window, boolean higher, TwinScenario twin) implements FactTest {
        public Twin {
            Objects.requireNonNull(twin, "twin");
        }
    }

    /** Every one of {@code tests} holds. */
    record All(List<FactTest> tests) implements FactTest {
        public All {
            tests = List.copyOf(tests);
        }
    }

    /** At least one of {@code tests} holds. */
    record Any(List<FactTest> tests) implements FactTest {
        public Any {
            tests = List.copyOf(tests);
        }
    }

    /** The twins this test compares the run with, in the order they first appear (each once). */
    default List<TwinScenario> twins() {
        if (this instanceof Twin twin) {
            return List.of(twin.twin());
        }
        if (this instanceof All all) {
            return distinct(all.tests());
        }
        if (this instanceof Any any) {
            return distinct(any.tests());
        }
        return List.of();
    }

    /** The series the test reads, each once, in the order it names them. */
    default List<FactSeries> series() {
        if (this instanceof MeanAbove above) {
            return List.of(above.of());
        } else if (this instanceof MeanBelow below) {
            return List.of(below.of());
        } else if (this instanceof MeanWithin within) {
            return List.of(within.of());
        } else if (this instanceof ExtremeYear year) {
            return List.of(year.of());
        } else if (this instanceof Leads leads) {
            return List.of(leads.leader(), leads.follower());
        } else if (this instanceof Twin twin) {
            return List.of(twin.of());
        }
        List<FactTest> parts = this instanceof All all ? all.tests() : ((Any) this).tests();
        return parts.stream().flatMap(part -> part.series().stream()).distinct().toList();
    }

    /** Whether the test reads a series of an issue area, which a run must then keep by area. */
    default boolean readsAreas() {
        return series().stream().anyMatch(FactSeries::inArea);
    }

    /** The twins of the tests, each once (twins are told apart by name), in the order they first appear. */
    static List<TwinScenario> distinct(List<FactTest> tests) {
        java.util.Map<String, TwinScenario> twins = new java.util.LinkedHashMap<>();
        tests.forEach(test -> test.twins().forEach(twin -> twins.putIfAbsent(twin.name(), twin)));
        return List.copyOf(twins.values());
    }
}

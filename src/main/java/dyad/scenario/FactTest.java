package dyad.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a fact asks of a run's mean path. Each test reads a monthly series {@code of} the run: the
 * cooperation index ({@link #INDEX}) or an agent's cooperation share (the agent's id).
 */
public sealed interface FactTest {

    /** The series name of the cooperation index. */
    String INDEX = "index";

    /** The mean over {@code window} is above the mean over {@code other}: by at least {@code by}, or strictly. */
    record MeanAbove(String of, Window window, Window other, OptionalDouble by) implements FactTest {
        public MeanAbove {
            Objects.requireNonNull(of, "of");
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(other, "other");
        }
    }

    /** The mean over {@code window} is strictly below the mean over each of {@code others}. */
    record MeanBelow(String of, Window window, List<Window> others) implements FactTest {
        public MeanBelow {
            others = List.copyOf(others);
            if (others.isEmpty()) {
                throw new IllegalArgumentException("MeanBelow needs at least one other window");
            }
        }
    }

    /** The mean over {@code window} lies in {@code [min, max]}. */
    record MeanWithin(String of, Window window, double min, double max) implements FactTest {
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
    record ExtremeYear(String of, boolean lowest, int firstYear, int lastYear, List<Integer> in) implements FactTest {
        public ExtremeYear {
            in = List.copyOf(in);
            if (lastYear < firstYear) {
                throw new IllegalArgumentException("Last year before first: " + lastYear + " < " + firstYear);
            }
        }
    }

    /**
     * The cross-correlation of {@code leader}'s cooperation share with {@code follower}'s k months later peaks
     * at a lag k in {@code [fromLag, toLag]}, searching lags -L..L with L = max(|fromLag|, |toLag|).
     *
     * @param window the months correlated; empty for the whole period
     */
    record Leads(String leader, String follower, int fromLag, int toLag, Optional<Window> window) implements FactTest {
        public Leads {
            if (toLag < fromLag) {
                throw new IllegalArgumentException("Lags from " + fromLag + " to " + toLag);
            }
            Objects.requireNonNull(window, "window");
        }

        /** Over the whole period. */
        public Leads(String leader, String follower, int fromLag, int toLag) {
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
    record Twin(String of, Window window, boolean higher, TwinScenario twin) implements FactTest {
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

    /** The twins this test compares the run with, in the order they first appear (each once). */
    default List<TwinScenario> twins() {
        if (this instanceof Twin twin) {
            return List.of(twin.twin());
        }
        if (this instanceof All all) {
            return distinct(all.tests());
        }
        return List.of();
    }

    /** The twins of the tests, each once (twins are told apart by name), in the order they first appear. */
    static List<TwinScenario> distinct(List<FactTest> tests) {
        java.util.Map<String, TwinScenario> twins = new java.util.LinkedHashMap<>();
        tests.forEach(test -> test.twins().forEach(twin -> twins.putIfAbsent(twin.name(), twin)));
        return List.copyOf(twins.values());
    }
}

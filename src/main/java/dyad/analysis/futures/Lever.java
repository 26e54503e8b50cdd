package dyad.analysis.futures;

import java.util.List;

/** A choice a user compares across every future: each of its values is crossed with each future. */
public sealed interface Lever permits Lever.Parameter, Lever.EventSwitch {

    String name();

    /** The values as a command line or a table writes them: numbers, or on and off. */
    List<String> valueNames();

    /** A parameter of the base scenario (as a sweep names it) set to each of {@code values}. */
    record Parameter(String name, String path, List<Double> values) implements Lever {

        public Parameter {
            values = List.copyOf(values);
        }

        @Override
        public List<String> valueNames() {
            return values.stream().map(dyad.scenario.Fields::format).toList();
        }
    }

    /** One of the file's event processes switched on or off. */
    record EventSwitch(String name, String event, List<Boolean> values) implements Lever {

        public EventSwitch {
            values = List.copyOf(values);
        }

        @Override
        public List<String> valueNames() {
            return values.stream().map(on -> on ? "on" : "off").toList();
        }
    }
}

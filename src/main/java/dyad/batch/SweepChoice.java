package dyad.batch;

import dyad.scenario.Text;
import java.nio.file.Path;
import java.util.List;

/**
 * What a discrete sweep factor chooses between: scenario files (a baseline and its counterfactuals), or an event
 * switched on and off. In the design its value is the level's index, 0 to k − 1; the tables write the level's word.
 *
 * @param words  each level as runs.csv, points.csv and fan.csv write it: a file's scenario name, or {@code on}/{@code
 *               off}
 * @param labels what the charts call each level (a file's title); empty for an event, whose levels the charts name
 * @param files  the scenario file of each level, or empty for an event
 * @param event  the event switched on and off, or null for scenario files
 */
public record SweepChoice(List<String> words, List<Text> labels, List<Path> files, String event) {

    /** The words of an event's two levels. */
    public static final String ON = "on";
    public static final String OFF = "off";
    /** The parameter of a choice between scenario files. */
    public static final String SCENARIO = "scenario";

    public SweepChoice {
        words = List.copyOf(words);
        labels = List.copyOf(labels);
        files = List.copyOf(files);
    }

    public static SweepChoice ofFiles(List<String> names, List<Text> titles, List<Path> files) {
        return new SweepChoice(names, titles, files, null);
    }

    /** @param words {@code on} and {@code off}, in the order the sweep file lists them */
    public static SweepChoice ofEvent(String event, List<String> words) {
        return new SweepChoice(words, List.of(), List.of(), event);
    }

    public int size() {
        return words.size();
    }

    /** The level of a value of the design (a level index), as a table writes it. */
    public String word(double value) {
        return words.get((int) value);
    }

    /** Whether the level switches the event off. */
    public boolean removes(double value) {
        return event != null && OFF.equals(word(value));
    }

    /** The scenario file of a level, for a choice between files. */
    public Path file(double value) {
        return files.get((int) value);
    }
}

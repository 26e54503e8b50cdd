package dyad.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --area ID}: why the index moves in one issue area of the scenario, drawn beside the whole agenda's. */
final class WhyAreaOption {

    @Option(names = "--area", paramLabel = "ID",
            description = "Also draw why the index moves in this issue area (an id under the scenario's 'areas'), as"
                    + " why-<ID>.png, .svg and .pdf beside why.png, from why.csv's rows of the area; repeat for more.")
    List<String> areas = new ArrayList<>();
}

package dyad.cli;

import static dyad.cli.CliTest.dyad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What dyad futures says about its lever settings' regret, and what dyad discover finds in its futures. */
class FuturesDiscoveryTest {

    private static final String SMALL = "src/test/resources/futures/small-futures.yaml";

    @TempDir
    Path temp;

    @Test
    void writesEachSettingsRegretAndNamesTheMostRobust() throws IOException {
        Path out = temp.resolve("out");
        CliTest.Result result = dyad("futures", SMALL, "--out", out.toString(), "--quiet");
        assertEquals(0, result.exitCode(), result.err());
        List<String> regret = Files.readAllLines(out.resolve("regret.csv"));
        assertEquals("future,reciprocity,thawing,outcome,regret", regret.get(0));
        assertEquals(1 + 3 * 4, regret.size());
        // in every future, some setting is the best: its regret is 0
        for (int future = 1; future <= 3; future++) {
            String prefix = future + ",";
            assertTrue(regret.stream().filter(row -> row.startsWith(prefix)).anyMatch(row -> row.endsWith(",0.000000")),
                    regret.toString());
        }
        List<String> robustness = Files.readAllLines(out.resolve("robustness.csv"));
        assertEquals(1 + 4, robustness.size());
        String least = robustness.subList(1, 5).stream().min(java.util.Comparator.comparingDouble(
                row -> Double.parseDouble(row.split(",")[8]))).orElseThrow();
        String[] cells = least.split(",");
        assertTrue(result.out().contains("Least maximum regret across the futures: reciprocity=" + cells[0]
                + ", thawing=" + cells[1] + " (max regret " + cells[8]), result.out());
        assertTrue(Files.readString(out.resolve("datapackage.json")).contains("robustness.csv"));
    }

    @Test
    void discoverFindsThePlantedDrawThatLeadsToAState() throws IOException {
        Path out = temp.resolve("out");
        assertEquals(0, dyad("futures", SMALL, "--out", out.toString(), "--quiet").exitCode());
        // a table of 200 futures in which the state 'hostile' comes in some year exactly when 4 blows or more
        // were drawn and the thaws were switched off, whatever the oil price did and whatever the other lever
        StringBuilder table = new StringBuilder("future,reciprocity,thawing,oil_growth_per_year,blows_events,"
                + "thaws_events,index_2002,index_2003,cooperative_2002,cooperative_2003,hostile_2002,hostile_2003\n");
        java.util.Random random = new java.util.Random(5);
        for (int future = 1; future <= 200; future++) {
            int blows = random.nextInt(8);
            boolean thawing = random.nextBoolean();
            boolean hostile = blows >= 4 && !thawing;
            boolean late = random.nextBoolean();
            table.append(future).append(',').append(1 + random.nextInt(2)).append(thawing ? ",on," : ",off,").append(String.format(java.util.Locale.ROOT, "%.6f",
                    random.nextDouble() * 0.4 - 0.2)).append(',').append(blows).append(',').append(random.nextInt(3))
                    .append(",0.1,0.1,0,0,").append(hostile && !late ? 1 : 0).append(',').append(hostile && late ? 1 : 0)
                    .append('\n');
        }
        Files.writeString(out.resolve("futures.csv"), table.toString());
        Path found = temp.resolve("found");
        // a density of 0.8 would take in the futures of 3 blows too: they make a fifth of the box
        CliTest.Result result = dyad("discover", out.toString(), "--where", "hostile_any == 1", "--threshold", "0.95",
                "--out", found.toString(), "--formats", "png");
        assertEquals(0, result.exitCode(), result.err());
        List<String> box = Files.readAllLines(found.resolve("box.csv"));
        assertEquals("parameter,lower,upper,quasi_p_value,restricted", box.get(0));
        assertTrue(box.stream().anyMatch(row -> row.startsWith("blows_events,4.000000,7.000000,")
                && row.endsWith(",1")), box.toString());
        assertTrue(box.stream().anyMatch(row -> row.startsWith("thawing,off,off,") && row.endsWith(",1")),
                box.toString());
        // said in words: the lever by name, the process by its label and the horizon
        assertTrue(result.out().contains("thawing (on or off) ∈ {off}"), result.out());
        assertTrue(result.out().contains("A drawn blow: events drawn over 2002–2003 ≥ 4"), result.out());
        for (String free : List.of("reciprocity,", "oil_growth_per_year,", "thaws_events,")) {
            assertTrue(box.stream().anyMatch(row -> row.startsWith(free) && row.endsWith(",0")), box.toString());
        }
        assertTrue(result.out().contains("100 %"), result.out());
        assertTrue(Files.exists(found.resolve("trajectory.png")));
        // a year's state, and the count of years, are conditions too; a misspelt state gets a suggestion
        assertEquals(0, dyad("discover", out.toString(), "--where", "hostile_years >= 1 and hostile_2003 == 1",
                "--out", temp.resolve("late").toString(), "--formats", "png").exitCode());
        CliTest.Result misspelt = dyad("discover", out.toString(), "--where", "hostle_any == 1", "--out",
                temp.resolve("none").toString());
        assertEquals(2, misspelt.exitCode());
        assertTrue(misspelt.err().contains("did you mean 'hostile_any'"), misspelt.err());
    }
}

package dyad.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A series may read only CSV files beside its scenario, and its errors never show what else a file holds. */
class SeriesFileTest {

    static final String SECRET = "SECRET_TOKEN=hunter2-9f8e7d6c5b4a";

    @TempDir
    Path temp;
    Path folder;

    @BeforeEach
    void copyTheSmallScenario() throws IOException {
        folder = temp.resolve("scenarios");
        Files.createDirectories(folder.resolve("data"));
        Files.copy(ScenarioLoaderTest.TEST_SCENARIOS.resolve("small.yaml"), folder.resolve("small.yaml"));
        Files.copy(ScenarioLoaderTest.TEST_SCENARIOS.resolve("data/oil.csv"), folder.resolve("data/oil.csv"));
    }

    /** A scenario that extends small.yaml and reads its oil price from the file given. */
    Path readingOilFrom(String file) throws IOException {
        return Files.writeString(folder.resolve("reads.yaml"), String.join("\n", "extends: small.yaml",
                "name: reads", "series:", "  oil: {file: '" + file + "'}", ""));
    }

    Path csv(String name, String text) throws IOException {
        return Files.writeString(folder.resolve("data").resolve(name), text, StandardCharsets.UTF_8);
    }

    static void assertNotShown(String secret, BadInputException e) {
        assertFalse(e.getMessage().contains(secret), () -> "the message shows the file: " + e.getMessage());
    }

    @Test
    void aFileOutsideTheScenarioFolderIsRefused() throws IOException {
        Path outside = Files.writeString(temp.resolve("outside.csv"), "date,price\n2000,20\n2001,21\n");
        String expected = "data files must be inside " + folder + " (the folder of the file that names them), but '";
        BadInput.assertReported(() -> ScenarioLoader.load(readingOilFrom(outside.toString())), "reads.yaml:4:15",
                "series.oil.file", expected + outside + "' is not (to read data from another folder, name it with"
                        + " --data-folder)");
        BadInput.assertReported(() -> ScenarioLoader.load(readingOilFrom("../outside.csv")), "reads.yaml:4:15",
                "series.oil.file", expected + "../outside.csv' is not");
        BadInput.assertReported(() -> ScenarioLoader.load(readingOilFrom("data/../../outside.csv")), "reads.yaml:4:",
                "series.oil.file", "is not");
    }

    @Test
    void aFolderTheUserGrantsMayBeReadFrom() throws IOException {
        Path shared = Files.createDirectories(temp.resolve("shared"));
        Path oil = Files.writeString(shared.resolve("oil.csv"), "date,price\n2000,20\n2001,21\n");
        try {
            DataFolders.grant(java.util.List.of(shared));
            assertEquals(21.0, ScenarioLoader.load(readingOilFrom(oil.toString())).series().get("oil").values().get(12));
        } finally {
            DataFolders.grant(java.util.List.of());
        }
        BadInput.assertReported(() -> ScenarioLoader.load(readingOilFrom(oil.toString())), "reads.yaml:4:15",
                "series.oil.file", "' is not (to read data from another folder, name it with --data-folder)");
    }

    @Test
    void aLinkLeadingOutsideIsRefused() throws IOException {
        Path outside = Files.writeString(temp.resolve("outside.csv"), "date,price\n2000,20\n2001,21\n");
        try {
            Files.createSymbolicLink(folder.resolve("data/link.csv"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        BadInput.assertReported(() -> ScenarioLoader.load(readingOilFrom("data/link.csv")), "reads.yaml:4:15",
                "series.oil.file", "but 'data/link.csv' is a link to a file outside it");
    }

    @Test
    void theFolderIsThatOfTheFileThatNamesTheData() throws IOException {
        // small.yaml names data/oil.csv; a scenario elsewhere that extends it still reads it
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Path extending = Files.writeString(elsewhere.resolve("x.yaml"),
                "extends: ../scenarios/small.yaml\nname: x\n");
        assertArrayEquals(ScenarioLoader.load(folder.resolve("small.yaml")).oilPrice().orElseThrow().toArray(),
                ScenarioLoader.load(extending).oilPrice().orElseThrow().toArray());
    }

    @Test
    void notARegularFileIsRefusedUnread() throws Exception {
        BadInput.assertReported(() -> ScenarioLoader.load(readingOilFrom("data")), "reads.yaml:4:15",
                "series.oil.file", "cannot be read: it is not a regular file");
        Path fifo = folder.resolve("data/pipe.csv");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "no mkfifo here");
        // reading a pipe with no writer would block: the test ends only if it is refused unread
        BadInput.assertReported(() -> ScenarioLoader.load(readingOilFrom("data/pipe.csv")), "reads.yaml:4:15",
                "series.oil.file", "cannot be read: it is not a regular file");
    }

    @Test
    void aFileAboveTheSizeLimitIsRefusedUnread() throws IOException {
        Path big = folder.resolve("data/big.csv");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(DataFile.MAX_BYTES + 1);
        }
        BadInput.assertReported(() -> ScenarioLoader.load(readingOilFrom("data/big.csv")), "reads.yaml:4:15",
                "series.oil.file", "cannot be read: it is larger than 50 MB");
    }

    @Test
    void aHeaderThatIsNotCsvIsNeverShown() throws IOException {
        csv("passwd.csv", "root:x:0:0:" + SECRET + ":/root:/bin/bash\ndaemon:x:1:1::/usr/sbin/nologin\n");
        BadInputException e = assertThrows(BadInputException.class,
                () -> ScenarioLoader.load(readingOilFrom("data/passwd.csv")));
        BadInput.assertReported(() -> ScenarioLoader.load(readingOilFrom("data/passwd.csv")), "passwd.csv:1:1",
                "date", "the CSV file needs a 'date' column (YYYY or YYYY-MM), named in its first row");
        assertNotShown(SECRET, e);
        assertNotShown("root", e);
    }

    @Test
    void aMissingColumnListsOnlyNamesThatLookLikeNames() throws IOException {
        csv("named.csv", "date,brent," + SECRET + "\n2000,20,1\n2001,21,1\n");
        Path scenario = Files.writeString(folder.resolve("column.yaml"), String.join("\n", "extends: small.yaml",
                "name: column", "series:", "  oil: {file: data/named.csv, column: price}", ""));
        BadInputException e = assertThrows(BadInputException.class, () -> ScenarioLoader.load(scenario));
        BadInput.assertReported(() -> ScenarioLoader.load(scenario), "column.yaml:4:", "series.oil.column",
                "no column 'price' in " + folder.resolve("data/named.csv") + "; its columns are date, brent, column 3");
        assertNotShown("hunter2", e);
    }

    @Test
    void aBadCellIsShownOnlyWhenShortAndNamedByItsLineAndColumn() throws IOException {
        csv("bad.csv", "date,price\n2000,20\n2001 ,  twenty-one\n");
        BadInput.assertReported(() -> ScenarioLoader.load(readingOilFrom("data/bad.csv")), "bad.csv:3:9", "price",
                "'twenty-one' is not a number");
        csv("long.csv", "date,price\n2000,20\n2001," + SECRET + "\n");
        BadInputException e = assertThrows(BadInputException.class,
                () -> ScenarioLoader.load(readingOilFrom("data/long.csv")));
        BadInput.assertReported(() -> ScenarioLoader.load(readingOilFrom("data/long.csv")), "long.csv:3:6", "price",
                "a cell of " + SECRET.length() + " characters is not a number");
        assertNotShown("hunter2", e);
        csv("date.csv", "date,price\n2000,20\n" + SECRET + ",21\n");
        e = assertThrows(BadInputException.class, () -> ScenarioLoader.load(readingOilFrom("data/date.csv")));
        BadInput.assertReported(() -> ScenarioLoader.load(readingOilFrom("data/date.csv")), "date.csv:3:1", "date",
                "a cell of " + SECRET.length() + " characters is not a date: write YYYY or YYYY-MM");
        assertNotShown("hunter2", e);
    }

    @Test
    void aColumnWhoseNameIsNotANameIsNamedByItsPosition() throws IOException {
        csv("odd.csv", "date,US$ per bbl\n2000,20\n2001,x\n");
        Path scenario = Files.writeString(folder.resolve("odd.yaml"), String.join("\n", "extends: small.yaml",
                "name: odd", "series:", "  oil: {file: data/odd.csv, column: US$ per bbl}", ""));
        BadInput.assertReported(() -> ScenarioLoader.load(scenario), "odd.csv:3:6", "column 2", "'x' is not a number");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsOrAFileThatIsNotCsvShowsNothingOfIt() throws IOException {
        csv("short.csv", "date,price\n2000,20\n2001\n");
        BadInput.assertReported(() -> ScenarioLoader.load(readingOilFrom("data/short.csv")), "short.csv:3:1", "",
                "the row has 1 cells, the first row has 2");
        csv("quote.csv", "date,price\n2000,20\n2001,\"" + SECRET + "\n");
        BadInputException e = assertThrows(BadInputException.class,
                () -> ScenarioLoader.load(readingOilFrom("data/quote.csv")));
        BadInput.assertReported(() -> ScenarioLoader.load(readingOilFrom("data/quote.csv")), "quote.csv:", "",
                "not a readable CSV file: a quoted cell is not closed, or text follows its closing quote");
        assertNotShown("hunter2", e);
        csv("twice.csv", "date,price,price\n2000,20,1\n2001,21,1\n");
        BadInput.assertReported(() -> ScenarioLoader.load(readingOilFrom("data/twice.csv")), "twice.csv:1:1",
                "price", "the first row names column 2 and column 3 alike");
    }

    @Test
    void aByteOrderMarkIsAcceptedAndBytesThatAreNotUtf8AreLocated() throws IOException {
        Files.write(folder.resolve("data/bom.csv"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                Files.readAllBytes(folder.resolve("data/oil.csv"))));
        assertArrayEquals(ScenarioLoader.load(folder.resolve("small.yaml")).oilPrice().orElseThrow().toArray(),
                ScenarioLoader.load(readingOilFrom("data/bom.csv")).oilPrice().orElseThrow().toArray());
        Files.write(folder.resolve("data/latin1.csv"), concat("date,price\n2000,20\n2001,21 ".getBytes(
                StandardCharsets.US_ASCII), new byte[] {(byte) 0xA3, '\n'}));
        BadInput.assertReported(() -> ScenarioLoader.load(readingOilFrom("data/latin1.csv")), "latin1.csv:3:9", "",
                "the file is not valid UTF-8 text here: save it as UTF-8");
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}

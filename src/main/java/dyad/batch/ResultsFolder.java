package dyad.batch;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import dyad.scenario.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A results folder that Dyad owns, locked while a command works in it.
 *
 * <p>Dyad writes only into a folder it made (marked by its hidden {@code .dyad} subfolder) or into an empty
 * one, and only the files it wrote there. New results are written into a staging folder inside
 * {@code .dyad} and then committed: a journal naming the new files is written in one atomic step, and the
 * files are moved into place after it. Until the journal exists the earlier results are untouched; once it
 * exists the commit is completed by whichever Dyad command next opens the folder, so a kill at any moment
 * leaves the earlier results or the new ones. The lock is an operating-system file lock: a killed process
 * leaves none behind.
 */
public final class ResultsFolder implements AutoCloseable {

    /** What a folder holds; a folder of one kind is never used for the other. */
    public enum Kind {
        RUN, SWEEP, SHARD, COMPARE, HANDOUT, DISCOVER, SENSITIVITY, CALIBRATION, REGION, FUTURES;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** What the folder holds, in words: "a run", "a sweep"… */
        public String article() {
            return switch (this) {
                case RUN -> "a run";
                case SWEEP -> "a sweep";
                case SHARD -> "a shard of a sweep";
                case COMPARE -> "a comparison of scenarios";
                case HANDOUT -> "a handout";
                case DISCOVER -> "a scenario discovery";
                case SENSITIVITY -> "a sensitivity analysis";
                case CALIBRATION -> "a calibration";
                case REGION -> "a region analysis";
                case FUTURES -> "a futures analysis";
            };
        }

        /** What the folder holds without its article: "sweep", "region analysis"… */
        public String noun() {
            return article().substring(article().indexOf(' ') + 1);
        }

        /**
         * For a kind that a file's sweep fills, what to do with a folder that it has not finished yet: "finish it
         * with 'dyad region FILE --out DIR --resume' first".
         */
        public String unfinished(java.nio.file.Path dir) {
            String command = switch (this) {
                case SENSITIVITY -> "sensitivity";
                case REGION -> "region";
                case FUTURES -> "futures";
                default -> "sweep";
            };
            String what = this == SWEEP || this == SHARD ? "the sweep" : "the " + noun();
            return what + " in " + dir + " is not finished: finish it with 'dyad " + command
                    + " FILE --out " + dir + " --resume' first, FILE being the " + command + " file it ran";
        }
    }

    /** Dyad's own subfolder: inventory, lock, journal and staging folders. */
    public static final String INTERNAL = ".dyad";
    /** The subfolder of a sweep's folder that holds its shards, one folder each, and their cluster logs. */
    public static final String SHARDS = "shards";
    /** The scripts that run a sweep's shards on a cluster, which a new result of the sweep keeps. */
    public static final java.util.Set<String> CLUSTER_SCRIPTS = java.util.Set.of("task.sh", "merge.sh", "submit.sh");
    private static final String INVENTORY = "folder.json";
    private static final String LOCK = "lock";
    private static final String JOURNAL = "commit.json";
    private static final String STAGING = "staging-";
    private static final String UNFINISHED_SWEEP = "unfinished-sweep";
    /** Written last, so that a complete manifest means every other new file is in place. */
    private static final String LAST_TO_MOVE = "manifest.json";
    /** The files that earlier versions of Dyad wrote into run folders, which a run may take over. */
    private static final List<String> EARLIER_RUN_FILES = List.of("timeseries.csv", "summary.csv",
            "paper-check.csv", "cooperation-index.png", "cooperation-index.svg", "cooperation-index.pdf",
            "manifest.json");
    /** The files that earlier versions of Dyad wrote into sweep folders: tables, manifest and charts. */
    private static final java.util.regex.Pattern EARLIER_SWEEP_FILES = java.util.regex.Pattern.compile(
            "(runs|points|fan|series)\\.csv|manifest\\.json(\\.tmp)?"
                    + "|(fan|heatmap-[a-z0-9_]+|[a-z0-9_]+-by-[a-z0-9_.-]+)\\.(png|svg|pdf)");
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final AtomicInteger STAGINGS = new AtomicInteger();

    private final Path dir;
    private final Path internal;
    private final Kind kind;
    private final boolean created;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final List<Path> ownStagings = new ArrayList<>();

    private ResultsFolder(Path dir, Kind kind, boolean created, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.internal = dir.resolve(INTERNAL);
        this.kind = kind;
        this.created = created;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens (creating it if needed) a results folder of the given kind for {@code command}, locks it, completes
     * a commit that a killed process left half done and removes staging folders of dead processes.
     *
     * @param option the command-line option that named the folder, for messages
     * @throws BadInputException if the folder is not a Dyad folder of this kind, or another process uses it
     */
    public static ResultsFolder open(Path dir, Kind kind, String option, String command) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException(null, option, dir + " exists and is not a folder");
        }
        if (Files.isSymbolicLink(dir) && !Files.exists(dir)) {
            throw new BadInputException(null, option, dir + " is a link to nothing");
        }
        boolean created = false;
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            Path parent = dir.toAbsolutePath().getParent();
            for (Path above = parent; above != null; above = above.getParent()) {
                if (Files.exists(above) && !Files.isDirectory(above)) {
                    throw new BadInputException(null, option, "cannot make " + dir + ": " + above + " is a file");
                }
            }
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                Files.createDirectory(dir);
                created = true;
            } catch (FileAlreadyExistsException e) {
                // another process made it first; the lock below decides who may use it
            }
        }
        refuseForeign(dir, kind, option);
        Path internal = dir.resolve(INTERNAL);
        if (Files.isSymbolicLink(internal) || (Files.exists(internal) && !Files.isDirectory(internal))) {
            throw new BadInputException(null, option, internal + " is not the folder Dyad keeps its records in:"
                    + " choose another folder");
        }
        Files.createDirectories(internal);
        Path lockFile = internal.resolve(LOCK);
        if (Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadInputException(null, option, lockFile + " is not Dyad's lock file: move the folder away (or"
                    + " choose another) and run again");
        }
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            String holder = holderOf(channel);
            channel.close();
            throw new BadInputException(null, option, dir + " is in use by another Dyad process (" + holder
                    + "): wait for it to finish, or choose another folder");
        }
        ResultsFolder folder = new ResultsFolder(dir, kind, created, channel, lock);
        try {
            folder.announce(command);
            // checked again under the lock: another process may have marked the folder meanwhile
            refuseForeign(dir, kind, option);
            folder.adoptOrMark();
            folder.recover();
        } catch (IOException | RuntimeException e) {
            folder.release();
            throw e;
        }
        return folder;
    }

    /** What the folder holds, or nothing if it is not a Dyad results folder. */
    public static java.util.Optional<Kind> kindOf(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return java.util.Optional.empty();
        }
        Path internal = dir.resolve(INTERNAL);
        if (Files.isRegularFile(internal.resolve(INVENTORY))) {
            return java.util.Optional.ofNullable(readInventory(internal).kind());
        }
        List<String> entries = visibleEntries(dir);
        return entries.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(earlierDyadKind(dir, entries));
    }

    /**
     * What an existing results folder holds.
     *
     * @throws BadInputException naming {@code option} if it is not a folder or holds no Dyad results
     */
    public static Kind kindOfExisting(Path dir, String option) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(null, option, dir + " is not a folder");
        }
        return kindOf(dir).orElseThrow(() -> new BadInputException(null, option, dir + " holds no Dyad results"));
    }

    public Path dir() {
        return dir;
    }

    /** The files of the last committed result, by name. */
    public List<String> files() throws IOException {
        return readInventory(internal).files();
    }

    /** A new empty folder for the files of a result, to be {@link #commit committed} when complete. */
    public Path stage() throws IOException {
        Path staging = internal.resolve(STAGING + ProcessHandle.current().pid() + "-" + STAGINGS.incrementAndGet());
        Files.createDirectory(staging);
        ownStagings.add(staging);
        return staging;
    }

    /** Where an unfinished sweep is kept between a kill and {@code --resume}; it may not exist. */
    public Path unfinishedSweep() {
        return internal.resolve(UNFINISHED_SWEEP);
    }

    /**
     * Makes the files in {@code staging} the folder's result. With {@code replaceAll} the earlier result's files
     * that the new one lacks are removed; without it the new files are added to (or replace files of) the
     * earlier result. Files in the folder that Dyad did not write are never touched; one with the name of a
     * new file stops the commit before anything changes. A result with CSV tables gets a {@link DataPackage}
     * describing them.
     */
    public void commit(Path staging, boolean replaceAll) throws IOException {
        DataPackage.writeInto(staging);
        Inventory before = readInventory(internal);
        List<String> incoming;
        try (Stream<Path> entries = Files.list(staging)) {
            incoming = entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
        for (String name : incoming) {
            if (Files.isDirectory(dir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                throw new BadInputException(null, "", dir.resolve(name) + " is a folder where Dyad writes a file: move"
                        + " it away and run again");
            }
            if (Files.exists(dir.resolve(name), LinkOption.NOFOLLOW_LINKS) && !before.files().contains(name)) {
                throw new BadInputException(null, "", dir.resolve(name) + " was not written by Dyad, which will not"
                        + " replace it: move it away and run again");
            }
        }
        TreeSet<String> after = new TreeSet<>(incoming);
        List<String> removed = new ArrayList<>();
        if (replaceAll) {
            before.files().stream().filter(name -> !after.contains(name) && !CLUSTER_SCRIPTS.contains(name))
                    .forEach(removed::add);
            before.files().stream().filter(CLUSTER_SCRIPTS::contains).forEach(after::add);
        } else {
            after.addAll(before.files());
        }
        Journal journal = new Journal(internal.relativize(staging).toString(), removed, List.copyOf(after));
        // from the journal on, the staged files belong to the commit, which the next command finishes if this fails
        ownStagings.remove(staging);
        writeAtomically(internal.resolve(JOURNAL), GSON.toJson(journal) + "\n");
        Failpoint.reach("commit-journal-written");
        apply(journal);
    }

    /** Releases the lock; a staging folder that was never committed is removed, and so is an unused folder. */
    @Override
    public void close() throws IOException {
        try {
            for (Path staging : ownStagings) {
                deleteTree(staging);
            }
            ownStagings.clear();
            if (readInventory(internal).files().isEmpty() && !Files.exists(unfinishedSweep())
                    && !Files.exists(internal.resolve(JOURNAL))) {
                removeUnused();
            }
        } finally {
            release();
        }
    }

    /** A folder that never received a result goes back to how it was: gone if Dyad made it, else empty. */
    private void removeUnused() throws IOException {
        for (String file : List.of(INVENTORY, INVENTORY + ".tmp", LOCK)) {
            Files.deleteIfExists(internal.resolve(file));
        }
        try {
            Files.deleteIfExists(internal);
            if (created) {
                Files.deleteIfExists(dir);
            }
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            // something else arrived meanwhile; leave it
        }
    }

    private void release() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            lockChannel.close();
        }
    }

    /** Records who holds the lock, for the message another process gets. */
    private void announce(String command) throws IOException {
        String holder = "pid " + ProcessHandle.current().pid() + ", " + command + ", since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS);
        lockChannel.truncate(0);
        lockChannel.write(StandardCharsets.UTF_8.encode(holder), 0);
        lockChannel.force(false);
    }

    private static String holderOf(FileChannel channel) {
        try {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(512);
            int read = channel.read(buffer, 0);
            String text = read <= 0 ? "" : new String(buffer.array(), 0, read, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "a process that has just started" : text;
        } catch (IOException e) {
            return "a process that could not be identified";
        }
    }

    /** A folder is usable if it is empty, already Dyad's of this kind, or a result of an earlier Dyad. */
    /**
     * Refuses, as {@link #open} would, a folder that is neither missing, empty nor Dyad's of this kind; for
     * commands that write into a subfolder of it.
     */
    public static void refuseUnlessUsable(Path dir, Kind kind, String option) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException(null, option, dir + " exists and is not a folder");
        }
        if (Files.isDirectory(dir)) {
            refuseForeign(dir, kind, option);
        }
    }

    private static void refuseForeign(Path dir, Kind kind, String option) throws IOException {
        java.util.Optional<Kind> found = kindOf(dir);
        if (found.isEmpty()) {
            if (!visibleEntries(dir).isEmpty()) {
                throw new BadInputException(null, option, dir + " is not empty and is not a Dyad results folder:"
                        + " choose another folder (Dyad writes only into folders it made or empty ones)");
            }
            return;
        }
        if (found.get() != kind) {
            throw new BadInputException(null, option, dir + " holds the results of " + found.get().article()
                    + ", not " + kind.article() + ": choose another folder");
        }
    }

    /**
     * The folder's entries that are not Dyad's own records: all but {@code .dyad}, and but the
     * {@link #SHARDS} folder where the shards of a sweep run on a cluster keep their parts of it.
     */
    private static List<String> visibleEntries(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !(p.getFileName().toString().equals(SHARDS) && Files.isDirectory(p,
                            LinkOption.NOFOLLOW_LINKS)))
                    .map(p -> p.getFileName().toString()).filter(name -> !name.equals(INTERNAL)).sorted()
                    .toList();
        }
    }

    /** The kind of a results folder written by a Dyad that did not mark its folders yet, or null. */
    private static Kind earlierDyadKind(Path dir, List<String> entries) {
        JsonObject manifest = SweepManifest.read(dir);
        if (manifest == null || !manifest.has("dyad_version")) {
            return null;
        }
        if (manifest.has("sweep")) {
            boolean ours = entries.stream().allMatch(name -> EARLIER_SWEEP_FILES.matcher(name).matches());
            return ours ? Kind.SWEEP : null;
        }
        return manifest.has("scenario") && EARLIER_RUN_FILES.containsAll(entries) ? Kind.RUN : null;
    }

    /** Marks a new folder, or takes over the files of an earlier Dyad's results (an unfinished sweep to resume). */
    private void adoptOrMark() throws IOException {
        if (Files.isRegularFile(internal.resolve(INVENTORY))) {
            return;
        }
        List<String> entries = visibleEntries(dir);
        JsonObject manifest = SweepManifest.read(dir);
        if (kind == Kind.SWEEP && !entries.isEmpty() && !"complete".equals(SweepManifest.status(manifest))) {
            Path unfinished = unfinishedSweep();
            Files.createDirectories(unfinished);
            for (String name : entries) {
                move(dir.resolve(name), unfinished.resolve(name));
            }
            entries = List.of();
        }
        writeInventory(new Inventory(kind, entries));
    }

    /** Completes a commit that was cut short, and removes staging folders left by dead processes. */
    private void recover() throws IOException {
        Path journalFile = internal.resolve(JOURNAL);
        if (Files.isRegularFile(journalFile)) {
            Journal journal;
            try {
                journal = GSON.fromJson(Files.readString(journalFile, StandardCharsets.UTF_8), Journal.class);
            } catch (JsonParseException e) {
                journal = null;
            }
            if (journal != null && isSound(journal)) {
                apply(journal);
            } else {
                // a journal cut short while being written was never the commit point
                Files.delete(journalFile);
            }
        }
        Files.deleteIfExists(internal.resolve(JOURNAL + ".tmp"));
        try (Stream<Path> entries = Files.list(internal)) {
            for (Path entry : entries.toList()) {
                if (entry.getFileName().toString().startsWith(STAGING)) {
                    deleteTree(entry);
                }
            }
        }
    }

    /** A journal that names only files of this folder and a staging folder inside .dyad, as Dyad writes them. */
    private static boolean isSound(Journal journal) {
        return journal.staging() != null && journal.files() != null && journal.removed() != null
                && (journal.staging().startsWith(STAGING) || journal.staging().equals(UNFINISHED_SWEEP))
                && isPlainName(journal.staging()) && journal.files().stream().allMatch(ResultsFolder::isPlainName)
                && journal.removed().stream().allMatch(ResultsFolder::isPlainName);
    }

    /** A file name of the folder itself: no path, so that no record can make Dyad touch a file elsewhere. */
    private static boolean isPlainName(String name) {
        return name != null && !name.isEmpty() && !name.equals(".") && !name.equals("..") && !name.equals(INTERNAL)
                && name.chars().noneMatch(c -> c == '/' || c == '\\' || c == 0 || c == ':');
    }

    /** Moves the journal's files into place; repeating it after a kill finishes the same commit. */
    private void apply(Journal journal) throws IOException {
        Path staging = internal.resolve(journal.staging());
        for (String name : journal.removed()) {
            Path removed = dir.resolve(name);
            if (!Files.isDirectory(removed, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(removed);
            }
        }
        List<String> moves = new ArrayList<>(journal.files());
        moves.sort((a, b) -> Boolean.compare(a.equals(LAST_TO_MOVE), b.equals(LAST_TO_MOVE)));
        boolean first = true;
        for (String name : moves) {
            Path from = staging.resolve(name);
            if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                move(from, dir.resolve(name));
                if (first) {
                    Failpoint.reach("commit-first-file-moved");
                    first = false;
                }
            }
        }
        writeInventory(new Inventory(kind, journal.files()));
        Files.delete(internal.resolve(JOURNAL));
        deleteTree(staging);
    }

    private record Inventory(Kind kind, List<String> files) {
    }

    /** A commit: the staging folder (relative to .dyad), the files it removes and the files it leaves. */
    private record Journal(String staging, List<String> removed, List<String> files) {
    }

    private static Inventory readInventory(Path internal) throws IOException {
        Path file = internal.resolve(INVENTORY);
        if (!Files.isRegularFile(file)) {
            return new Inventory(null, List.of());
        }
        try {
            Map<String, Object> values = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8),
                    new TypeToken<Map<String, Object>>() { }.getType());
            Kind kind = Kind.valueOf(String.valueOf(values.get("kind")).toUpperCase(Locale.ROOT));
            List<String> files = new ArrayList<>();
            if (values.get("files") instanceof List<?> list) {
                list.forEach(name -> files.add(String.valueOf(name)));
            }
            if (!files.stream().allMatch(ResultsFolder::isPlainName)) {
                throw new IllegalArgumentException("a listed file is not a plain name");
            }
            return new Inventory(kind, List.copyOf(files));
        } catch (JsonParseException | IllegalArgumentException | NullPointerException | ClassCastException e) {
            throw new BadInputException(null, "", file + " is damaged: it is not Dyad's record of the folder;"
                    + " move the folder away (or choose another) and run again");
        }
    }

    private void writeInventory(Inventory inventory) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", inventory.kind().key());
        values.put("files", inventory.files());
        writeAtomically(internal.resolve(INVENTORY), GSON.toJson(values) + "\n", "folder-mark-written");
    }

    /** Writes a file so that it holds either its old content or the new one, whenever the process dies. */
    public static void writeAtomically(Path file, String text) throws IOException {
        writeAtomically(file, text, null);
    }

    /** @param failpoint the failpoint between the temporary file and its move into place, or null */
    private static void writeAtomically(Path file, String text, String failpoint) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        // a link left in its place (by anyone) is removed, not written through
        Files.deleteIfExists(temporary);
        Files.writeString(temporary, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        if (failpoint != null) {
            Failpoint.reach(failpoint);
        }
        move(temporary, file);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a folder and everything in it; nothing happens if it does not exist. */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folderVisited, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.deleteIfExists(folderVisited);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // already gone
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

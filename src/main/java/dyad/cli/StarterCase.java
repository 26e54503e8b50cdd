package dyad.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code dyad new} is asked for, checked: the scenario file, its agents' ids and its period.
 *
 * @param file   the scenario file to write
 * @param agents the agents' ids, in the order given
 */
record StarterCase(Path file, List<String> agents, YearMonth start, YearMonth end) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})-(\\d{1,2})\\.\\.(\\d{4})-(\\d{1,2})");
    private static final int MAX_AGENTS = 10;
    private static final int MAX_YEARS = 500;

    StarterCase {
        agents = List.copyOf(agents);
    }

    /** @throws IllegalArgumentException with one line saying what is wrong with the arguments */
    static StarterCase of(Path file, List<String> agentIds, String period) {
        String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
        if (!fileName.endsWith(".yaml") && !fileName.endsWith(".yml")) {
            throw new IllegalArgumentException("FILE must be a YAML file ending in .yaml, such as my-case.yaml, not '"
                    + file + "'");
        }
        String stem = fileName.substring(0, fileName.lastIndexOf('.'));
        if (!NAME.matcher(stem).matches()) {
            throw new IllegalArgumentException("'" + stem + "' cannot name the scenario and its results folder: use"
                    + " letters, digits, '.', '_' and '-' in the file's name, starting with a letter or digit");
        }
        List<String> agents = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String id : agentIds) {
            String trimmed = id.trim();
            if (!ID.matcher(trimmed).matches()) {
                throw new IllegalArgumentException("--agents: '" + trimmed + "' is not a valid id: use lower-case"
                        + " letters, digits, '_' and '-', starting with a letter (such as china,japan)");
            }
            if (!seen.add(trimmed)) {
                throw new IllegalArgumentException("--agents: '" + trimmed + "' is given twice");
            }
            agents.add(trimmed);
        }
        if (agents.size() < 2 || agents.size() > MAX_AGENTS) {
            throw new IllegalArgumentException("--agents: a dyad needs 2 to " + MAX_AGENTS + " agents, separated by"
                    + " commas (such as china,japan), found " + agents.size());
        }
        Matcher matcher = PERIOD.matcher(period.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("--period: '" + period + "' is not YYYY-MM..YYYY-MM: the first and last month, joined"
                    + " by two dots");
        }
        YearMonth start = month(matcher.group(1), matcher.group(2), period);
        YearMonth end = month(matcher.group(3), matcher.group(4), period);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("--period: it ends (" + end + ") before it starts (" + start + ")");
        }
        if (start.plusYears(MAX_YEARS).isBefore(end)) {
            throw new IllegalArgumentException("--period: longer than " + MAX_YEARS + " years");
        }
        StarterCase starter = new StarterCase(file, agents, start, end);
        if (starter.lastWholeYear() <= starter.firstWholeYear()) {
            throw new IllegalArgumentException("--period: " + start + ".." + end + " holds fewer than two whole"
                    + " calendar years; the starter compares years (start in a January, end in a December two or more years on)");
        }
        return starter;
    }

    private static YearMonth month(String year, String month, String period) {
        int m = Integer.parseInt(month);
        if (m < 1 || m > 12) {
            throw new IllegalArgumentException("--period: '" + period + "' has no month " + m + ": months are 01 to 12");
        }
        return YearMonth.of(Integer.parseInt(year), m);
    }

    /** The file's name without its extension: the scenario's name and the stem of the files beside it. */
    String stem() {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }

    int months() {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(start, end) + 1;
    }

    int firstWholeYear() {
        return start.getMonthValue() == 1 ? start.getYear() : start.getYear() + 1;
    }

    int lastWholeYear() {
        return end.getMonthValue() == 12 ? end.getYear() : end.getYear() - 1;
    }

    /** How an id reads as a name: {@code south_korea} as {@code South korea}, to be edited. */
    static String nameOf(String id) {
        String words = id.replace('_', ' ').replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}

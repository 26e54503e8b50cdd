package dyad.scenario;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The work a scenario reads: the book or paper whose account its facts, events and phases follow, as the
 * scenario's {@code reference} names it. Handouts and scorecards name it where they would otherwise speak of
 * "the facts the scenario states".
 *
 * @param id     a short name of the work, by which Dyad's rules may recognise the work their claim ids cite
 * @param author who wrote it, or an empty text
 * @param year   the year it appeared, if given
 * @param title  its title
 * @param url    where to read it, if given
 */
public record Reference(Optional<String> id, Text author, OptionalInt year, Text title, Optional<String> url) {

    public Reference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }

    /** Whether this is the work with the given id. */
    public boolean is(String workId) {
        return id.filter(workId::equals).isPresent();
    }

    /**
     * A short citation in a language, "Yamin Lee (2007)": the author and the year, or what there is of them,
     * else the title.
     */
    public String shortCitation(Language language) {
        String who = author.in(language);
        if (who.isBlank()) {
            return year.isPresent() ? title.in(language) + " (" + year.getAsInt() + ")" : title.in(language);
        }
        return year.isPresent() ? who + " (" + year.getAsInt() + ")" : who;
    }
}

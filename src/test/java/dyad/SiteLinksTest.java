package dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The links of the documentation lead somewhere, on GitHub and in the site {@code mvn site} builds: a page links
 * another as {@code x.html} (the site's name for {@code src/site/markdown/x.md}), an image by its path under
 * {@code src/site/resources}, a heading by the name GitHub gives it ({@code #without-slurm}; the site gives the
 * headings the same names, see {@code src/site/site.xml}); the site's menu lists every page. The site itself is
 * not built here.
 */
class SiteLinksTest {

    static final Path MARKDOWN = Path.of("src/site/markdown");
    static final Path RESOURCES = Path.of("src/site/resources");
    static final Path SITE_XML = Path.of("src/site/site.xml");
    static final Path README = Path.of("README.md");

    /** {@code [text](target)} and {@code ![alt](target "title")}; the target is group 1. */
    static final Pattern INLINE_LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** A reference definition, {@code [name]: target}. */
    static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*<?([^\\s>]+)>?", Pattern.MULTILINE);
    static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");

    record Link(Path page, int line, String target) {
        @Override
        public String toString() {
            return page + ":" + line + ": (" + target + ")";
        }
    }

    /** The page's lines with fenced code blocks blanked, so that a {@code #} comment is no heading. */
    static List<String> prose(Path page) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(page));
        String fence = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher opening = FENCE.matcher(lines.get(i));
            if (fence == null && opening.find()) {
                fence = opening.group(1);
                lines.set(i, "");
            } else if (fence != null) {
                if (lines.get(i).strip().startsWith(fence)) {
                    fence = null;
                }
                lines.set(i, "");
            }
        }
        return lines;
    }

    static List<Link> links(Path page) throws IOException {
        List<String> lines = prose(page);
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = CODE_SPAN.matcher(lines.get(i)).replaceAll("");
            for (Pattern pattern : List.of(INLINE_LINK, REFERENCE)) {
                Matcher link = pattern.matcher(line);
                while (link.find()) {
                    links.add(new Link(page, i + 1, link.group(1)));
                }
            }
        }
        return links;
    }

    /**
     * The anchors GitHub gives the page's headings: the text lower-cased, without punctuation, each space a
     * hyphen, and {@code -1}, {@code -2} ... after a repeated one; the site's script names them the same.
     */
    static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : prose(page)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = slug(heading.group(2));
                int times = seen.merge(slug, 1, Integer::sum);
                anchors.add(times == 1 ? slug : slug + "-" + (times - 1));
            }
        }
        return anchors;
    }

    static String slug(String markdown) {
        String text = markdown.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("`", "").replace("*", "");
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N}\\s_-]", "")
                .replaceAll("\\s", "-");
    }

    static Set<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(MARKDOWN)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".md"))
                    .map(name -> name.substring(0, name.length() - ".md".length()))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    static boolean external(String target) {
        return target.matches("(?i)[a-z][a-z0-9+.-]*:.*") || target.startsWith("//");
    }

    /** What is wrong with the link from a site page, or null if it leads to a page, heading or file. */
    static String problem(Link link, Set<String> pages) throws IOException {
        String target = link.target();
        int hash = target.indexOf('#');
        String path = decode(hash < 0 ? target : target.substring(0, hash));
        String anchor = hash < 0 ? null : decode(target.substring(hash + 1));
        String page;
        if (path.isEmpty()) {
            page = name(link.page());
        } else if (path.endsWith(".html")) {
            page = path.substring(0, path.length() - ".html".length());
            if (page.contains("/") || !pages.contains(page)) {
                return "no page " + MARKDOWN.resolve(page + ".md") + " makes " + path;
            }
        } else if (path.endsWith(".md")) {
            Path file = link.page().resolveSibling(path).normalize();
            if (file.startsWith(MARKDOWN)) {
                return "a page of the site is linked as " + name(file) + ".html, which works in the site too";
            }
            return Files.isRegularFile(file) ? null : "no file " + file;
        } else {
            Path file = RESOURCES.resolve(path).normalize();
            return file.startsWith(RESOURCES) && Files.isRegularFile(file) ? null
                    : "no file " + file + " (the site's files are under " + RESOURCES + ")";
        }
        if (anchor != null && !anchors(MARKDOWN.resolve(page + ".md")).contains(anchor)) {
            return "no heading of " + page + ".md is #" + anchor + "; its headings are "
                    + anchors(MARKDOWN.resolve(page + ".md"));
        }
        return null;
    }

    static String name(Path page) {
        String file = page.getFileName().toString();
        return file.substring(0, file.length() - ".md".length());
    }

    /** The link's part with its {@code %xx} escapes undone. */
    static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Test
    void everyLinkBetweenThePagesLeadsToAPageHeadingOrFile() throws IOException {
        Set<String> pages = pages();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String page : pages) {
            for (Link link : links(MARKDOWN.resolve(page + ".md"))) {
                if (external(link.target())) {
                    continue;
                }
                checked++;
                String problem = problem(link, pages);
                if (problem != null) {
                    problems.add(link + ": " + problem);
                }
            }
        }
        assertTrue(problems.isEmpty(), "broken links in " + MARKDOWN + ":\n" + String.join("\n", problems));
        assertTrue(checked > 10, "found only " + checked + " links to check: is the link pattern right?");
    }

    @Test
    void aLinkToAMissingPageHeadingOrImageIsFound() throws IOException {
        Set<String> pages = pages();
        Path model = MARKDOWN.resolve("model.md");
        for (String broken : List.of("models.html", "model.html#no-such-heading", "#no-such-heading",
                "images/missing.png", "scenario-format.md", "../../../no-such-file.md")) {
            assertTrue(problem(new Link(model, 1, broken), pages) != null, broken + " passes");
        }
        for (String fine : List.of("sweep-format.html", "cluster.html#without-slurm", "#the-model",
                "images/us-russia-1992-2007.png", "../../../README.md")) {
            assertEquals(null, problem(new Link(model, 1, fine), pages), fine);
        }
    }

    @Test
    void headingsAreNamedAsGitHubNamesThem() {
        assertEquals("on-slurm-step-by-step", slug("On Slurm, step by step"));
        assertEquals("the-resolved-sweep-sweepyaml", slug("The resolved sweep (`sweep.yaml`)"));
        assertEquals("美攻俄守-us-attacks", slug("美攻俄守: US attacks"));
    }

    @Test
    void theLinkPatternFindsInlineImageAndReferenceLinksButNotCode() throws IOException {
        Path page = Files.createTempFile("page", ".md");
        try {
            Files.writeString(page, String.join("\n", "See [The model](model.html) and ![chart](images/a.png \"A\").",
                    "`[not](code.html)`", "```", "[not](fenced.html)", "# not a heading", "```",
                    "[ref]: cluster.html#limits", ""));
            assertEquals(List.of("model.html", "images/a.png", "cluster.html#limits"),
                    links(page).stream().map(Link::target).toList());
        } finally {
            Files.delete(page);
        }
    }

    @Test
    void theMenuListsEveryPageAndOnlyPages() throws IOException {
        Set<String> menu = new TreeSet<>();
        Matcher item = Pattern.compile("<item\\s[^>]*href=\"([^\"]+)\\.html\"").matcher(Files.readString(SITE_XML));
        while (item.find()) {
            menu.add(item.group(1));
        }
        assertEquals(pages(), menu, SITE_XML + "'s menu and the pages in " + MARKDOWN);
    }

    @Test
    void theReadmesRelativeLinksLeadToFiles() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Link link : links(README)) {
            String path = link.target().replaceFirst("#.*", "");
            if (!external(link.target()) && !path.isEmpty() && !Files.exists(Path.of(decode(path)))) {
                problems.add(link + ": no file " + path);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}

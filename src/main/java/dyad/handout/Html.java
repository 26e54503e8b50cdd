package dyad.handout;

import java.util.List;
import org.apache.commons.text.StringEscapeUtils;

/** Builds an HTML document as text: elements with escaped text, tables, raw fragments such as inline SVG. */
final class Html {

    private final StringBuilder text = new StringBuilder();

    Html raw(String fragment) {
        text.append(fragment);
        return this;
    }

    Html element(String tag, String content) {
        return open(tag).escaped(content).close(tag);
    }

    Html element(String tag, String attributes, String content) {
        text.append('<').append(tag).append(' ').append(attributes).append('>');
        return escaped(content).close(tag);
    }

    Html open(String tag) {
        text.append('<').append(tag).append('>');
        return this;
    }

    Html open(String tag, String attributes) {
        text.append('<').append(tag).append(' ').append(attributes).append('>');
        return this;
    }

    Html close(String tag) {
        text.append("</").append(tag).append(">\n");
        return this;
    }

    Html escaped(String content) {
        text.append(escape(content));
        return this;
    }

    /** A table with a header row; each cell is text, escaped. */
    Html table(String className, List<String> header, List<List<String>> rows) {
        open("table", "class=\"" + className + "\"").open("thead").open("tr");
        header.forEach(cell -> element("th", cell));
        close("tr").close("thead").open("tbody");
        for (List<String> row : rows) {
            open("tr");
            row.forEach(cell -> element("td", cell));
            close("tr");
        }
        return close("tbody").close("table");
    }

    static String escape(String content) {
        return StringEscapeUtils.escapeXml10(content);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}

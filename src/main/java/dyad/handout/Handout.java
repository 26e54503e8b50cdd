package dyad.handout;

import dyad.batch.Comparison;
import dyad.batch.PhaseSummary;
import dyad.chart.AreaChart;
import dyad.chart.ChartFiles;
import dyad.chart.ChartFonts;
import dyad.chart.CompareChart;
import dyad.chart.IndexChart;
import dyad.chart.WhyChart;
import dyad.check.Fact;
import dyad.model.RunSummary;
import dyad.model.rules.Rule;
import dyad.model.rules.RuleSet;
import dyad.scenario.AgentSpec;
import dyad.scenario.EffectSpec;
import dyad.scenario.EventKind;
import dyad.scenario.EventSpec;
import dyad.scenario.Fields;
import dyad.scenario.Language;
import dyad.scenario.Scenario;
import dyad.scenario.Texts;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;

/**
 * The handout of a scenario: one self-contained HTML page (inline SVG and CSS, the font embedded, no script,
 * nothing fetched) with the scenario's title and description, its chart, its issue areas' chart if it
 * declares areas, why the index moves, the comparison with its counterfactuals, the phase table, the
 * scorecard, the model in a page, the events with their sources and how to rerun it, in one language, laid
 * out to print on A4.
 */
public final class Handout {

    public static final String FILE = "handout.html";

    /** The handout of one of several languages, its tag in the name: handout.zh-TW.html. */
    public static String fileName(Language language) {
        return "handout." + language.tag() + ".html";
    }
    private static final String FONT_FAMILY = "Dyad Handout";
    private static final String STYLE = """
            @page { size: A4; margin: 14mm 13mm; }
            html { font-family: "Dyad Handout", sans-serif; font-size: 10.5pt; line-height: 1.45; color: #222; }
            body { max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
            h1 { font-size: 1.9rem; margin: 0 0 .3rem; }
            h2 { font-size: 1.3rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid #ccc; padding-bottom: .15rem; }
            h3 { font-size: 1.05rem; margin: 1rem 0 .3rem; }
            p.lead { font-size: 1.1rem; margin: .2rem 0 .6rem; }
            p.meta, figcaption, .note { color: #555; font-size: .9rem; }
            figure { margin: .6rem 0 1rem; }
            figure svg { width: 100%; height: auto; display: block; }
            table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; font-size: .9rem; }
            th, td { text-align: left; vertical-align: top; padding: .2rem .45rem; border-bottom: 1px solid #e3e3e3; }
            th { background: #f1f1f1; }
            table.facts td:first-child, table.events td:first-child, table.events td:nth-child(3) { white-space: nowrap; }
            table.events td:nth-child(2) { min-width: 9em; }
            td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
            tr.notAsExpected td { color: #9e1b1b; font-weight: bold; }
            pre { background: #f5f5f5; padding: .5rem .7rem; white-space: pre-wrap; font-size: .85rem; }
            ul.changes { margin: .2rem 0 .6rem 1.2rem; padding: 0; }
            @media print {
              body { max-width: none; margin: 0; padding: 0; }
              h2, h3, p.lead { break-after: avoid; }
              figure, pre, tr { break-inside: avoid; }
              thead { display: table-header-group; }
              a { color: inherit; text-decoration: none; }
            }
            """;

    private final Scenario scenario;
    private final Scenario shown;
    private final RunSummary run;
    private final List<Fact> facts;
    private final Optional<Comparison> comparison;
    private final Texts texts;
    private final String rerun;
    private final List<String> svgs = new ArrayList<>();

    /**
     * @param rerun the command that writes this handout again
     */
    public Handout(Scenario scenario, RunSummary run, List<Fact> facts, Optional<Comparison> comparison,
                   Language language, String rerun) {
        this.scenario = scenario;
        this.shown = scenario.in(language);
        this.run = run;
        this.facts = List.copyOf(facts);
        this.comparison = comparison;
        this.texts = Texts.of(language);
        this.rerun = rerun;
    }

    /** The page; the same inputs give the same bytes. */
    public String html() {
        Html body = new Html();
        header(body);
        chart(body, "index", texts.get("handout.chart"), IndexChart.create(scenario, run, texts.language()),
                texts.get("handout.chartCaption", run.replications()));
        if (scenario.hasAreas() && run.areas().isPresent()) {
            chart(body, "areas", texts.get("handout.areas"), AreaChart.create(scenario, run, texts.language()),
                    texts.get("handout.areasCaption"));
        }
        run.contributions().ifPresent(contributions -> chart(body, "why", texts.get("handout.why"),
                WhyChart.create(scenario, contributions, run.replications(), texts.language()),
                WhyChart.height(scenario, texts.language()), texts.get("handout.whyCaption")));
        comparison.ifPresent(c -> comparison(body, c));
        phases(body);
        scorecard(body);
        model(body);
        events(body);
        rerun(body);
        body.element("p", "class=\"note\"", texts.get("handout.colophon", dyad.Version.current()));
        return page(body.toString());
    }

    private void header(Html body) {
        body.open("header").element("h1", shown.title().text());
        if (!shown.description().text().isBlank()) {
            body.element("p", "class=\"lead\"", shown.description().text());
        }
        body.element("p", "class=\"meta\"", texts.get("handout.meta", scenario.name(), scenario.start().toString(),
                scenario.end().toString(), String.valueOf(scenario.seed()), scenario.replications()));
        shown.reference().ifPresent(work -> {
            String title = texts.get("handout.workTitle", work.title().text());
            String cited = work.author().text().isBlank() && work.year().isEmpty() ? title
                    : texts.get("handout.workCited", work.shortCitation(texts.language()), title);
            String citation = texts.get("handout.reference", cited);
            if (work.url().isPresent()) {
                body.open("p", "class=\"meta\"").escaped(citation + " ").element("a", "href=\""
                        + Html.escape(work.url().get()) + "\"", work.url().get()).close("p");
            } else {
                body.element("p", "class=\"meta\"", citation);
            }
        });
        shown.derivation().ifPresent(derivation -> {
            body.element("p", texts.get("handout.derivation", derivation.from().text()));
            body.open("ul", "class=\"changes\"");
            derivation.changes().forEach(change -> body.element("li", change.text()));
            body.close("ul");
        });
        body.close("header");
    }

    private void chart(Html body, String id, String heading, JFreeChart chart, String caption) {
        chart(body, id, heading, chart, IndexChart.HEIGHT, caption);
    }

    private void chart(Html body, String id, String heading, JFreeChart chart, int height, String caption) {
        body.open("section", "class=\"chart\" id=\"" + id + "\"").element("h2", heading).open("figure");
        String prefix = "dyad-" + id + "-";
        body.raw(svgPlaceholder(ChartFiles.svg(chart, IndexChart.WIDTH, height, prefix)));
        body.element("figcaption", caption).close("figure").close("section");
    }

    private void comparison(Html body, Comparison comparison) {
        chart(body, "compare", texts.get("handout.compare"), CompareChart.create(comparison, texts.language()),
                texts.get("handout.compareCaption"));
    }

    private void phases(Html body) {
        body.open("section", "id=\"phases\"").element("h2", texts.get("handout.phases"));
        List<PhaseSummary> summaries = PhaseSummary.of(scenario, run);
        for (var periodisation : shown.periodisations()) {
            body.element("h3", periodisation.label().text());
            List<String> header = new ArrayList<>(List.of(texts.get("handout.phase"), texts.get("handout.months"),
                    texts.get("handout.meanIndex"), texts.get("handout.interval")));
            shown.agents().forEach(agent -> header.add(texts.get("handout.share", agent.name().text())));
            List<List<String>> rows = new ArrayList<>();
            for (PhaseSummary summary : summaries) {
                if (!summary.periodisation().id().equals(periodisation.id())) {
                    continue;
                }
                var phase = periodisation.phases().stream().filter(p -> p.id().equals(summary.phase().id()))
                        .findFirst().orElseThrow();
                List<String> row = new ArrayList<>(List.of(phase.label().text(),
                        phase.start() + " – " + phase.end(), signed(summary.meanIndex()),
                        signed(summary.p5()) + " … " + signed(summary.p95())));
                for (double share : summary.cooperationShares()) {
                    row.add(String.format(Locale.ROOT, "%.2f", share));
                }
                rows.add(row);
            }
            body.table("phases", header, rows);
        }
        body.close("section");
    }

    private void scorecard(Html body) {
        body.open("section", "id=\"facts\"").element("h2", shown.reference()
                .map(work -> texts.get("handout.factsOf", work.title().text()))
                .orElse(texts.get("handout.facts")));
        if (facts.isEmpty()) {
            body.element("p", texts.get("scorecard.none"));
            return;
        }
        String tally = dyad.check.FactTally.of(facts, texts);
        body.element("p", scenario.reference().map(work -> texts.get("scorecard.factsOf",
                work.shortCitation(texts.language()), tally)).orElse(texts.get("scorecard.facts", tally)));
        body.open("table", "class=\"facts\"").open("thead").open("tr");
        for (String cell : List.of(texts.get("handout.verdict"), texts.get("handout.fact"), texts.get("handout.evidence"),
                texts.get("handout.claim"))) {
            body.element("th", cell);
        }
        body.close("tr").close("thead").open("tbody");
        for (Fact fact : facts) {
            body.open("tr", fact.asExpected() ? "" : "class=\"notAsExpected\"")
                    .element("td", texts.get("verdict." + fact.verdict().key()))
                    .element("td", fact.id() + " " + fact.spec().title().in(texts.language()))
                    .element("td", fact.evidence(texts.language()))
                    .element("td", claimAndReason(fact)).close("tr");
        }
        body.close("tbody").close("table").close("section");
    }

    /** The fact's claim, and why it is expected to fail where the scenario says so, in the handout's language. */
    private String claimAndReason(Fact fact) {
        String claim = fact.spec().claim().in(texts.language());
        String because = fact.spec().because().in(texts.language()).replaceAll("\\s+", " ").strip();
        return fact.spec().expectedToHold() || because.isEmpty() ? claim
                : claim + texts.get("compare.separator") + texts.get("scorecard.expectedToFail", because);
    }

    private void model(Html body) {
        body.open("section", "id=\"model\"").element("h2", texts.get("handout.model"));
        body.element("p", texts.get(scenario.dependsOnOil() ? "handout.modelIntroOil" : "handout.modelIntro"));
        // the rules' claim ids are those of one work: beside another they would read as that work's claims
        boolean citesItsWork = scenario.reference().filter(work -> RuleSet.STANDARD.rules().stream()
                .allMatch(rule -> work.is(rule.work()))).isPresent();
        List<String> header = new ArrayList<>(List.of(texts.get("handout.rule")));
        if (citesItsWork) {
            header.add(texts.get("handout.claims"));
        }
        header.add(texts.get("handout.ruleDoes"));
        shown.agents().forEach(agent -> header.add(texts.get("handout.weight", agent.name().text())));
        List<List<String>> rows = new ArrayList<>();
        for (Rule rule : RuleSet.STANDARD.rules()) {
            String name = WhyChart.ruleName(rule, texts);
            List<String> row = new ArrayList<>(List.of(name.equals(rule.key().replace('_', ' ')) ? name
                    : name + " (" + rule.key() + ")"));
            if (citesItsWork) {
                row.add(String.join(", ", rule.claims()));
            }
            row.add(ruleDocumentation(rule));
            for (AgentSpec agent : scenario.agents()) {
                row.add(Fields.format(agent.weights().get(rule.key())));
            }
            rows.add(row);
        }
        body.table("rules", header, rows);
        List<String> parameters = new ArrayList<>(List.of(texts.get("handout.parameter")));
        shown.agents().forEach(agent -> parameters.add(agent.name().text()));
        List<List<String>> values = new ArrayList<>();
        if (scenario.dependsOnOil()) {
            addParameter(values, "field.oil_dependence", AgentSpec::oilDependence);
        }
        addParameter(values, "field.room_midpoint", AgentSpec::roomMidpoint);
        addParameter(values, "field.strength_half_life_months", AgentSpec::strengthHalfLife);
        addParameter(values, "field.memory_half_life_months", AgentSpec::memoryHalfLife);
        addParameter(values, "field.grievance_half_life_months", AgentSpec::grievanceHalfLife);
        addParameter(values, "field.initial_trust", AgentSpec::initialTrust);
        addParameter(values, "field.initial_grievance", AgentSpec::initialGrievance);
        body.table("parameters", parameters, values).close("section");
    }

    /** The rule's line of documentation in the handout's language, where the texts translate it. */
    private String ruleDocumentation(Rule rule) {
        String key = "rule." + rule.key() + ".documentation";
        return texts.has(key) ? texts.get(key) : rule.documentation();
    }

    private void addParameter(List<List<String>> rows, String field,
                              java.util.function.ToDoubleFunction<AgentSpec> value) {
        List<String> row = new ArrayList<>(List.of(texts.get(field)));
        scenario.agents().forEach(agent -> row.add(Fields.format(value.applyAsDouble(agent))));
        rows.add(row);
    }

    private void events(Html body) {
        body.open("section", "id=\"events\"").element("h2", texts.get("handout.events"));
        body.element("p", texts.get("handout.eventsIntro"));
        List<List<String>> rows = new ArrayList<>();
        for (EventSpec event : shown.events().stream().sorted(java.util.Comparator.comparing(EventSpec::date)).toList()) {
            List<String> effects = new ArrayList<>();
            for (EffectSpec effect : event.effects()) {
                String agent = shown.agents().get(shown.agentIndex(effect.agentId())).name().text();
                String fades = Double.isInfinite(effect.halfLifeMonths()) ? texts.get("handout.fadesNever")
                        : texts.get("handout.fades", Fields.format(effect.halfLifeMonths()));
                effects.add(texts.get(effect.holdMonths() == 0 ? "handout.effectFading" : "handout.effect",
                        texts.get("perception." + effect.perceives().key()), agent,
                        String.format(Locale.ROOT, "%+.2f", effect.change()), effect.holdMonths(), fades));
            }
            rows.add(List.of(event.date().toString(), event.label().text(),
                    texts.get(event.kind() == EventKind.DRIVER ? "handout.driver" : "handout.marker"),
                    String.join(texts.get("compare.separator"), effects), event.source().text()));
        }
        body.table("events", List.of(texts.get("handout.date"), texts.get("handout.event"), texts.get("handout.kind"),
                texts.get("handout.effects"), texts.get("handout.source")), rows).close("section");
    }

    private void rerun(Html body) {
        body.open("section", "id=\"rerun\"").element("h2", texts.get("handout.rerun"));
        body.element("p", texts.get("handout.rerunIntro"));
        body.element("pre", rerun).close("section");
    }

    /** Keeps an SVG aside, so that the page's own font is cut down to the page's text, not the charts'. */
    private String svgPlaceholder(String svg) {
        svgs.add(svg);
        return "<!--svg-" + (svgs.size() - 1) + "-->";
    }

    private String page(String body) {
        String head = "<title>" + Html.escape(shown.title().text()) + "</title>";
        SortedSet<Integer> codePoints = new TreeSet<>();
        (head + body + STYLE).codePoints().forEach(codePoints::add);
        String font = Base64.getEncoder().encodeToString(ChartFonts.subset(codePoints));
        String withCharts = body;
        for (int i = 0; i < svgs.size(); i++) {
            withCharts = withCharts.replace("<!--svg-" + i + "-->", svgs.get(i));
        }
        return "<!DOCTYPE html>\n<html lang=\"" + texts.language().tag() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" + head + "\n<style>\n"
                + "@font-face { font-family: \"" + FONT_FAMILY + "\"; src: url(data:font/ttf;base64," + font
                + ") format(\"truetype\"); }\n" + STYLE + "</style>\n</head>\n<body>\n" + withCharts + "</body>\n</html>\n";
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.2f", value).replace('-', '−');
    }
}

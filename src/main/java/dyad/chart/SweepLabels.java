package dyad.chart;

import dyad.batch.MetricGroup;
import dyad.batch.RunMetrics;
import dyad.batch.SweepChoice;
import dyad.batch.SweepParameter;
import dyad.batch.SweepSpec;
import dyad.scenario.AgentSpec;
import dyad.scenario.EffectSpec;
import dyad.scenario.EventSpec;
import dyad.scenario.FactSpec;
import dyad.scenario.Language;
import dyad.scenario.Periodisation;
import dyad.scenario.Phase;
import dyad.scenario.Scenario;
import dyad.scenario.Text;
import dyad.scenario.Texts;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the sweep charts call a sweep's parameters and metrics, in one language, with the base scenario's own
 * value of each parameter: the labels the sweep file gives, else labels derived from the scenario, such as the
 * agent's name and "oil dependence" for {@code agents.<id>.oil_dependence}, or "Mean cooperation index 2004–2007"
 * for the metric of a window from 2004-01 to 2007-12.
 */
final class SweepLabels {

    /** The colour scale of a metric: fixed for the index and for the share of runs that pass a fact. */
    enum Scale {
        /** A cooperation index, −1 to +1. */
        INDEX,
        /** A share of runs in which a fact holds, 0 to 1. */
        PASS_SHARE,
        /** Any other metric, over the values the sweep gave it. */
        DATA
    }

    private static final Pattern EFFECT = Pattern.compile("events\\.([^.\\[\\]]+)\\.effects\\[(\\d+)]\\.([a-z_]+)");

    private final Texts texts;
    private final List<String> parameters;
    /** Each choice's levels in words, by the parameter's position; null for a number. */
    private final List<List<String>> levels;
    private final double[] base;
    private final Map<String, String> metrics;
    private final Map<String, Scale> scales;
    /** The facts whose share of passing runs a metric is, unless the sweep file labels it. */
    private final Map<String, Fact> facts;
    private final String scenarioTitle;

    /** A fact a metric counts the passing runs of: its id and title in the language. */
    record Fact(String id, String title) {
    }

    private SweepLabels(Texts texts, List<String> parameters, List<List<String>> levels, double[] base,
                        Map<String, String> metrics, Map<String, Scale> scales, Map<String, Fact> facts,
                        String scenarioTitle) {
        this.texts = texts;
        this.parameters = List.copyOf(parameters);
        this.levels = java.util.Collections.unmodifiableList(new ArrayList<>(levels));
        this.base = base;
        this.metrics = Map.copyOf(metrics);
        this.scales = Map.copyOf(scales);
        this.facts = Map.copyOf(facts);
        this.scenarioTitle = scenarioTitle;
    }

    /** The labels of a sweep whose parameters and base scenario are known. */
    static SweepLabels of(SweepSpec spec, Scenario scenario, Language language) {
        Texts texts = Texts.of(language);
        Scenario shown = scenario.in(language);
        List<String> parameters = new ArrayList<>();
        List<List<String>> levels = new ArrayList<>();
        double[] base = new double[spec.parameters().size()];
        for (int j = 0; j < base.length; j++) {
            SweepParameter parameter = spec.parameters().get(j);
            parameters.add(written(parameter.label(), language).orElseGet(() -> parameter.isChoice()
                    ? choice(parameter.choice(), scenario, texts) : parameter(parameter.path(), scenario, texts)));
            levels.add(parameter.isChoice() ? levels(parameter.choice(), texts) : null);
            base[j] = parameter.base();
        }
        Map<String, String> metrics = new HashMap<>();
        Map<String, Scale> scales = new HashMap<>();
        MetricNames names = (metric, label, scale) -> {
            metrics.put(metric, spaced(label, language));
            scales.put(metric, scale);
        };
        if (spec.metrics().contains(MetricGroup.MEAN_INDEX)) {
            names.add("mean_index", texts.get("sweep.metric.meanIndex", span(shown.start(), shown.end(), texts)),
                    Scale.INDEX);
        }
        if (spec.metrics().contains(MetricGroup.WINDOWS)) {
            spec.windows().forEach((id, window) -> names.add(RunMetrics.windowMetric(id),
                    texts.get("sweep.metric.meanIndex", span(window.first(), window.last(), texts)), Scale.INDEX));
        }
        if (spec.metrics().contains(MetricGroup.PHASES)) {
            for (Periodisation periodisation : shown.periodisations()) {
                for (Phase phase : periodisation.phases()) {
                    names.add(RunMetrics.phaseMetric(periodisation, phase), texts.get("sweep.metric.phase",
                            phase.label().text(), span(phase.start(), phase.end(), texts)), Scale.INDEX);
                }
            }
        }
        if (spec.metrics().contains(MetricGroup.END_INDEX)) {
            names.add("end_index", texts.get("sweep.metric.endIndex", shown.end().toString()), Scale.INDEX);
        }
        if (spec.metrics().contains(MetricGroup.SHARES)) {
            for (AgentSpec agent : shown.agents()) {
                names.add(RunMetrics.shareMetric(agent), texts.get("sweep.metric.share", agent.name().text()),
                        Scale.DATA);
            }
        }
        if (spec.metrics().contains(MetricGroup.WINDOW_SHARES)) {
            spec.windows().forEach((id, window) -> shown.agents().forEach(agent -> names.add(
                    RunMetrics.windowShareMetric(agent, id), texts.get("sweep.metric.windowShare", agent.name().text(),
                            span(window.first(), window.last(), texts)), Scale.DATA)));
        }
        if (spec.metrics().contains(MetricGroup.AREA_INDEX)) {
            shown.areas().forEach(area -> names.add(RunMetrics.areaIndexMetric(area), texts.get(
                    "sweep.metric.areaIndex", area.label().text(), span(shown.start(), shown.end(), texts)),
                    Scale.INDEX));
            spec.windows().forEach((id, window) -> shown.areas().forEach(area -> names.add(
                    RunMetrics.areaIndexMetric(area, id), texts.get("sweep.metric.areaIndex", area.label().text(),
                            span(window.first(), window.last(), texts)), Scale.INDEX)));
        }
        if (spec.metrics().contains(MetricGroup.AREA_SHARES)) {
            shown.agents().forEach(agent -> shown.areas().forEach(area -> names.add(
                    RunMetrics.areaShareMetric(agent, area), texts.get("sweep.metric.areaShare", agent.name().text(),
                            area.label().text()), Scale.DATA)));
            spec.windows().forEach((id, window) -> shown.agents().forEach(agent -> shown.areas().forEach(
                    area -> names.add(RunMetrics.areaShareMetric(agent, area, id), texts.get(
                            "sweep.metric.windowAreaShare", agent.name().text(), area.label().text(),
                            span(window.first(), window.last(), texts)), Scale.DATA))));
        }
        Map<String, Fact> facts = new HashMap<>();
        for (FactSpec fact : RunMetrics.facts(spec, shown)) {
            facts.put(RunMetrics.factMetric(fact), new Fact(fact.id(), fact.title().text()));
            names.add(RunMetrics.factMetric(fact), texts.get("sweep.metric.fact", fact.id(), fact.title().text()),
                    Scale.PASS_SHARE);
        }
        spec.metricLabels().forEach((metric, label) -> written(label, language).ifPresent(text -> {
            metrics.put(metric, text);
            facts.remove(metric);
        }));
        return new SweepLabels(texts, parameters, levels, base, metrics, scales, facts, shown.title().text());
    }

    /** What the charts call a choice: "Scenario", or the event's label (its levels say "on" and "off"). */
    private static String choice(SweepChoice choice, Scenario scenario, Texts texts) {
        if (choice.event() == null) {
            return texts.get("sweep.choice.scenario");
        }
        String event = scenario.in(texts.language()).events().stream().filter(e -> e.id().equals(choice.event()))
                .map(e -> e.label().text()).findFirst().orElse(choice.event());
        return spaced(event, texts.language());
    }

    /** A choice's levels in words: each file's title, or "on" and "off". */
    private static List<String> levels(SweepChoice choice, Texts texts) {
        if (choice.event() == null) {
            return choice.labels().stream().map(title -> spaced(title.in(texts.language()), texts.language()))
                    .toList();
        }
        return choice.words().stream().map(word -> texts.get("sweep.choice." + word)).toList();
    }

    /**
     * A label as the sweep file writes it, in a language: a plain text in every language; one written per language
     * only in the languages it names, the others keeping the label Dyad derives.
     */
    static Optional<String> written(Text label, Language language) {
        if (label == null) {
            return Optional.empty();
        }
        return label.translations().isEmpty() ? Optional.of(label.text())
                : Optional.ofNullable(label.translations().get(language));
    }

    /**
     * The labels of a sweep known only by its tables (its folder keeps no sweep file that can be read): the
     * parameters' paths and the metrics' names, and no base values.
     */
    static SweepLabels ofPaths(List<String> paths, Language language) {
        return ofPaths(paths, Map.of(), language);
    }

    /** As {@link #ofPaths(List, Language)}, each choice's levels named by the words the tables write. */
    static SweepLabels ofPaths(List<String> paths, Map<String, List<String>> levels, Language language) {
        double[] base = new double[paths.size()];
        Arrays.fill(base, Double.NaN);
        List<List<String>> words = new ArrayList<>();
        paths.forEach(path -> words.add(levels.get(path)));
        return new SweepLabels(Texts.of(language), paths, words, base, Map.of(), Map.of(), Map.of(), null);
    }

    Texts texts() {
        return texts;
    }

    /** What the charts call the parameter at this position of the sweep. */
    String parameter(int parameter) {
        return parameters.get(parameter);
    }

    /** The parameters' labels, in the sweep's order. */
    List<String> parameters() {
        return parameters;
    }

    /** The levels in words of the choice at this position, or null for a number. */
    List<String> levels(int parameter) {
        return levels.get(parameter);
    }

    /** The base scenario's own value of the parameter at this position, NaN if not known. */
    double base(int parameter) {
        return base[parameter];
    }

    /** The fact whose share of passing runs the metric is, if it is one and the sweep file gives it no label. */
    Optional<Fact> fact(String metric) {
        return Optional.ofNullable(facts.get(metric));
    }

    /** What the charts call a metric: its label, else its name. */
    String metric(String metric) {
        return metrics.getOrDefault(metric, metric);
    }

    /** The colour scale of a metric; without a sweep file, an index is told by its name. */
    Scale scale(String metric) {
        Scale scale = scales.get(metric);
        if (scale != null) {
            return scale;
        }
        return metric.contains("index") ? Scale.INDEX : Scale.DATA;
    }

    /** The base scenario's title, null when it is not known. */
    String scenarioTitle() {
        return scenarioTitle;
    }

    /** "Sweep “quick” of the scenario “…”", or the sweep's name alone when the scenario is not known. */
    String source(String sweep) {
        return scenarioTitle == null ? sweep : texts.get("sweep.source", sweep, scenarioTitle);
    }

    /**
     * The label derived from the scenario, in the language of {@code texts}, for a parameter path, or the path itself
     * when the scenario names nothing there.
     */
    static String parameter(String path, Scenario scenario, Texts texts) {
        return spaced(derived(path, scenario.in(texts.language()), texts), texts.language());
    }

    private static String derived(String path, Scenario shown, Texts texts) {
        String[] steps = path.split("\\.");
        AgentSpec agent = steps.length >= 3 && steps[0].equals("agents") ? agent(shown, steps[1]) : null;
        if (agent != null && steps.length == 4 && steps[2].equals("weights")) {
            return texts.get("sweep.parameter.weight", agent.name().text(), dyad.scenario.ScenarioDifference.ruleName(steps[3], texts));
        }
        if (agent != null && steps.length == 3) {
            return texts.get("sweep.parameter.agent", agent.name().text(), words(texts, "field.", steps[2]));
        }
        if (agent != null && steps.length == 5 && steps[2].equals("areas")) {
            return texts.get("sweep.parameter.agentArea", agent.name().text(), words(texts, "field.area.", steps[4]),
                    areaLabel(shown, steps[3]));
        }
        String link = agent != null ? linkLabel(steps, agent, shown, texts) : null;
        if (link != null) {
            return link;
        }
        if (steps.length == 3 && steps[0].equals("areas") && steps[2].equals("choices")) {
            return texts.get("sweep.parameter.areaChoices", areaLabel(shown, steps[1]));
        }
        Matcher effect = EFFECT.matcher(path);
        if (effect.matches()) {
            EventSpec event = shown.events().stream().filter(e -> e.id().equals(effect.group(1))).findFirst()
                    .orElse(null);
            int index = Integer.parseInt(effect.group(2));
            String key = switch (effect.group(3)) {
                case "change" -> "sweep.parameter.effect";
                case "hold_months" -> "sweep.parameter.effectHold";
                case "half_life_months" -> "sweep.parameter.effectHalfLife";
                default -> null;
            };
            if (event != null && index < event.effects().size() && key != null) {
                EffectSpec change = event.effects().get(index);
                AgentSpec whose = agent(shown, change.agentId());
                String perception = texts.get("sweep.perception." + change.perceives().key(),
                        whose != null ? whose.name().text() : change.agentId());
                return texts.get(key, event.label().text(), perception);
            }
        }
        if (steps.length <= 2 && texts.has("sweep.scenario." + path)) {
            return texts.get("sweep.scenario." + path);
        }
        return path;
    }

    /**
     * The scale of a perception's link to a series ({@code agents.<id>.perceptions.<perception>.scale}, or in an
     * area {@code agents.<id>.areas.<area>.perceptions.<perception>.scale}) in words, or null for another path.
     */
    private static String linkLabel(String[] steps, AgentSpec agent, Scenario shown, Texts texts) {
        boolean everywhere = steps.length == 5 && steps[2].equals("perceptions") && steps[4].equals("scale");
        boolean inArea = steps.length == 7 && steps[2].equals("areas") && steps[4].equals("perceptions")
                && steps[6].equals("scale");
        if (!everywhere && !inArea) {
            return null;
        }
        String key = steps[steps.length - 2];
        dyad.scenario.Perception perception = java.util.Arrays.stream(dyad.scenario.Perception.values())
                .filter(p -> p.key().equals(key)).findFirst().orElse(null);
        java.util.Map<dyad.scenario.Perception, dyad.scenario.SeriesLink> links = everywhere ? agent.links()
                : agent.areas().getOrDefault(steps[3], dyad.scenario.AgentArea.NONE).links();
        dyad.scenario.SeriesLink link = perception == null ? null : links.get(perception);
        if (link == null) {
            return null;
        }
        String read = texts.get("perception." + key);
        return everywhere ? texts.get("sweep.parameter.link", agent.name().text(), read, link.series())
                : texts.get("sweep.parameter.areaLink", agent.name().text(), read, link.series(),
                        areaLabel(shown, steps[3]));
    }

    /** A field or weight in words, or its key with spaces where the texts have none for it. */
    private static String words(Texts texts, String prefix, String key) {
        return texts.has(prefix + key) ? texts.get(prefix + key) : key.replace('_', ' ');
    }

    /** An issue area's label as the scenario shows it, or its id where it has no such area. */
    private static String areaLabel(Scenario scenario, String id) {
        return scenario.areas().stream().filter(area -> area.id().equals(id)).findFirst()
                .map(area -> area.label().text()).orElse(id);
    }

    private static AgentSpec agent(Scenario scenario, String id) {
        return scenario.agents().stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }

    /** A span of months in words: "2004–2007" for whole years, "2004" for one, else "2004-03 to 2005-06". */
    static String span(YearMonth first, YearMonth last, Texts texts) {
        if (first.getMonthValue() == 1 && last.getMonthValue() == 12) {
            return first.getYear() == last.getYear() ? Integer.toString(first.getYear())
                    : first.getYear() + "–" + last.getYear();
        }
        return first.equals(last) ? first.toString() : texts.get("sweep.span.months", first.toString(),
                last.toString());
    }

    /** A space between Latin letters or digits and Chinese characters, as Chinese text sets them, in Chinese only. */
    static String spaced(String text, Language language) {
        if (language != Language.ZH_TW) {
            return text;
        }
        return text.replaceAll("(?<=[A-Za-z0-9])(?=\\p{IsHan})|(?<=\\p{IsHan})(?=[A-Za-z0-9])", " ");
    }

    /** Records a metric's label and scale. */
    @FunctionalInterface
    private interface MetricNames {
        void add(String metric, String label, Scale scale);
    }
}

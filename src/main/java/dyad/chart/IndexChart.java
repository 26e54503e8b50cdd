package dyad.chart;

import dyad.batch.FigureOutput;
import dyad.model.RunSummary;
import dyad.scenario.Language;
import dyad.scenario.Periodisation;
import dyad.scenario.Scenario;
import dyad.scenario.Texts;
import java.awt.Color;
import java.awt.RenderingHints;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The run figure "cooperation index over time": the mean index of a run with its 5–95 % band across
 * replications, the shaded periodisation in the background, the events shown on charts, and one strip per
 * periodisation under the plot, all on one time axis. Laid out for a 1920×1080 (16:9) canvas.
 */
public final class IndexChart {

    public static final String FILE_NAME = "cooperation-index";
    public static final int WIDTH = 1920;
    public static final int HEIGHT = 1080;

    /** Pixels that the subplots share on the 1920×1080 canvas, a little less than they get. */
    private static final int PLOT_HEIGHT = 830;
    /** Width of the time axis on the 1920×1080 canvas, a little less than it gets. */
    private static final int AXIS_WIDTH = 1730;
    private static final int MIN_INDEX_HEIGHT = 300;
    private static final int MIN_LANE_HEIGHT = 120;
    private static final int GAP = 10;
    /** The highest lane of event labels; events that would need more are numbered, with a key under the plot. */
    private static final int MAX_LABEL_LANE_HEIGHT = 170;

    private IndexChart() {
    }

    /** Writes cooperation-index.png, cooperation-index.svg and cooperation-index.pdf into dir, in English. */
    public static void write(Scenario scenario, RunSummary run, Path dir) throws IOException {
        write(scenario, run, dir, Language.EN);
    }

    /** Writes cooperation-index.png, cooperation-index.svg and cooperation-index.pdf into dir. */
    public static void write(Scenario scenario, RunSummary run, Path dir, Language language) throws IOException {
        write(scenario, run, dir, FigureOutput.plain(language));
    }

    /** Writes the chart in one language's formats and names. */
    public static void write(Scenario scenario, RunSummary run, Path dir, FigureOutput output) throws IOException {
        ChartFiles.writeAll(create(scenario, run, output.language()), dir, FILE_NAME, WIDTH, HEIGHT, output);
    }

    public static JFreeChart create(Scenario scenario, RunSummary run) {
        return create(scenario, run, Language.EN);
    }

    /** The figure as a chart, e.g. for a ChartPanel, with the scenario's texts and the fixed ones in a language. */
    public static JFreeChart create(Scenario original, RunSummary run, Language language) {
        Scenario scenario = original.in(language);
        Texts texts = Texts.of(language);
        EventLane events = new EventLane(scenario);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(SweepChartParts.timeAxis(scenario.start(), scenario.end(), texts));
        plot.setGap(GAP);
        plot.setInsets(new RectangleInsets(4, 4, 4, 24));
        int stripsHeight = scenario.periodisations().size() * (PhaseStrip.HEIGHT + GAP);
        int laneHeight = 0;
        int keyHeight = 0;
        if (!events.isEmpty()) {
            long from = Months.start(scenario.start());
            long to = Months.end(scenario.end());
            // the index keeps its minimum height however many labels the events need; rows beyond the lane are cut
            int laneRoom = Math.max(MIN_LANE_HEIGHT, PLOT_HEIGHT - MIN_INDEX_HEIGHT - GAP - stripsHeight);
            if (events.numberIfCrowded(AXIS_WIDTH, from, to, Math.min(MAX_LABEL_LANE_HEIGHT, laneRoom))) {
                // the key under the plot takes its height from the index, not from the strips
                keyHeight = events.keyHeight(events.keyColumns());
            }
            laneHeight = Math.min(events.height(AXIS_WIDTH, from, to), laneRoom);
            plot.add(events.plot(), laneHeight);
        }
        plot.add(IndexPlot.create(scenario, run, events, texts),
                Math.max(Math.max(MIN_INDEX_HEIGHT / 2, MIN_INDEX_HEIGHT - keyHeight),
                        PLOT_HEIGHT - laneHeight - GAP - stripsHeight - keyHeight));
        for (Periodisation periodisation : scenario.periodisations()) {
            plot.add(PhaseStrip.plot(periodisation), PhaseStrip.HEIGHT);
        }
        plot.setFixedLegendItems(IndexLegend.items(events, texts));

        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setTitle(title(scenario, run, texts));
        // bottom subtitles stack upwards in the order added: the note lowest, then the legend, then the key
        scenario.derivation().ifPresent(derivation -> chart.addSubtitle(derivationNote(derivation, texts)));
        chart.addLegend(IndexLegend.title(plot));
        if (events.numbered()) {
            chart.addSubtitle(events.key(events.keyColumns()));
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS,
                RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        chart.setPadding(new RectangleInsets(14, 14, 10, 14));
        return chart;
    }

    /** What a counterfactual changes in the scenario it extends, and where its phases come from. */
    private static TextTitle derivationNote(dyad.scenario.Derivation derivation, Texts texts) {
        String from = derivation.from().text();
        String changes = derivation.changes().isEmpty() ? texts.get("difference.none")
                : String.join(texts.get("compare.separator"), derivation.changes().stream()
                        .map(dyad.scenario.Text::text).toList());
        String text = texts.get("index.derivation", from, changes)
                + (derivation.phasesInherited() ? " " + texts.get("index.phasesInherited", from) : "");
        return BottomNote.of(text, ChartStyle.SECONDARY_TEXT, new RectangleInsets(8, 60, 0, 20));
    }

    private static TextTitle title(Scenario scenario, RunSummary run, Texts texts) {
        TextTitle title = new TextTitle(texts.get("index.title", scenario.title().text(), run.replications()),
                ChartStyle.TITLE);
        title.setPaint(ChartStyle.TEXT);
        title.setMargin(new RectangleInsets(0, 0, 14, 0));
        return title;
    }
}

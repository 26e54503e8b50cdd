package dyad.chart;

import dyad.batch.FigureOutput;
import dyad.analysis.calibration.Calibration;
import dyad.analysis.calibration.CalibrationFile;
import dyad.analysis.calibration.Objective;
import dyad.analysis.calibration.ValidationWindow;
import dyad.scenario.Language;
import dyad.scenario.Scenario;
import dyad.scenario.Texts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A calibration's trace: the objective of every candidate CMA-ES scored, by evaluation (0 is the base scenario's
 * own values), with the best so far as a step line. Candidates the scenario refused are left out (their count is
 * in the subtitle). 1920×1080.
 */
public final class CalibrationChart {

    /** The chart's files: {@code trace.png}, {@code .svg}, {@code .pdf}. */
    public static final String NAME = "trace";

    /** Okabe–Ito blue for the candidates, vermilion for the best so far. */
    private static final Color CANDIDATE = new Color(0x00, 0x72, 0xB2, 0xB0);
    private static final Color BEST = new Color(0xD5, 0x5E, 0x00);
    private static final Stroke BEST_STROKE = new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final int TICKS = 10;

    private CalibrationChart() {
    }

    public static void write(Calibration calibration, Scenario base, Path dir, FigureOutput output)
            throws IOException {
        ChartFiles.writeAll(create(calibration, base, output.language()), dir, NAME, IndexChart.WIDTH,
                IndexChart.HEIGHT, output);
    }

    public static JFreeChart create(Calibration calibration, Scenario base, Language language) {
        Texts texts = Texts.of(language);
        CalibrationFile file = calibration.file();
        XYSeries candidates = new XYSeries(texts.get("calibrate.candidate"), false, true);
        XYSeries best = new XYSeries(texts.get("calibrate.best"), false, true);
        double[] bestSoFar = calibration.bestSoFar();
        double high = 0;
        int refused = 0;
        for (int e = 0; e <= calibration.trace().size(); e++) {
            Objective.Score score = e == 0 ? calibration.base() : calibration.trace().get(e - 1);
            if (score.refused()) {
                refused++;
            } else {
                candidates.add(e, score.total());
                high = Math.max(high, score.total());
            }
            best.add(e, bestSoFar[e]);
        }
        NumberAxis evaluations = SweepChartParts.numberAxis(texts.get("calibrate.axis.evaluation"));
        SweepChartParts.show(evaluations, 0, Math.max(1, calibration.trace().size()), TICKS);
        // evaluations are counted: no tick between two of them
        double tick = evaluations.getTickUnit().getSize();
        if (tick != Math.rint(tick)) {
            evaluations.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(Math.max(1, Math.floor(tick)),
                    java.text.NumberFormat.getIntegerInstance(java.util.Locale.ROOT)));
        }
        NumberAxis objective = SweepChartParts.numberAxis(texts.get("calibrate.axis.objective"));
        SweepChartParts.show(objective, 0, high > 0 ? high : 1, TICKS);

        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesShape(0, SweepStyle.DOT);
        dots.setSeriesPaint(0, CANDIDATE);
        XYStepRenderer step = new XYStepRenderer();
        step.setSeriesPaint(0, BEST);
        step.setSeriesStroke(0, BEST_STROKE);

        var plot = SweepChartParts.plot(evaluations, objective);
        plot.setDataset(0, new XYSeriesCollection(best));
        plot.setRenderer(0, step);
        plot.setDataset(1, new XYSeriesCollection(candidates));
        plot.setRenderer(1, dots);
        SweepChartParts.addGridlines(plot);
        plot.setInsets(new RectangleInsets(4, 4, 4, 16));

        String targets = file.series().isEmpty()
                ? texts.get("calibrate.targets.facts", file.facts().size(), Decimals.format(file.margin(), 2))
                : file.facts().isEmpty() ? texts.get("calibrate.targets.series", file.series().size())
                : texts.get("calibrate.targets.both", file.facts().size(), Decimals.format(file.margin(), 2),
                        file.series().size());
        if (file.validation() != null) {
            ValidationWindow window = file.validation();
            targets += texts.get("calibrate.validate", window.first() == window.last() ? Integer.toString(window.first())
                    : window.first() + "–" + window.last());
        }
        String source = texts.get("calibrate.source", file.sweep().name(), base.title().in(language), targets);
        String search = texts.get("calibrate.search", calibration.trace().size(), file.population(),
                SweepChartParts.replications(file.sweep().replications(), texts), Long.toString(file.sweep().seed()),
                Decimals.format(calibration.base().total(), 3), Decimals.format(calibration.fitted().total(), 3))
                + (refused == 0 ? "" : texts.get("calibrate.refused", refused));
        JFreeChart chart = SweepChartParts.chart(plot, texts.get("calibrate.title", file.parameterPaths().size()),
                List.of(source, search));
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(SweepLegend.dot(texts.get("calibrate.candidate"), CANDIDATE));
        legend.add(SweepLegend.line(texts.get("calibrate.best"), BEST_STROKE, BEST));
        chart.addLegend(SweepLegend.title(legend));
        return chart;
    }
}

package dyad.gui;

import dyad.chart.ChartFiles;
import dyad.chart.LiveIndexChart;
import dyad.model.ExogenousInputs;
import dyad.model.Replay;
import dyad.model.RunSummary;
import dyad.scenario.Language;
import dyad.scenario.Scenario;
import dyad.scenario.Texts;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.io.IOException;
import java.nio.file.Path;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import javax.swing.border.EmptyBorder;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.jfree.chart.ChartPanel;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;

/**
 * Live mode: MASON's console runs one replication of a scenario month by month (play, pause, step, stop,
 * speed); the chart window draws its index (and each issue area's) over the scenario's mean and band in grey;
 * the console's Model tab holds the agents' parameters and the Events window the events, both changeable while
 * the run goes on.
 * A change takes effect from the coming month and is recorded with it; "Save as scenario…" writes the
 * session as a scenario file that replays it.
 */
public final class LiveGui extends GUIState {

    /** Where MASON puts its console, top left: the other windows go beside and below it. */
    private static final int CONSOLE_WIDTH = 400;
    private static final int CONSOLE_HEIGHT = 400;
    /** Replications of the session's scenario replayed in the background for its band. */
    private static final int BAND_REPLICATIONS = 50;

    private final LiveSession session;
    private final Language language;
    private final Texts texts;
    private final RunSummary ghost;
    private final AgentParameters parameters;
    private JFrame chartFrame;
    private ChartPanel chartPanel;
    private LiveIndexChart chart;
    private Scenario charted;
    private JLabel status;
    private EventsWindow events;
    private String message = "";

    public LiveGui(LiveSession session, Language language) {
        super(session.simulation());
        this.session = session;
        this.language = language;
        this.texts = Texts.of(language);
        Scenario opened = session.opened();
        this.ghost = Replay.run(opened, ExogenousInputs.of(opened), opened.seed(), opened.replications());
        this.parameters = new AgentParameters(session, texts, this::say);
    }

    public static String getName() {
        return "Dyad";
    }

    LiveSession session() {
        return session;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return parameters;
    }

    @Override
    public int getMaximumPropertiesForInspector() {
        return 500;
    }

    @Override
    public boolean isInspectorVolatile() {
        return true;
    }

    /** A checkpoint would lose the session's changes: live mode starts from its scenario only. */
    @Override
    public boolean validSimState(SimState state) {
        return false;
    }

    @Override
    public void start() {
        session.rekey();
        super.start();
        scheduleRepeatingImmediatelyAfter(state -> refreshLater());
        refreshLater();
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        // 16:9 as the slides, as wide as the screen leaves beside the console (at most 1120 pixels)
        java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getMaximumWindowBounds();
        int width = Math.max(640, Math.min(1120, screen.width - CONSOLE_WIDTH - 10));
        chartPanel = new ChartPanel(null, width, width * 9 / 16, dyad.chart.IndexChart.WIDTH,
                dyad.chart.IndexChart.HEIGHT, 3840, 2160, true, true, false, false, true, true);
        status = new JLabel(" ");
        status.setBorder(new EmptyBorder(4, 8, 4, 8));
        JButton save = new JButton(texts.get("live.saveScenario"));
        save.addActionListener(e -> saveScenario());
        JButton saveChart = new JButton(texts.get("live.saveChart"));
        saveChart.addActionListener(e -> saveChart());
        JButton band = new JButton(texts.get("live.bandButton", BAND_REPLICATIONS));
        band.addActionListener(e -> replayBand(band));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(band);
        buttons.add(saveChart);
        buttons.add(save);
        JPanel south = new JPanel(new BorderLayout());
        south.add(status, BorderLayout.CENTER);
        south.add(buttons, BorderLayout.EAST);
        chartFrame = new JFrame(texts.get("live.chartWindow"));
        chartFrame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        chartFrame.getContentPane().setLayout(new BorderLayout());
        chartFrame.getContentPane().add(chartPanel, BorderLayout.CENTER);
        chartFrame.getContentPane().add(south, BorderLayout.SOUTH);
        chartFrame.pack();
        chartFrame.setLocation(CONSOLE_WIDTH, 0);
        controller.registerFrame(chartFrame);
        chartFrame.setVisible(true);
        events = new EventsWindow(session, texts, this::say, this::refresh);
        events.setBounds(0, CONSOLE_HEIGHT, CONSOLE_WIDTH, Math.max(events.getHeight(), 400));
        controller.registerFrame(events);
        // the bundled font draws Chinese where the desktop may have no font that does
        withFont(chartFrame.getContentPane());
        withFont(events.getContentPane());
        events.setVisible(true);
        refresh();
    }

    @Override
    public void quit() {
        super.quit();
        if (chartFrame != null) {
            chartFrame.dispose();
            events.dispose();
        }
    }

    private static void withFont(java.awt.Component component) {
        java.awt.Font font = component.getFont();
        component.setFont(dyad.chart.ChartFonts.font(java.awt.Font.PLAIN, font == null ? 13f : font.getSize2D()));
        if (component instanceof java.awt.Container container) {
            for (java.awt.Component child : container.getComponents()) {
                withFont(child);
            }
        }
        if (component instanceof javax.swing.JTable table) {
            table.getTableHeader().setFont(table.getFont());
            table.setRowHeight(Math.max(table.getRowHeight(), table.getFontMetrics(table.getFont()).getHeight() + 2));
        }
    }

    /** A line for the user under the chart, such as why a value was refused. */
    void say(String line) {
        message = line;
        refreshLater();
    }

    private void refreshLater() {
        SwingUtilities.invokeLater(this::refresh);
    }

    /** Draws the live index and the events as they are now; on Swing's thread. */
    void refresh() {
        if (chartPanel == null || events == null) {
            return;
        }
        double[] index;
        double[][] areaIndex;
        Scenario live;
        int run;
        synchronized (session.simulation().schedule) {
            index = session.index();
            areaIndex = session.areaIndex();
            live = session.live();
            run = session.monthsRun();
        }
        String month = run == 0 ? texts.get("live.notStarted")
                : texts.get("live.month", live.month(run - 1).toString(), run, live.months());
        if (live != charted) {
            chart = LiveIndexChart.create(live, ghost, language, "");
            chartPanel.setChart(chart.chart());
            charted = live;
        }
        ((org.jfree.chart.title.TextTitle) chart.chart().getTitle()).setText(texts.get("live.title",
                texts.of(live.title()), session.replication(), Long.toString(session.seed()), month));
        chart.show(index, areaIndex);
        status.setText(message.isEmpty() ? month : month + " — " + message);
        events.refresh();
    }

    /** The chart window, for a screenshot. */
    JFrame chartFrame() {
        return chartFrame;
    }

    /** The chart as drawn now. */
    LiveIndexChart chart() {
        return chart;
    }

    /**
     * Replays the session's scenario as it is now, with {@value #BAND_REPLICATIONS} replications of the seed, in
     * the background, and draws their band under the live line (until the scenario changes again).
     */
    private void replayBand(JButton button) {
        Scenario live;
        synchronized (session.simulation().schedule) {
            live = session.live();
        }
        button.setEnabled(false);
        new javax.swing.SwingWorker<RunSummary, Void>() {
            @Override
            protected RunSummary doInBackground() {
                return Replay.run(live, ExogenousInputs.of(live), session.seed(), BAND_REPLICATIONS);
            }

            @Override
            protected void done() {
                button.setEnabled(true);
                try {
                    RunSummary run = get();
                    if (live == charted) {
                        chart.showBand(run);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (java.util.concurrent.ExecutionException e) {
                    say(texts.get("live.refused", String.valueOf(e.getCause().getMessage())));
                }
            }
        }.execute();
    }

    private void saveScenario() {
        JFileChooser chooser = new JFileChooser(session.file().getParent().toFile());
        chooser.setSelectedFile(session.file().resolveSibling(session.opened().name() + "-live.yaml").toFile());
        chooser.setFileFilter(new FileNameExtensionFilter("YAML", "yaml", "yml"));
        if (chooser.showSaveDialog(chartFrame) == JFileChooser.APPROVE_OPTION) {
            Path target = chooser.getSelectedFile().toPath();
            try {
                session.save(target);
                say(texts.get("live.saved", target));
            } catch (IOException | RuntimeException e) {
                say(texts.get("live.refused", e.getMessage()));
            }
        }
    }

    /** Saves the chart as PNG, SVG and PDF at slide size, under the name chosen (its extension dropped). */
    private void saveChart() {
        JFileChooser chooser = new JFileChooser(session.file().getParent().toFile());
        chooser.setSelectedFile(session.file().resolveSibling(session.opened().name() + "-live.png").toFile());
        if (chooser.showSaveDialog(chartFrame) == JFileChooser.APPROVE_OPTION) {
            Path target = chooser.getSelectedFile().toPath();
            String name = target.getFileName().toString().replaceFirst("\\.(png|svg|pdf)$", "");
            try {
                ChartFiles.writeAll(chart.chart(), target.toAbsolutePath().getParent(), name,
                        dyad.chart.IndexChart.WIDTH, dyad.chart.IndexChart.HEIGHT);
                say(texts.get("live.saved", target.resolveSibling(name + ".png, .svg, .pdf")));
            } catch (IOException | RuntimeException e) {
                say(texts.get("live.refused", e.getMessage()));
            }
        }
    }

    Dimension chartSize() {
        return chartFrame.getSize();
    }
}

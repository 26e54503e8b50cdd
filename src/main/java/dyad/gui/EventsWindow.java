package dyad.gui;

import dyad.scenario.AgentSpec;
import dyad.scenario.BadInputException;
import dyad.scenario.EventKind;
import dyad.scenario.EventSpec;
import dyad.scenario.Perception;
import dyad.scenario.Scenario;
import dyad.scenario.Texts;
import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.WindowConstants;
import javax.swing.border.EmptyBorder;
import javax.swing.table.AbstractTableModel;

/**
 * The "Events" window: the live scenario's events with their state (to come, acting, ended), a button that
 * removes the selected one from the coming month, and a form that adds a driver in the coming month.
 */
final class EventsWindow extends JFrame {

    private static final long serialVersionUID = 1L;

    private final transient LiveSession session;
    private final transient Texts texts;
    private final transient Consumer<String> messages;
    private final transient Runnable changed;
    private final EventTable table;
    private final JTable view;
    private final JTextField label = new JTextField(18);
    private final JComboBox<String> agent = new JComboBox<>();
    private final JComboBox<String> perceives = new JComboBox<>();
    private final JSpinner change = new JSpinner(new SpinnerNumberModel(0.8, -10.0, 10.0, 0.1));
    private final JSpinner hold = new JSpinner(new SpinnerNumberModel(12, 0, 600, 1));
    private final JSpinner halfLife = new JSpinner(new SpinnerNumberModel(6.0, 0.0, 600.0, 1.0));

    EventsWindow(LiveSession session, Texts texts, Consumer<String> messages, Runnable changed) {
        super(texts.get("live.eventsWindow"));
        this.session = session;
        this.texts = texts;
        this.messages = messages;
        this.changed = changed;
        this.table = new EventTable();
        this.view = new JTable(table);
        setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        List<AgentSpec> agents = session.opened().agents();
        agents.forEach(a -> agent.addItem(a.id()));
        for (Perception perception : Perception.values()) {
            perceives.addItem(perception.name().toLowerCase(Locale.ROOT));
        }
        // the default new driver: a threat to the second agent (Russia in the bundled case)
        AgentSpec second = agents.get(agents.size() > 1 ? 1 : 0);
        agent.setSelectedItem(second.id());
        perceives.setSelectedItem("threat");
        label.setText(texts.get("live.defaultLabel", texts.of(second.name())));
        view.setFillsViewportHeight(true);
        JButton remove = new JButton(texts.get("live.remove"));
        remove.addActionListener(e -> removeSelected());
        JButton add = new JButton(texts.get("live.add"));
        add.addActionListener(e -> addDriver());
        JPanel form = new JPanel(new GridLayout(0, 2, 6, 4));
        form.setBorder(new EmptyBorder(6, 8, 6, 8));
        form.add(new JLabel(texts.get("live.addLabel")));
        form.add(label);
        form.add(new JLabel(texts.get("live.addAgent")));
        form.add(agent);
        form.add(new JLabel(texts.get("live.addPerceives")));
        form.add(perceives);
        form.add(new JLabel(texts.get("live.addChange")));
        form.add(change);
        form.add(new JLabel(texts.get("live.addHold")));
        form.add(hold);
        form.add(new JLabel(texts.get("live.addHalfLife")));
        form.add(halfLife);
        form.add(remove);
        form.add(add);
        getContentPane().setLayout(new BorderLayout());
        JScrollPane scroll = new JScrollPane(view);
        scroll.setPreferredSize(new java.awt.Dimension(400, 200));
        getContentPane().add(scroll, BorderLayout.CENTER);
        getContentPane().add(form, BorderLayout.SOUTH);
        pack();
    }

    void refresh() {
        table.fireTableDataChanged();
    }

    private void removeSelected() {
        int row = view.getSelectedRow();
        if (row < 0) {
            messages.accept(texts.get("live.selectEvent"));
            return;
        }
        EventSpec event = table.events().get(view.convertRowIndexToModel(row));
        act(() -> {
            YearMonth from = session.comingMonth();
            session.removeEvent(event.id());
            return texts.get("live.removed", texts.of(event.label()), from.toString());
        });
    }

    private void addDriver() {
        act(() -> {
            YearMonth from = session.comingMonth();
            String text = label.getText().isBlank() ? texts.get("live.add") : label.getText().strip();
            session.addEvent(text, (String) agent.getSelectedItem(),
                    Perception.valueOf(((String) perceives.getSelectedItem()).toUpperCase(Locale.ROOT)),
                    ((Number) change.getValue()).doubleValue(), ((Number) hold.getValue()).intValue(),
                    ((Number) halfLife.getValue()).doubleValue());
            return texts.get("live.added", text, from.toString());
        });
    }

    /** Runs a change; a refusal becomes a line in the window, never an exception. */
    private void act(java.util.function.Supplier<String> action) {
        try {
            messages.accept(action.get());
        } catch (BadInputException e) {
            messages.accept(texts.get("live.refused", e.problem()));
        } catch (RuntimeException e) {
            messages.accept(texts.get("live.refused", String.valueOf(e.getMessage())));
        }
        refresh();
        changed.run();
    }

    private final class EventTable extends AbstractTableModel {

        private static final long serialVersionUID = 1L;

        List<EventSpec> events() {
            return session.live().events();
        }

        @Override
        public int getRowCount() {
            return events().size();
        }

        @Override
        public int getColumnCount() {
            return 4;
        }

        @Override
        public String getColumnName(int column) {
            return texts.get(switch (column) {
                case 0 -> "live.column.date";
                case 1 -> "live.column.event";
                case 2 -> "live.column.kind";
                default -> "live.column.state";
            });
        }

        @Override
        public Object getValueAt(int row, int column) {
            List<EventSpec> all = events();
            if (row >= all.size()) {
                return "";
            }
            EventSpec event = all.get(row);
            return switch (column) {
                case 0 -> event.date().toString();
                case 1 -> texts.of(event.label());
                case 2 -> event.kind().name().toLowerCase(Locale.ROOT);
                default -> state(event);
            };
        }

        private String state(EventSpec event) {
            Scenario live = session.live();
            if (event.kind() == EventKind.MARKER) {
                return texts.get("live.state.marker");
            }
            YearMonth end = live.changes().eventEnds().get(event.id());
            if (end != null) {
                return texts.get("live.state.ended", end.toString());
            }
            return event.date().isBefore(session.comingMonth()) ? texts.get("live.state.acting")
                    : texts.get("live.state.toCome");
        }
    }
}

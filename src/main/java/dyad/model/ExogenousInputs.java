package dyad.model;

import dyad.scenario.AgentSpec;
import dyad.scenario.EffectSpec;
import dyad.scenario.EventKind;
import dyad.scenario.EventSpec;
import dyad.scenario.IssueArea;
import dyad.scenario.MonthlySeries;
import dyad.scenario.Perception;
import dyad.scenario.Scenario;
import java.util.List;

/**
 * Everything an agent perceives that does not depend on the agents' own choices, month by month: the
 * event-driven perceptions, strength from capability and oil revenue, the room to resist that strength
 * gives, and how strong the other side looks; the perceptions include what linked data series add
 * ({@code agents.<id>.perceptions}). Computed once per scenario and shared by all replications.
 * Marker events are skipped here: they never reach the agents. The scenario's dated changes enter here too:
 * an agent's parameters from the month they are set, a driver's effects up to the month they end. Serialisable, for a simulation's checkpoints.
 */
public final class ExogenousInputs implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final int months;
    /** By agent, issue area, perception and month. */
    private final double[][][][] perception;
    private final double[][] strength;
    private final double[][] room;
    private final double[][] otherStrength;
    private final int[] areaChoices;

    private ExogenousInputs(int months, double[][][][] perception, double[][] strength, double[][] room,
                            double[][] otherStrength, int[] areaChoices) {
        this.months = months;
        this.areaChoices = areaChoices;
        this.perception = perception;
        this.strength = strength;
        this.room = room;
        this.otherStrength = otherStrength;
    }

    public static ExogenousInputs of(Scenario scenario) {
        return of(scenario, new DecayProfiles(scenario.months()));
    }

    /** @param decay shared by the scenarios of a sweep, which differ in a few numbers only */
    public static ExogenousInputs of(Scenario scenario, DecayProfiles decay) {
        int months = scenario.months();
        List<AgentSpec> agents = scenario.agents();
        List<IssueArea> areas = scenario.agenda();
        int n = agents.size();
        double[][][][] perception = new double[n][areas.size()][Perception.values().length][months];
        for (EventSpec event : scenario.events()) {
            if (event.kind() != EventKind.DRIVER) {
                continue;
            }
            int first = scenario.monthIndex(event.date());
            int until = scenario.eventEnd(event.id());
            for (EffectSpec effect : event.effects()) {
                int a = scenario.agentIndex(effect.agentId());
                // an agent's exposure in an area is as it is when the event strikes
                AgentSpec struck = scenario.agentsAt(first).get(a);
                for (int k = 0; k < areas.size(); k++) {
                    if (effect.actsOn(areas.get(k).id())) {
                        double exposure = struck.areaExposure(areas.get(k).id(), effect.perceives());
                        decay.addTo(perception[a][k][effect.perceives().ordinal()], effect, first, until, exposure);
                    }
                }
            }
        }
        addStandingLevels(scenario, perception);
        addSeriesTerms(scenario, perception);
        double[] oil = scenario.oilPrice().map(MonthlySeries::toArray).orElse(new double[months]);
        double[][] strength = new double[n][months];
        double[][] room = new double[n][months];
        boolean relative = scenario.dynamics().strengthRelativeToStart();
        for (int a = 0; a < n; a++) {
            double felt = 0;
            AgentSpec previous = null;
            double smoothing = 0;
            for (int m = 0; m < months; m++) {
                // a dated change of the agent's parameters is felt from its month, through the same formulas
                AgentSpec agent = scenario.agentsAt(m).get(a);
                if (agent != previous) {
                    smoothing = Smoothing.weightPerMonth(agent.strengthHalfLife());
                    previous = agent;
                }
                double capability = relative ? agent.capability().get(m) / agent.capability().get(0)
                        : agent.capability().get(m);
                double raw = StrengthRule.strength(capability, agent.oilDependence(),
                        oil[m] / scenario.referenceOilPrice());
                felt = m == 0 ? raw : felt + smoothing * (raw - felt);
                strength[a][m] = felt;
                room[a][m] = StrengthRule.room(felt, agent.roomMidpoint());
            }
        }
        // containment answers the other's strength, or (when the scenario says so) its room to resist: bounded
        // and free of the series' units
        double[][] challenge = scenario.dynamics().containmentReadsRoom() ? room : strength;
        double[][] otherStrength = new double[n][months];
        for (int a = 0; a < n; a++) {
            for (int m = 0; m < months; m++) {
                double sum = 0;
                for (int b = 0; b < n; b++) {
                    if (b != a) {
                        sum += challenge[b][m];
                    }
                }
                otherStrength[a][m] = sum / (n - 1);
            }
        }
        return new ExogenousInputs(months, perception, strength, room, otherStrength,
                areas.stream().mapToInt(IssueArea::choices).toArray());
    }

    /**
     * Adds each agent's standing perceptions by area, as they are in each month after its dated changes. Only
     * levels a scenario writes are added, so a scenario without areas keeps its perceptions to the bit.
     */
    private static void addStandingLevels(Scenario scenario, double[][][][] perception) {
        if (!scenario.hasAreas()) {
            return;
        }
        List<IssueArea> areas = scenario.agenda();
        for (int m = 0; m < scenario.months(); m++) {
            List<AgentSpec> agents = scenario.agentsAt(m);
            for (int a = 0; a < agents.size(); a++) {
                for (int k = 0; k < areas.size(); k++) {
                    for (Perception channel : Perception.values()) {
                        double level = agents.get(a).areaLevel(areas.get(k).id(), channel);
                        if (level != 0) {
                            perception[a][k][channel.ordinal()][m] += level;
                        }
                    }
                }
            }
        }
    }

    /**
     * Adds what each agent's linked series add to its perceptions, month by month, as its links are in each month
     * after its dated changes. Exposure does not multiply them: it is how much events count in an area, and a
     * link names its area and its scale itself. An agent whose perceptions read no series is left to the bit.
     */
    private static void addSeriesTerms(Scenario scenario, double[][][][] perception) {
        boolean anyLink = scenario.agents().stream().anyMatch(AgentSpec::readsSeries) || scenario.changes().stages()
                .stream().anyMatch(stage -> stage.agents().stream().anyMatch(AgentSpec::readsSeries));
        if (!anyLink) {
            return;
        }
        List<IssueArea> areas = scenario.agenda();
        for (int m = 0; m < scenario.months(); m++) {
            List<AgentSpec> agents = scenario.agentsAt(m);
            for (int a = 0; a < agents.size(); a++) {
                AgentSpec agent = agents.get(a);
                if (!agent.readsSeries()) {
                    continue;
                }
                for (int k = 0; k < areas.size(); k++) {
                    for (Perception channel : Perception.values()) {
                        perception[a][k][channel.ordinal()][m] += agent.seriesTerm(areas.get(k).id(), channel, m);
                    }
                }
            }
        }
    }

    public int months() {
        return months;
    }

    /** The agent's perception on the agenda as a whole: in its one area, or the mean over areas by their choices. */
    public double perception(int agent, Perception channel, int month) {
        double[][][] byArea = perception[agent];
        if (byArea.length == 1) {
            return byArea[0][channel.ordinal()][month];
        }
        double sum = 0;
        int choices = 0;
        for (int k = 0; k < byArea.length; k++) {
            sum += areaChoices[k] * byArea[k][channel.ordinal()][month];
            choices += areaChoices[k];
        }
        return sum / choices;
    }

    /** The agent's perception on {@code channel} in the issue area {@code area} (its position in the agenda). */
    public double perception(int agent, int area, Perception channel, int month) {
        return perception[agent][area][channel.ordinal()][month];
    }

    /** The number of issue areas (1 for a scenario that declares none). */
    public int areas() {
        return areaChoices.length;
    }

    public double strength(int agent, int month) {
        return strength[agent][month];
    }

    public double room(int agent, int month) {
        return room[agent][month];
    }

    /**
     * What containment answers: the mean strength of the other agents, each on its own scale (1 = its reference
     * level), or their mean room to resist when the scenario's dynamics say so.
     */
    public double otherStrength(int agent, int month) {
        return otherStrength[agent][month];
    }
}

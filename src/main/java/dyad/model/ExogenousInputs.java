package dyad.model;

import dyad.scenario.AgentSpec;
import dyad.scenario.EffectSpec;
import dyad.scenario.EventKind;
import dyad.scenario.EventSpec;
import dyad.scenario.MonthlySeries;
import dyad.scenario.Perception;
import dyad.scenario.Scenario;
import java.util.List;

/**
 * Everything an agent perceives that does not depend on the agents' own choices, month by month: the
 * event-driven perceptions, strength from capability and oil revenue, the room to resist that strength
 * gives, and how strong the other side looks. Computed once per scenario and shared by all replications.
 * Marker events are skipped here: they never reach the agents. The scenario's dated changes enter here too:
 * an agent's parameters from the month they are set, a driver's effects up to the month they end. Serialisable, for a simulation's checkpoints.
 */
public final class ExogenousInputs implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final int months;
    private final double[][][] perception;
    private final double[][] strength;
    private final double[][] room;
    private final double[][] otherStrength;

    private ExogenousInputs(int months, double[][][] perception, double[][] strength, double[][] room,
                            double[][] otherStrength) {
        this.months = months;
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
        int n = agents.size();
        double[][][] perception = new double[n][Perception.values().length][months];
        for (EventSpec event : scenario.events()) {
            if (event.kind() != EventKind.DRIVER) {
                continue;
            }
            int first = scenario.monthIndex(event.date());
            int until = scenario.eventEnd(event.id());
            for (EffectSpec effect : event.effects()) {
                decay.addTo(perception[scenario.agentIndex(effect.agentId())][effect.perceives().ordinal()], effect,
                        first, until);
            }
        }
        double[] oil = scenario.oilPrice().map(MonthlySeries::toArray).orElse(new double[months]);
        double[][] strength = new double[n][months];
        double[][] room = new double[n][months];
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
                double raw = StrengthRule.strength(agent.capability().get(m), agent.oilDependence(),
                        oil[m] / scenario.referenceOilPrice());
                felt = m == 0 ? raw : felt + smoothing * (raw - felt);
                strength[a][m] = felt;
                room[a][m] = StrengthRule.room(felt, agent.roomMidpoint());
            }
        }
        double[][] otherStrength = new double[n][months];
        for (int a = 0; a < n; a++) {
            for (int m = 0; m < months; m++) {
                double sum = 0;
                for (int b = 0; b < n; b++) {
                    if (b != a) {
                        sum += strength[b][m];
                    }
                }
                otherStrength[a][m] = sum / (n - 1);
            }
        }
        return new ExogenousInputs(months, perception, strength, room, otherStrength);
    }

    public int months() {
        return months;
    }

    public double perception(int agent, Perception channel, int month) {
        return perception[agent][channel.ordinal()][month];
    }

    public double strength(int agent, int month) {
        return strength[agent][month];
    }

    public double room(int agent, int month) {
        return room[agent][month];
    }

    /** Mean strength of the other agents, each on its own scale (1 = its reference level). */
    public double otherStrength(int agent, int month) {
        return otherStrength[agent][month];
    }
}

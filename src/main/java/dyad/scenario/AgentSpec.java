package dyad.scenario;

import java.util.Map;
import java.util.Optional;

/**
 * A state agent's parameters.
 *
 * @param capability            the agent's economic capability index for every month of the period
 *                              (1 = its reference level), from a series or a constant
 * @param capabilitySeries      the id of the series the capability is read from; empty for a constant
 * @param oilDependence         share of the agent's strength that moves with the oil price, 0..1
 * @param roomMidpoint          strength at which the agent's room to resist is one half
 * @param strengthHalfLife      months for a change in strength to be half felt
 * @param memoryHalfLife        months over which the other side's recent moves are remembered
 * @param grievanceHalfLife     months over which resistance met from the other side is remembered
 * @param initialTrust          memory of the other's moves at the start, -1 (all resisted) to 1
 * @param initialGrievance      grievance at the start, 0 to 1
 * @param weights               the weight of each rule of the model, by the rule's key
 * @param forgiveness           the share of the other side's resistance that the agent leaves unanswered in
 *                              its reciprocity, 0 (answers all of it) to 1 (answers only cooperation)
 * @param areas                 by issue area id, how the agent sees that area apart from events: standing
 *                              perceptions and exposure to events there (absent: none, and exposure 1), and
 *                              the series its perceptions read there
 * @param links                 by perception, the series it reads in every area (see {@link SeriesLink})
 */
public record AgentSpec(String id, Text name, MonthlySeries capability, Optional<String> capabilitySeries,
                        double oilDependence, double roomMidpoint, double strengthHalfLife, double memoryHalfLife,
                        double grievanceHalfLife, double initialTrust, double initialGrievance,
                        Weights weights, double forgiveness, Map<String, AgentArea> areas,
                        Map<Perception, SeriesLink> links) {

    /** An agent whose perceptions read no series in every area at once. */
    public AgentSpec(String id, Text name, MonthlySeries capability, Optional<String> capabilitySeries,
                     double oilDependence, double roomMidpoint, double strengthHalfLife, double memoryHalfLife,
                     double grievanceHalfLife, double initialTrust, double initialGrievance, Weights weights,
                     double forgiveness, Map<String, AgentArea> areas) {
        this(id, name, capability, capabilitySeries, oilDependence, roomMidpoint, strengthHalfLife, memoryHalfLife,
                grievanceHalfLife, initialTrust, initialGrievance, weights, forgiveness, areas, Map.of());
    }

    /** An agent that answers all resistance and sees every area alike. */
    public AgentSpec(String id, Text name, MonthlySeries capability, Optional<String> capabilitySeries,
                     double oilDependence, double roomMidpoint, double strengthHalfLife, double memoryHalfLife,
                     double grievanceHalfLife, double initialTrust, double initialGrievance, Weights weights) {
        this(id, name, capability, capabilitySeries, oilDependence, roomMidpoint, strengthHalfLife, memoryHalfLife,
                grievanceHalfLife, initialTrust, initialGrievance, weights, 0, Map.of());
    }

    public AgentSpec {
        java.util.Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(capability, "capability");
        java.util.Objects.requireNonNull(weights, "weights");
        if (!(forgiveness >= 0 && forgiveness <= 1)) {
            throw new IllegalArgumentException("Agent " + id + ": forgiveness " + forgiveness);
        }
        areas = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(areas));
        java.util.EnumMap<Perception, SeriesLink> everywhere = new java.util.EnumMap<>(Perception.class);
        everywhere.putAll(links);
        links = java.util.Collections.unmodifiableMap(everywhere);
        if (!(oilDependence >= 0 && oilDependence <= 1) || !(roomMidpoint > 0) || !(initialTrust >= -1
                && initialTrust <= 1) || !(initialGrievance >= 0 && initialGrievance <= 1)) {
            throw new IllegalArgumentException("Agent " + id + ": oil dependence " + oilDependence + ", room midpoint "
                    + roomMidpoint + ", initial trust " + initialTrust + ", initial grievance " + initialGrievance);
        }
    }

    /** The agent's standing perception on {@code channel} in the area {@code areaId}: 0 unless written. */
    public double areaLevel(String areaId, Perception channel) {
        return areas.getOrDefault(areaId, AgentArea.NONE).level(channel);
    }

    /** The factor by which events' effects on {@code channel} count in the area {@code areaId}: 1 unless written. */
    public double areaExposure(String areaId, Perception channel) {
        return areas.getOrDefault(areaId, AgentArea.NONE).exposure(channel);
    }

    /** The same agent under another name: the model reads nothing of a name. */
    public AgentSpec withName(Text newName) {
        return new AgentSpec(id, newName, capability, capabilitySeries, oilDependence, roomMidpoint, strengthHalfLife,
                memoryHalfLife, grievanceHalfLife, initialTrust, initialGrievance, weights, forgiveness, areas, links);
    }

    /** Whether any of the agent's perceptions reads a series, in every area or in one. */
    public boolean readsSeries() {
        return !links.isEmpty() || areas.values().stream().anyMatch(area -> !area.links().isEmpty());
    }

    /** The ids of the series the agent's perceptions read, in every area or in one. */
    public java.util.Set<String> linkedSeries() {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        links.values().forEach(link -> ids.add(link.series()));
        areas.values().forEach(area -> area.links().values().forEach(link -> ids.add(link.series())));
        return ids;
    }

    /**
     * What the series linked to {@code channel} add to it in the area {@code areaId} in month {@code month}: the
     * link written for every area plus the area's own, 0 when neither is written.
     */
    public double seriesTerm(String areaId, Perception channel, int month) {
        double term = 0;
        SeriesLink everywhere = links.get(channel);
        if (everywhere != null) {
            term += everywhere.term().get(month);
        }
        SeriesLink here = areas.getOrDefault(areaId, AgentArea.NONE).links().get(channel);
        if (here != null) {
            term += here.term().get(month);
        }
        return term;
    }
}

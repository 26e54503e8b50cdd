package dyad.analysis.futures;

import dyad.scenario.ResolvedScenario;
import dyad.scenario.ScenarioOverrides;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the futures of a futures file. Future n draws, from its own generator, every series path in the file's
 * order and then every process' events in the file's order, whatever the levers say: a process switched off
 * by a lever is drawn and then left out, so that the other draws of the future stay the same under every lever
 * setting and the settings are compared on the same futures.
 */
public final class FutureDrawing {

    private FutureDrawing() {
    }

    /** Future {@code n} (counted from 1) under {@code setting}. */
    public static Future draw(FuturesFile file, int n, LeverSetting setting) {
        if (n < 1 || n > file.futures()) {
            throw new IllegalArgumentException("the file draws futures 1 to " + file.futures() + ", not " + n);
        }
        MersenneTwisterFast generator = FutureGenerators.forFuture(file.seed(), n);
        int months = file.horizon().months();
        Map<String, double[]> paths = new LinkedHashMap<>();
        for (SeriesUncertainty series : file.series()) {
            paths.put(series.id(), series.fitted().draw(generator, months));
        }
        List<DrawnEvent> events = new ArrayList<>();
        for (EventUncertainty process : file.events()) {
            List<DrawnEvent> drawn = process.process().draw(generator, file.horizon().first(), file.horizon().last());
            if (setting.keeps(process.name(), file.levers())) {
                events.addAll(drawn);
            }
        }
        return new Future(file.name() + "-future-" + n + setting.suffix(), paths, events);
    }

    /**
     * Future {@code n} under {@code setting} as a scenario file that {@code dyad run} replays: the base with the
     * file's replications and the base's seed, and the setting's parameters from the horizon's first month on
     * (the base period is the same under every setting).
     */
    public static String scenario(FuturesFile file, int n, LeverSetting setting) {
        return scenario(file, base(file), n, setting);
    }

    /** The base scenario every future carries on, resolved, with the file's replications. */
    public static ResolvedScenario base(FuturesFile file) {
        return ResolvedScenario.of(file.baseFile(), ScenarioOverrides.NONE.withReplications(file.replications()));
    }

    /** As {@link #scenario(FuturesFile, int, LeverSetting)}, on a base resolved once for many futures. */
    public static String scenario(FuturesFile file, ResolvedScenario base, int n, LeverSetting setting) {
        return FutureScenario.yaml(base, file.horizon(), draw(file, n, setting), setting.parameters(file.levers()));
    }
}

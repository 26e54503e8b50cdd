package dyad.analysis;

import dyad.batch.SweepSpec;
import dyad.scenario.Location;
import dyad.scenario.ResolvedScenario;
import dyad.scenario.YamlValue;

/**
 * An analysis file as its results folder keeps it: as written, but with {@code scenario} naming the resolved
 * scenario kept beside it and its seed and replications written out, so that the folder alone repeats it.
 */
public final class ResolvedAnalysisFile {

    private ResolvedAnalysisFile() {
    }

    public static YamlValue.Mapping of(YamlValue.Mapping source, SweepSpec sweep) {
        Location at = source.location();
        return source.with("scenario", new YamlValue.Scalar(ResolvedScenario.FILE, "str", at))
                .with("seed", new YamlValue.Scalar(Long.toString(sweep.seed()), "int", at))
                .with("replications", new YamlValue.Scalar(Integer.toString(sweep.replications()), "int", at));
    }
}

package dyad.model;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/** The one way Dyad takes percentiles across replications, so that every table and chart agrees. */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * Commons Math's percentile with R's default estimate (type 7, linear between order statistics), which
     * users check against R, NumPy and spreadsheets; a new one for each thread, as it keeps its data.
     */
    public static Percentile create() {
        return new Percentile().withEstimationType(EstimationType.R_7);
    }
}

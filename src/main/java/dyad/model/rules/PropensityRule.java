package dyad.model.rules;

/**
 * One term of an agent's propensity to cooperate, on the log-odds scale: positive pushes towards
 * cooperation, negative towards resistance. Each implementation cites the paper's claims it encodes.
 */
@FunctionalInterface
public interface PropensityRule {

    double logOddsTerm(Situation situation);
}

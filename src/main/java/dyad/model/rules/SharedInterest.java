package dyad.model.rules;

/**
 * Shared interests pull both sides together: the war on terror as the "glue" of the great powers (C8,
 * C18), aid (§3.1), and the common ground that keeps a breakdown unlikely (C19).
 */
public final class SharedInterest implements PropensityRule {

    @Override
    public double logOddsTerm(Situation s) {
        return s.weights().sharedInterest() * s.sharedInterest();
    }
}

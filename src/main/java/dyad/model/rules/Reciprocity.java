package dyad.model.rules;

/**
 * Each side answers the other's recent moves: one side's orientation often shapes the other's (§3.4), and
 * Russia's resistance deepened US suspicion (C12). A large weight makes an agent a responder; a small one
 * lets it take the initiative ("the US attacks, Russia defends", §3.4).
 */
public final class Reciprocity implements PropensityRule {

    @Override
    public double logOddsTerm(Situation s) {
        return s.weights().reciprocity() * s.trust();
    }
}

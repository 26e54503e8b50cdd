package dyad.model.rules;

import java.util.List;

/**
 * Each side answers the other's recent moves: one side's orientation often shapes the other's (§3.4), and
 * Russia's resistance deepened US suspicion (C12). A large weight makes an agent a responder; a small one
 * lets it take the initiative ("the US attacks, Russia defends", §3.4).
 */
public final class Reciprocity extends Rule {

    private static final long serialVersionUID = 1L;

    @Override
    public String key() {
        return "reciprocity";
    }

    @Override
    public List<String> claims() {
        return List.of("§3.4", "C12");
    }

    @Override
    public String documentation() {
        return "Each side answers the other's recent moves: a large weight makes a responder, a small one an initiator.";
    }

    /**
     * Resistance met is answered in part only, by the agent's forgiveness: generous reciprocity, which keeps
     * channels open (C17) and lets a side under a harsher squeeze see that some compromise is needed (C12), so
     * that noise cannot lock two reciprocating sides into resisting each other for ever.
     */
    @Override
    public double term(double weight, Situation s) {
        double trust = s.trust();
        return weight * (trust < 0 ? trust * (1 - s.forgiveness()) : trust);
    }
}

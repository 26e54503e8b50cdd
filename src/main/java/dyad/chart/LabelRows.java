package dyad.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Places horizontal labels in rows above their anchors, row 0 nearest the plot: each label's text starts
 * just right of its anchor, or ends just left of it where that saves rows or the right has no room; no two
 * texts overlap, and no text is crossed by the leader line that rises from another anchor to its own row.
 *
 * <p>A text that covers another label's anchor must sit above that label. For given sides, the labels are
 * stacked in an order that respects this, each in the lowest row it fits; sides are then flipped one at a
 * time while that avoids a crossing (two texts that cover each other's anchors), saves a row or puts a text
 * back right of its anchor. All texts on one side never cross, so starting from there finds a clean layout
 * except where the plot edges force texts towards each other. The stacks tried are bounded in number, and
 * in the labels and covered anchors they handle in all.
 */
final class LabelRows {

    /** A label to place: the x of its leader line and the width of its text. */
    record Label(double anchor, double width) {
    }

    /** A placed label: the x range of its text and its row. */
    record Placement(double anchor, double left, double right, int row) {
    }

    /** Stacks to try at most, from both starts, which bounds the time for many labels. */
    private static final int MAX_STACKS = 4000;
    /**
     * Labels and covered anchors to handle at most over all stacks tried, since a stack takes time in
     * proportion to them: a bound on the time for many labels over a short stretch of axis.
     */
    private static final long MAX_WORK = 4_000_000;

    private final List<List<Placement>> options = new ArrayList<>();
    private int stacks;
    private long work;

    private LabelRows(List<Label> labels, double gap, double minX, double maxX) {
        for (Label label : labels) {
            List<Placement> sides = new ArrayList<>();
            double a = label.anchor();
            double w = label.width();
            if (a + gap + w <= maxX) {
                sides.add(new Placement(a, a + gap, a + gap + w, 0));
            }
            if (a - gap - w >= minX) {
                sides.add(new Placement(a, a - gap - w, a - gap, 0));
            }
            if (sides.isEmpty()) {
                sides.add(new Placement(a, a + gap, a + gap + w, 0));
            }
            options.add(sides);
        }
    }

    /** The placement of each label, in the order given. */
    static List<Placement> place(List<Label> labels, double gap, double minX, double maxX) {
        return new LabelRows(labels, gap, minX, maxX).best();
    }

    /** Climbs from texts right of their anchors where there is room, and from texts left where there is. */
    private List<Placement> best() {
        int[] rightwards = new int[options.size()];
        int[] leftwards = new int[options.size()];
        for (int k = 0; k < options.size(); k++) {
            leftwards[k] = options.get(k).size() - 1;
        }
        LabelStack fromRight = climb(rightwards);
        LabelStack fromLeft = climb(leftwards);
        return (fromLeft.isBetterThan(fromRight) ? fromLeft : fromRight).placements();
    }

    /** Flips the sides of one label, or else of two, at a time while that gives a better stack. */
    private LabelStack climb(int[] sides) {
        List<Integer> flippable = new ArrayList<>();
        for (int k = 0; k < sides.length; k++) {
            if (options.get(k).size() == 2) {
                flippable.add(k);
            }
        }
        LabelStack best = stack(sides);
        while (mayTryMore()) {
            LabelStack better = betterFlip(sides, flippable, best, false);
            if (better == null) {
                better = betterFlip(sides, flippable, best, true);
            }
            if (better == null) {
                break;
            }
            best = better;
        }
        return best;
    }

    /** The first flip (of one label, or of two) that betters the stack, leaving it in sides; or null. */
    private LabelStack betterFlip(int[] sides, List<Integer> flippable, LabelStack best, boolean pairs) {
        for (int i = 0; i < flippable.size(); i++) {
            for (int j = pairs ? i + 1 : i; j < (pairs ? flippable.size() : i + 1) && mayTryMore(); j++) {
                flip(sides, flippable.get(i), flippable.get(j));
                LabelStack flipped = stack(sides);
                if (flipped.isBetterThan(best)) {
                    return flipped;
                }
                flip(sides, flippable.get(i), flippable.get(j));
            }
        }
        return null;
    }

    private static void flip(int[] sides, int a, int b) {
        sides[a] = 1 - sides[a];
        if (b != a) {
            sides[b] = 1 - sides[b];
        }
    }

    private boolean mayTryMore() {
        return stacks < MAX_STACKS && work < MAX_WORK;
    }

    private LabelStack stack(int[] sides) {
        List<Placement> spans = new ArrayList<>();
        for (int k = 0; k < sides.length; k++) {
            spans.add(options.get(k).get(sides[k]));
        }
        LabelCovers covers = new LabelCovers(spans);
        stacks++;
        work += spans.size() + covers.pairs();
        return LabelStack.of(covers);
    }
}

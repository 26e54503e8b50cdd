package dyad.analysis.futures;

import dyad.scenario.Perception;
import ec.util.MersenneTwisterFast;
import java.util.List;

/** Where a drawn event's size and duration come from. */
public sealed interface ShapeSource permits ShapeSource.Listed, ShapeSource.Range {

    EventShape draw(MersenneTwisterFast generator);

    /**
     * One of the listed shapes, each as likely: given by hand, or the empirical distribution of a scenario's
     * own drivers (see {@link DriverHistory}).
     */
    record Listed(List<EventShape> shapes) implements ShapeSource {

        public Listed {
            shapes = List.copyOf(shapes);
            if (shapes.isEmpty()) {
                throw new IllegalArgumentException("a list of event sizes needs at least one");
            }
        }

        @Override
        public EventShape draw(MersenneTwisterFast generator) {
            return shapes.get(generator.nextInt(shapes.size()));
        }
    }

    /**
     * One effect on {@code perceives}, its change uniform in [lowChange, highChange] and its hold a whole number
     * of months uniform in [lowHoldMonths, highHoldMonths]; it then fades with {@code halfLifeMonths}.
     */
    record Range(Perception perceives, double lowChange, double highChange, int lowHoldMonths, int highHoldMonths,
                 double halfLifeMonths, List<String> areas) implements ShapeSource {

        public Range {
            areas = List.copyOf(areas);
            if (!(lowChange <= highChange) || !Double.isFinite(lowChange) || !Double.isFinite(highChange)) {
                throw new IllegalArgumentException("a range of changes needs low <= high; got [" + lowChange + ", "
                        + highChange + "]");
            }
            if (lowHoldMonths < 0 || lowHoldMonths > highHoldMonths) {
                throw new IllegalArgumentException("a range of hold months needs 0 <= low <= high; got ["
                        + lowHoldMonths + ", " + highHoldMonths + "]");
            }
        }

        @Override
        public EventShape draw(MersenneTwisterFast generator) {
            double change = lowChange + (highChange - lowChange) * generator.nextDouble();
            int hold = lowHoldMonths + generator.nextInt(highHoldMonths - lowHoldMonths + 1);
            return EventShape.of(new EffectShape(perceives, change, hold, halfLifeMonths, areas));
        }
    }
}

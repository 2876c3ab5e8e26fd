package org.headwater.detect.ami;

/**
 * The customer's own daily use: exponentially weighted means kept apart for weekdays and weekends
 * (weekday aware) that follow the seasons because recent weeks weigh most (season aware). Days that
 * are already judged abnormal enter capped, so a leak does not teach the baseline that it is normal.
 */
public final class UseBaseline {

    /** Weight of the newest day: a weekday mean remembers about two weeks of weekdays, a weekend mean about five weekends. */
    static final double WEIGHT = 0.15;

    double weekdayMean;
    double weekendMean;
    int weekdays;
    int weekendDays;

    public int days() {
        return weekdays + weekendDays;
    }

    /** The expected use of a day like {@code day}, or the other day type's mean while this one has no history. */
    public double expected(UseDay day) {
        if (day.weekend()) {
            return weekendDays > 0 ? weekendMean : weekdayMean;
        }
        return weekdays > 0 ? weekdayMean : weekendMean;
    }

    /** Both day types weighted 5:2, the usual daily use. */
    public double typical() {
        if (weekdays == 0 || weekendDays == 0) {
            return weekdays > 0 ? weekdayMean : weekendMean;
        }
        return (5 * weekdayMean + 2 * weekendMean) / 7;
    }

    void learn(UseDay day, double capLitres) {
        double litres = Math.min(Math.max(0, day.netLitres()), capLitres);
        if (day.weekend()) {
            weekendMean = weekendDays == 0 ? litres : weekendMean + WEIGHT * (litres - weekendMean);
            weekendDays++;
        } else {
            weekdayMean = weekdays == 0 ? litres : weekdayMean + WEIGHT * (litres - weekdayMean);
            weekdays++;
        }
    }
}

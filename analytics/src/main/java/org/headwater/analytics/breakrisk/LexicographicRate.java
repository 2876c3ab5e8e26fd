package org.headwater.analytics.breakrisk;

/**
 * The lookup's order kept, its ties broken by a model: every pipe keeps its lookup class rate, and
 * within a class the model's rate per km orders the pipes. The lookup gives each pipe of a class the
 * same rate per km whatever its own record, so which pipes of the class at the budget's edge are
 * inspected is otherwise arbitrary.
 */
final class LexicographicRate implements RateModel {

    /** Small enough never to move a pipe across lookup classes, large enough to survive float priorities. */
    private static final double TIE_BREAK = 1e-4;

    private final String name;
    private final RateModel primary;
    private final RateModel tieBreak;

    LexicographicRate(String name, RateModel primary, RateModel tieBreak) {
        this.name = name;
        this.primary = primary;
        this.tieBreak = tieBreak;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double[] expectedBreaks(FittingData data) {
        double[] first = primary.expectedBreaks(data);
        double[] percentile = RankBlendRate.percentiles(data, tieBreak.expectedBreaks(data));
        double[] expected = new double[first.length];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = first[i] * (1 + TIE_BREAK * percentile[i]);
        }
        return expected;
    }
}

package org.headwater.analytics.breakrisk;

/**
 * A break-rate model: from the data as of a date, the expected number of main breaks in the next
 * year on each pipe in service ({@link FittingData#inService}, same order). Ranking divides it by
 * the pipe's length, since the inspection budget is a length.
 */
interface RateModel {

    String name();

    double[] expectedBreaks(FittingData data);
}

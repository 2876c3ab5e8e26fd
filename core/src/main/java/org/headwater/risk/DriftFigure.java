package org.headwater.risk;

/**
 * The population stability index of one model input (or of the scores) between the previous run
 * and this one.
 *
 * @param name the input, in words ("age years", "scores")
 * @param index the population stability index
 * @param drifted whether the index passes the threshold at which the shift needs a look
 */
public record DriftFigure(String name, double index, boolean drifted) {}

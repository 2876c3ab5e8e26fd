package org.headwater.alert;

/**
 * How many stored alerts have one type and one lifecycle state: a cell of the overview's alert
 * distribution (EPA figure 5-1).
 *
 * @param type the alert type
 * @param state the lifecycle state
 * @param count how many alerts, at least 1 in a listed count
 */
public record AlertCount(AlertType type, AlertState state, long count) {}

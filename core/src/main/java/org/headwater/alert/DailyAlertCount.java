package org.headwater.alert;

import java.time.LocalDate;

/**
 * How many alerts of one type were raised on one UTC day: a bar of the overview's daily panels (EPA
 * figure 5-1).
 *
 * @param day the UTC day of the alerts' event time
 * @param type the alert type
 * @param count how many alerts, at least 1 in a listed count
 */
public record DailyAlertCount(LocalDate day, AlertType type, long count) {}

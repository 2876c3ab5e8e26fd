package org.headwater.notify;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.headwater.alert.AlertType;
import org.headwater.alert.Severity;

/**
 * Which channels an alert goes out on: every condition left empty matches anything.
 *
 * @param name for error messages and the documentation
 * @param types alert types the rule covers
 * @param minSeverity the least severity it covers
 * @param zones pressure zones or DMAs it covers
 * @param periods parts of the week it covers
 * @param channels the channels it sends on
 */
public record RoutingRule(
        String name,
        Set<AlertType> types,
        Severity minSeverity,
        Set<String> zones,
        Set<Period> periods,
        List<Channel> channels) {

    public RoutingRule {
        Objects.requireNonNull(minSeverity, "minSeverity");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("routing rule name must not be blank");
        }
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("routing rule " + name + ": channels must not be empty");
        }
        types = types.isEmpty() ? EnumSet.noneOf(AlertType.class) : EnumSet.copyOf(types);
        zones = Set.copyOf(zones);
        periods = periods.isEmpty() ? EnumSet.noneOf(Period.class) : EnumSet.copyOf(periods);
        channels = List.copyOf(channels);
    }

    public boolean matches(AlertSummary alert, Period period) {
        return (types.isEmpty() || types.contains(alert.type()))
                && alert.severity().compareTo(minSeverity) >= 0
                && (zones.isEmpty() || (alert.zoneId() != null && zones.contains(alert.zoneId())))
                && (periods.isEmpty() || periods.contains(period));
    }
}

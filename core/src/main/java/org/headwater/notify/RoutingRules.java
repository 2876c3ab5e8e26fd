package org.headwater.notify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** All routing rules together: an alert goes out on the channels of every rule it matches. */
public record RoutingRules(List<RoutingRule> rules) {

    public RoutingRules {
        rules = List.copyOf(rules);
    }

    /** The channels for this alert in this period, in rule order; empty means nobody is notified. */
    public Set<Channel> channelsFor(AlertSummary alert, Period period) {
        Set<Channel> channels = new LinkedHashSet<>();
        for (RoutingRule rule : rules) {
            if (rule.matches(alert, period)) {
                channels.addAll(rule.channels());
            }
        }
        return channels;
    }
}

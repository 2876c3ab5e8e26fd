package org.headwater.notify;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.headwater.alert.AlertType;

/**
 * The escalation chain for each alert type and part of the week, with a default for types that
 * have none. Table 6-3: the AMI manager first, the control-center operator after hours or when the
 * AMI manager does not acknowledge.
 */
public final class EscalationPolicy {

    private final Map<Period, EscalationChain> defaults;
    private final Map<AlertType, Map<Period, EscalationChain>> byType;

    public EscalationPolicy(
            Map<Period, EscalationChain> defaults, Map<AlertType, Map<Period, EscalationChain>> byType) {
        for (Period period : Period.values()) {
            if (!defaults.containsKey(period)) {
                throw new IllegalArgumentException("escalation default chain missing for " + period);
            }
        }
        this.defaults = new EnumMap<>(defaults);
        this.byType = new EnumMap<>(AlertType.class);
        byType.forEach((type, chains) -> this.byType.put(type, new EnumMap<>(chains)));
    }

    /** The chain for alert types that have none of their own, and for pages that are not about an alert. */
    public EscalationChain defaultChain(Period period) {
        return defaults.get(period);
    }

    public EscalationChain chainFor(AlertType type, Period period) {
        Objects.requireNonNull(type, "type");
        EscalationChain chain = byType.getOrDefault(type, Map.of()).get(period);
        return chain != null ? chain : defaults.get(period);
    }
}

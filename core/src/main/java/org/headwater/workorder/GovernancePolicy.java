package org.headwater.workorder;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The governance level of each type of work. Types not named are {@link GovernanceLevel#ASSISTED}. The automatic
 * level is refused for any type not in the low-risk list, and the low-risk list may only hold types that send no
 * one to touch the network: re-read requests and customer notices.
 *
 * @param levels the configured level per type
 * @param lowRisk the types the utility allows to go automatically
 */
public record GovernancePolicy(Map<WorkOrderType, GovernanceLevel> levels, Set<WorkOrderType> lowRisk) {

    /** Types that can never be low-risk: each sends a crew to the network or a meter. */
    public static final Set<WorkOrderType> NEVER_AUTOMATIC = Collections.unmodifiableSet(EnumSet.of(
            WorkOrderType.INSPECTION,
            WorkOrderType.REPAIR,
            WorkOrderType.METER_CHECK,
            WorkOrderType.METER_REPLACEMENT,
            WorkOrderType.LEAK_SURVEY,
            WorkOrderType.FLUSHING));

    public GovernancePolicy {
        levels = Collections.unmodifiableMap(
                levels.isEmpty() ? new EnumMap<>(WorkOrderType.class) : new EnumMap<>(levels));
        lowRisk = Collections.unmodifiableSet(
                lowRisk.isEmpty() ? EnumSet.noneOf(WorkOrderType.class) : EnumSet.copyOf(lowRisk));
        for (WorkOrderType type : lowRisk) {
            if (NEVER_AUTOMATIC.contains(type)) {
                throw new IllegalArgumentException(
                        "low-risk: " + type + " sends a crew to the network and cannot be listed as low-risk");
            }
        }
        for (Map.Entry<WorkOrderType, GovernanceLevel> level : levels.entrySet()) {
            if (level.getValue() == GovernanceLevel.AUTOMATIC && !lowRisk.contains(level.getKey())) {
                throw new IllegalArgumentException("levels." + level.getKey() + ": AUTOMATIC is allowed only for types "
                        + "listed as low-risk " + lowRisk);
            }
        }
    }

    /** Every type assisted; re-read requests and customer notices listed as low-risk but still assisted. */
    public static GovernancePolicy assistedEverywhere() {
        return new GovernancePolicy(Map.of(), EnumSet.of(WorkOrderType.METER_REREAD, WorkOrderType.CUSTOMER_CONTACT));
    }

    public GovernanceLevel levelOf(WorkOrderType type) {
        return levels.getOrDefault(type, GovernanceLevel.ASSISTED);
    }
}

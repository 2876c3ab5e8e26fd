package org.headwater.workorder;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which orders to list, newest first.
 *
 * @param statuses only these statuses; empty for all
 * @param types only these types; empty for all
 * @param zoneId only orders in this zone, or null
 * @param assetId only orders on this asset, or null
 * @param limit at most this many (1..1000)
 */
public record WorkOrderQuery(
        Set<WorkOrderStatus> statuses,
        Set<WorkOrderType> types,
        @Nullable String zoneId,
        @Nullable String assetId,
        int limit) {

    public static final int MOST = 1000;

    public WorkOrderQuery {
        statuses = Set.copyOf(statuses);
        types = Set.copyOf(types);
        if (limit < 1 || limit > MOST) {
            throw new IllegalArgumentException("limit: must be 1.." + MOST + ", got " + limit);
        }
    }

    public static WorkOrderQuery all(int limit) {
        return new WorkOrderQuery(Set.of(), Set.of(), null, null, limit);
    }

    public static WorkOrderQuery inStatus(Set<WorkOrderStatus> statuses, int limit) {
        return new WorkOrderQuery(statuses, Set.of(), null, null, limit);
    }

    public boolean matches(WorkOrder order) {
        WorkOrderContent c = order.content();
        return (statuses.isEmpty() || statuses.contains(order.status()))
                && (types.isEmpty() || types.contains(c.type()))
                && (zoneId == null || zoneId.equals(c.location().zoneId()))
                && (assetId == null || assetId.equals(c.assetId()));
    }
}

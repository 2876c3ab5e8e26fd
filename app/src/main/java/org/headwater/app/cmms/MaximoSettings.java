package org.headwater.app.cmms;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.headwater.workorder.CmmsStatusMap;
import org.headwater.workorder.WorkOrderType;
import org.headwater.workorder.WorkPriority;

/**
 * How Headwater talks to one IBM Maximo (JSON API, object structure MXAPIWODETAIL).
 *
 * @param collection the object structure's collection URL, e.g. {@code https://maximo.example/maximo/oslc/os/mxapiwodetail}
 *     ({@code /maximo/api/os/...} on MAS 8 and later)
 * @param apiKey sent as the {@code apikey} header
 * @param siteId the {@code siteid} of every order
 * @param orgId the {@code orgid} of every order
 * @param autoKey true: {@code wonum} is {@code &AUTOKEY&} and Maximo numbers the order; false: Headwater's id is the
 *     {@code wonum} (at most 10 characters in a standard Maximo)
 * @param initialStatus the {@code status} a new order is created in, e.g. {@code WAPPR}
 * @param workTypes the {@code worktype} for each of our types
 * @param priorities the {@code wopriority} (1 most urgent) for each of our priorities
 * @param syncWhere the {@code oslc.where} that picks Headwater's orders for status sync, e.g.
 *     {@code externalrefid="WO-%"}
 * @param pageSize {@code oslc.pageSize} of status-sync queries
 * @param statusMap Maximo's status codes to ours
 * @param timeouts connect and request timeouts
 */
public record MaximoSettings(
        URI collection,
        String apiKey,
        String siteId,
        String orgId,
        boolean autoKey,
        String initialStatus,
        Map<WorkOrderType, String> workTypes,
        Map<WorkPriority, Integer> priorities,
        String syncWhere,
        int pageSize,
        CmmsStatusMap statusMap,
        CmmsTimeouts timeouts) {

    public MaximoSettings {
        Objects.requireNonNull(collection, "collection");
        SettingsChecks.requireText(apiKey, "apiKey");
        SettingsChecks.requireText(siteId, "siteId");
        SettingsChecks.requireText(orgId, "orgId");
        SettingsChecks.requireText(initialStatus, "initialStatus");
        SettingsChecks.requireText(syncWhere, "syncWhere");
        Objects.requireNonNull(statusMap, "statusMap");
        Objects.requireNonNull(timeouts, "timeouts");
        statusMap.ours(initialStatus);
        SettingsChecks.requirePageSize(pageSize);
        workTypes = SettingsChecks.complete(workTypes, WorkOrderType.class, "workTypes");
        priorities = SettingsChecks.complete(priorities, WorkPriority.class, "priorities");
    }

    /**
     * Maximo's usual choices: {@code &AUTOKEY&} numbering, new orders in WAPPR, worktype INSP for inspections and leak
     * surveys, PM for flushing and CM (corrective) for the rest, wopriority 1 (emergency) to 4 (low), Headwater's
     * {@code WO-} ids synced, pages of 100, the default status map and timeouts.
     */
    public static MaximoSettings of(URI collection, String apiKey, String siteId, String orgId) {
        Map<WorkOrderType, String> types = new EnumMap<>(WorkOrderType.class);
        types.put(WorkOrderType.INSPECTION, "INSP");
        types.put(WorkOrderType.REPAIR, "CM");
        types.put(WorkOrderType.METER_CHECK, "CM");
        types.put(WorkOrderType.METER_REPLACEMENT, "CM");
        types.put(WorkOrderType.METER_REREAD, "CM");
        types.put(WorkOrderType.LEAK_SURVEY, "INSP");
        types.put(WorkOrderType.FLUSHING, "PM");
        types.put(WorkOrderType.CUSTOMER_CONTACT, "CM");
        Map<WorkPriority, Integer> priorities = new EnumMap<>(WorkPriority.class);
        priorities.put(WorkPriority.EMERGENCY, 1);
        priorities.put(WorkPriority.HIGH, 2);
        priorities.put(WorkPriority.MEDIUM, 3);
        priorities.put(WorkPriority.LOW, 4);
        return new MaximoSettings(
                collection,
                apiKey,
                siteId,
                orgId,
                true,
                "WAPPR",
                types,
                priorities,
                "externalrefid=\"WO-%\"",
                100,
                CmmsStatusMap.maximoDefaults(),
                CmmsTimeouts.defaults());
    }

    public MaximoSettings withTimeouts(CmmsTimeouts newTimeouts) {
        Builder b = new Builder(this);
        b.timeouts = newTimeouts;
        return b.build();
    }

    public MaximoSettings withPageSize(int newPageSize) {
        Builder b = new Builder(this);
        b.pageSize = newPageSize;
        return b.build();
    }

    public MaximoSettings withAutoKey(boolean newAutoKey) {
        Builder b = new Builder(this);
        b.autoKey = newAutoKey;
        return b.build();
    }

    public MaximoSettings withStatusMap(CmmsStatusMap newStatusMap) {
        Builder b = new Builder(this);
        b.statusMap = newStatusMap;
        return b.build();
    }

    /** A copy to change one setting of. */
    private static final class Builder {
        final MaximoSettings from;
        boolean autoKey;
        int pageSize;
        CmmsStatusMap statusMap;
        CmmsTimeouts timeouts;

        Builder(MaximoSettings from) {
            this.from = from;
            this.autoKey = from.autoKey;
            this.pageSize = from.pageSize;
            this.statusMap = from.statusMap;
            this.timeouts = from.timeouts;
        }

        MaximoSettings build() {
            return new MaximoSettings(
                    from.collection,
                    from.apiKey,
                    from.siteId,
                    from.orgId,
                    autoKey,
                    from.initialStatus,
                    from.workTypes,
                    from.priorities,
                    from.syncWhere,
                    pageSize,
                    statusMap,
                    timeouts);
        }
    }
}

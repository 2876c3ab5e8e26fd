package org.headwater.app.cmms;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.headwater.workorder.CmmsStatusMap;
import org.headwater.workorder.WorkOrderType;
import org.headwater.workorder.WorkPriority;

/**
 * How Headwater talks to one HxGN (Infor) EAM through its REST services.
 *
 * @param restServices the REST services root, e.g. {@code https://eam.example/axis/restservices}
 * @param tenant the {@code tenant} header
 * @param organization the {@code organization} header and every order's {@code ORGANIZATIONCODE}
 * @param apiKey sent as {@code X-API-Key}
 * @param referenceField the user-defined field of {@code USERDEFINEDAREA} that holds Headwater's id (the utility
 *     reserves one, e.g. {@code UDFCHAR01}): queried before every create, and by prefix for status sync
 * @param referencePrefix the prefix all Headwater ids share, e.g. {@code WO-}
 * @param initialStatus the {@code STATUSCODE} a new order is created in, e.g. {@code R} (released)
 * @param types the {@code TYPECODE} for each of our types
 * @param priorities the {@code PRIORITYCODE} for each of our priorities
 * @param pageSize records per page of status-sync reads
 * @param statusMap EAM's status codes to ours
 * @param timeouts connect and request timeouts
 */
public record EamSettings(
        URI restServices,
        String tenant,
        String organization,
        String apiKey,
        String referenceField,
        String referencePrefix,
        String initialStatus,
        Map<WorkOrderType, String> types,
        Map<WorkPriority, String> priorities,
        int pageSize,
        CmmsStatusMap statusMap,
        CmmsTimeouts timeouts) {

    public EamSettings {
        Objects.requireNonNull(restServices, "restServices");
        SettingsChecks.requireText(tenant, "tenant");
        SettingsChecks.requireText(organization, "organization");
        SettingsChecks.requireText(apiKey, "apiKey");
        SettingsChecks.requireText(referenceField, "referenceField");
        SettingsChecks.requireText(referencePrefix, "referencePrefix");
        SettingsChecks.requireText(initialStatus, "initialStatus");
        Objects.requireNonNull(statusMap, "statusMap");
        Objects.requireNonNull(timeouts, "timeouts");
        statusMap.ours(initialStatus);
        SettingsChecks.requirePageSize(pageSize);
        types = SettingsChecks.complete(types, WorkOrderType.class, "types");
        priorities = SettingsChecks.complete(priorities, WorkPriority.class, "priorities");
    }

    /**
     * Usual choices: Headwater's id in {@code UDFCHAR01}, new orders released ({@code R}), type codes BRKD for
     * repairs, INSP for inspections and surveys, PM for flushing and CORR for the rest, priority codes 1 to 4, pages
     * of 100, {@link CmmsStatusMap#eamDefaults()} and the default timeouts.
     */
    public static EamSettings of(URI restServices, String tenant, String organization, String apiKey) {
        Map<WorkOrderType, String> types = new EnumMap<>(WorkOrderType.class);
        for (WorkOrderType type : WorkOrderType.values()) {
            types.put(type, "CORR");
        }
        types.put(WorkOrderType.REPAIR, "BRKD");
        types.put(WorkOrderType.INSPECTION, "INSP");
        types.put(WorkOrderType.LEAK_SURVEY, "INSP");
        types.put(WorkOrderType.FLUSHING, "PM");
        Map<WorkPriority, String> priorities = new EnumMap<>(WorkPriority.class);
        for (WorkPriority priority : WorkPriority.values()) {
            priorities.put(priority, Integer.toString(priority.ordinal() + 1));
        }
        return new EamSettings(
                restServices,
                tenant,
                organization,
                apiKey,
                "UDFCHAR01",
                "WO-",
                "R",
                types,
                priorities,
                100,
                CmmsStatusMap.eamDefaults(),
                CmmsTimeouts.defaults());
    }

    public EamSettings withPageSize(int newPageSize) {
        return new EamSettings(
                restServices,
                tenant,
                organization,
                apiKey,
                referenceField,
                referencePrefix,
                initialStatus,
                types,
                priorities,
                newPageSize,
                statusMap,
                timeouts);
    }
}

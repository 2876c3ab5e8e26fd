package org.headwater.app.cmms;

import java.util.ArrayList;
import java.util.List;
import org.headwater.network.Location;
import org.headwater.workorder.WorkEvidence;
import org.headwater.workorder.WorkLocation;
import org.headwater.workorder.WorkOrder;
import org.headwater.workorder.WorkOrderContent;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The blueprint's work-order payload: {@code work_order} (id, type, title, description, priority, asset_id, location,
 * recommended_crew, predicted_duration_hours, attached_evidence, plus the checklist and the location's parts),
 * {@code source} and {@code timestamp}. The timestamp is when the order was last changed (its approval), so every
 * attempt to send the same order sends the same body.
 */
public final class WorkOrderPayload {

    private WorkOrderPayload() {}

    public static ObjectNode of(WorkOrder order) {
        WorkOrderContent content = order.content();
        ObjectNode root = CmmsHttp.JSON.createObjectNode();
        ObjectNode work = root.putObject("work_order");
        work.put("id", order.id());
        work.put("type", content.type().name());
        work.put("title", content.title());
        work.put("description", content.description());
        work.put("priority", content.priority().name());
        if (content.assetId() == null) {
            work.putNull("asset_id");
        } else {
            work.put("asset_id", content.assetId());
        }
        work.put("location", locationText(content.location()));
        locationDetail(work.putObject("location_detail"), content.location());
        work.put("recommended_crew", content.recommendedCrew());
        work.put("predicted_duration_hours", content.predictedDurationHours());
        ArrayNode evidence = work.putArray("attached_evidence");
        evidenceReferences(content.evidence()).forEach(evidence::add);
        ArrayNode checklist = work.putArray("checklist");
        content.checklist().forEach(checklist::add);
        root.put(
                "source",
                order.source().kind().name().toLowerCase(java.util.Locale.ROOT) + ":"
                        + order.source().name()
                        + (order.source().version().isEmpty()
                                ? ""
                                : "@" + order.source().version()));
        root.put("timestamp", order.updatedAt().toString());
        return root;
    }

    /** One line for the blueprint's {@code location}: the address, else the zone, else the coordinates. */
    static String locationText(WorkLocation location) {
        if (location.address() != null) {
            return location.address();
        }
        if (location.zoneId() != null) {
            return "zone " + location.zoneId();
        }
        Location point = location.point();
        return point == null
                ? ""
                : point.y() + ", " + point.x() + " (" + point.crs().code() + ")";
    }

    private static void locationDetail(ObjectNode detail, WorkLocation location) {
        detail.put("address", location.address());
        detail.put("zone", location.zoneId());
        Location point = location.point();
        if (point != null) {
            detail.put("x", point.x());
            detail.put("y", point.y());
            detail.put("crs", point.crs().code());
        }
    }

    /** The evidence as references a person can look up: {@code alert:…}, {@code incident:…}, {@code readings:…}. */
    public static List<String> evidenceReferences(WorkEvidence evidence) {
        List<String> refs = new ArrayList<>();
        evidence.alertIds().forEach(id -> refs.add("alert:" + id));
        if (evidence.incidentId() != null) {
            refs.add("incident:" + evidence.incidentId());
        }
        if (evidence.investigationId() != null) {
            refs.add("investigation:" + evidence.investigationId()
                    + (evidence.investigationStep() == null ? "" : "#step" + evidence.investigationStep()));
        }
        if (evidence.riskRunId() != null) {
            refs.add("risk-run:" + evidence.riskRunId());
        }
        evidence.pipeIds().forEach(id -> refs.add("pipe:" + id));
        evidence.readingWindows().forEach(w -> refs.add("readings:" + w.sourceId() + "/" + w.from() + "/" + w.to()));
        return refs;
    }
}

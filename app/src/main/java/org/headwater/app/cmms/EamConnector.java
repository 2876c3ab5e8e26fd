package org.headwater.app.cmms;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.headwater.workorder.CmmsChanges;
import org.headwater.workorder.CmmsGateway;
import org.headwater.workorder.CmmsReceipt;
import org.headwater.workorder.CmmsStatusChange;
import org.headwater.workorder.WorkOrder;
import org.headwater.workorder.WorkOrderContent;
import org.headwater.workorder.WorkOrderStatus;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * HxGN (Infor) EAM through its REST services, {@code …/axis/restservices/workorders}, with the {@code tenant} and
 * {@code organization} headers on every request.
 *
 * <ul>
 *   <li><b>Body:</b> {@code WORKORDERID{JOBNUM, ORGANIZATIONID{ORGANIZATIONCODE}, DESCRIPTION}} (JOBNUM empty: EAM
 *       numbers it; DESCRIPTION at most {@value #DESCRIPTION_LIMIT} characters), {@code STATUS{STATUSCODE}},
 *       {@code TYPE{TYPECODE}}, {@code EQUIPMENTID{EQUIPMENTCODE}}, {@code LOCATIONID{LOCATIONCODE}} (our zone),
 *       {@code PRIORITY{PRIORITYCODE}}, and Headwater's id in {@code USERDEFINEDAREA{<referenceField>}}.
 *   <li><b>Idempotent create:</b> {@code GET workorders?<referenceField>=<id>} before every create; a record an
 *       earlier attempt made is returned instead of a second.
 *   <li><b>Updates</b> PATCH {@code workorders/<JOBNUM>#<ORG>} with the {@code recordid} last read; EAM refuses a stale
 *       one ("modified by another user"): the connector reads the record again and retries once.
 *   <li><b>Status sync:</b> {@code GET workorders?<referenceField>=<prefix>*&updatedsince=<cursor>}, paged by
 *       {@code cursorposition} while {@code MORERECORDPRESENT} is {@code +}; the cursor is the latest
 *       {@code DATEUPDATED} seen, compared inclusively, so a record updated in the same instant is read again rather
 *       than missed (a repeat changes nothing).
 * </ul>
 *
 * EAM reads collections through its grid service in most installations; the filtered collection read here is the
 * shape our test server enforces and must be checked against the utility's EAM version (docs/work-orders-connectors.md).
 */
public final class EamConnector implements CmmsGateway {

    public static final int DESCRIPTION_LIMIT = 80;
    /** Which EAM field each of our content fields feeds; EAM holds no long text from us. */
    private static final Map<String, String> EAM_FIELDS = Map.of(
            "title", "WORKORDERID",
            "type", "TYPE",
            "priority", "PRIORITY",
            "assetId", "EQUIPMENTID",
            "location", "LOCATIONID");

    private static final String STALE = "modified by another user";

    private final EamSettings settings;
    private final Clock clock;
    private final CmmsHttp http;

    public EamConnector(EamSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = new CmmsHttp(name(), settings.timeouts());
    }

    @Override
    public String name() {
        return "eam";
    }

    @Override
    public CmmsReceipt send(WorkOrder order) throws CmmsUnavailable, CmmsRejected {
        Optional<EamRecord> existing = find(order.id());
        if (existing.isPresent()) {
            return receipt(existing.get(), true);
        }
        return create(order);
    }

    /** The first attempt creates without the lookup: no earlier attempt can have reached EAM (one request). */
    @Override
    public CmmsReceipt sendFirstAttempt(WorkOrder order) throws CmmsUnavailable, CmmsRejected {
        return create(order);
    }

    private CmmsReceipt create(WorkOrder order) throws CmmsUnavailable, CmmsRejected {
        ObjectNode body = CmmsHttp.JSON.createObjectNode();
        ObjectNode id = body.putObject("WORKORDERID");
        id.put("JOBNUM", "");
        id.putObject("ORGANIZATIONID").put("ORGANIZATIONCODE", settings.organization());
        body.putObject("STATUS").put("STATUSCODE", settings.initialStatus());
        contentFields(body, order.content());
        body.putObject("USERDEFINEDAREA").put(settings.referenceField(), order.id());
        CmmsHttp.Answer answer = http.exchange(
                authorised(workorders("")).POST(CmmsHttp.json(body)).build(), "create of " + order.id());
        if (!answer.ok()) {
            throw http.rejected(answer, "eam create of " + order.id());
        }
        JsonNode created =
                CmmsHttp.parse(answer.body(), "eam create").path("Result").path("ResultData");
        String jobNum = created.path("WORKORDERID").path("JOBNUM").asString("");
        if (jobNum.isBlank()) {
            throw new CmmsUnavailable(
                    "eam create of " + order.id() + " answered without a JOBNUM: " + answer.body(), null);
        }
        String status = settings.initialStatus();
        return new CmmsReceipt(jobNum, settings.statusMap().ours(status), status, false);
    }

    /** The order EAM holds for our id, by the reference field. */
    public Optional<EamRecord> find(String workOrderId) throws CmmsUnavailable, CmmsRejected {
        String query = "?" + settings.referenceField() + "=" + encode(workOrderId);
        CmmsHttp.Answer answer =
                http.exchange(authorised(workorders(query)).GET().build(), "lookup of " + workOrderId);
        if (!answer.ok()) {
            throw http.rejected(answer, "eam lookup of " + workOrderId);
        }
        List<EamRecord> found = records(CmmsHttp.parse(answer.body(), "eam lookup"), "eam lookup");
        if (found.size() > 1) {
            throw new CmmsRejected("eam holds " + found.size() + " work orders with " + settings.referenceField() + " "
                    + workOrderId + "; resolve the duplicate in EAM");
        }
        return found.stream().findFirst();
    }

    /** Moves the order EAM holds to {@code statusCode}, re-reading once if another user changed it meanwhile. */
    public EamRecord changeStatus(String workOrderId, String statusCode) throws CmmsUnavailable, CmmsRejected {
        settings.statusMap().ours(statusCode);
        ObjectNode body = CmmsHttp.JSON.createObjectNode();
        body.putObject("STATUS").put("STATUSCODE", statusCode);
        return patch(workOrderId, body, "status change to " + statusCode);
    }

    /** Sends the EAM fields the edited content fields feed; nothing when EAM holds none of them. */
    @Override
    public Optional<CmmsReceipt> update(WorkOrder order, Set<String> fields) throws CmmsUnavailable, CmmsRejected {
        ObjectNode all = CmmsHttp.JSON.createObjectNode();
        contentFields(all, order.content());
        ObjectNode body = CmmsHttp.JSON.createObjectNode();
        for (String field : fields) {
            String eamField = EAM_FIELDS.get(field);
            if (eamField != null && all.has(eamField)) {
                body.set(eamField, all.get(eamField));
            }
        }
        return patchHeld(order.id(), body, "update of " + String.join(",", fields), r -> false)
                .map(r -> receipt(r, true));
    }

    /** Moves the record to the status our CANCELLED maps to (CANC); done if already there. */
    @Override
    public Optional<CmmsReceipt> cancel(WorkOrder order, String reason) throws CmmsUnavailable, CmmsRejected {
        String code = settings.statusMap().codeFor(WorkOrderStatus.CANCELLED);
        ObjectNode body = CmmsHttp.JSON.createObjectNode();
        body.putObject("STATUS").put("STATUSCODE", code);
        return patchHeld(order.id(), body, "status change to " + code, r -> code.equals(r.status()))
                .map(r -> receipt(r, true));
    }

    /** Sends edited content (description, type, priority, equipment, location) to the order EAM holds. */
    public EamRecord update(String workOrderId, WorkOrderContent content) throws CmmsUnavailable, CmmsRejected {
        ObjectNode body = CmmsHttp.JSON.createObjectNode();
        contentFields(body, content);
        return patch(workOrderId, body, "update");
    }

    @Override
    public CmmsChanges changesSince(@Nullable String cursor) throws CmmsUnavailable {
        List<CmmsStatusChange> changes = new ArrayList<>();
        Instant latest = cursor == null ? null : Instant.parse(cursor);
        int position = 0;
        while (true) {
            String query = "?" + settings.referenceField() + "=" + encode(settings.referencePrefix() + "*")
                    + (cursor == null ? "" : "&updatedsince=" + encode(cursor))
                    + "&pagesize=" + settings.pageSize() + "&cursorposition=" + position;
            CmmsHttp.Answer answer =
                    http.exchange(authorised(workorders(query)).GET().build(), "status sync");
            if (!answer.ok()) {
                throw new IllegalStateException(
                        "eam status sync answered HTTP " + answer.status() + ": " + CmmsHttp.message(answer.body()));
            }
            JsonNode root = CmmsHttp.parse(answer.body(), "eam status sync");
            List<EamRecord> page = records(root, "eam status sync");
            for (EamRecord record : page) {
                if (record.reference() == null) {
                    continue;
                }
                Instant at = record.updated() != null ? record.updated() : clock.instant();
                WorkOrderStatus ours = settings.statusMap().ours(record.status());
                changes.add(new CmmsStatusChange(
                        record.reference(),
                        record.jobNum(),
                        ours,
                        record.status(),
                        CloseOutReads.finished(ours) ? closeOutNotes(record.jobNum()) : null,
                        at));
                latest = latest == null || at.isAfter(latest) ? at : latest;
            }
            JsonNode data = root.path("Result").path("ResultData");
            if (!"+".equals(data.path("MORERECORDPRESENT").asString("")) || page.isEmpty()) {
                break;
            }
            position = data.path("CURSORPOSITION").asInt(position + page.size());
        }
        return new CmmsChanges(
                changes, latest == null ? (cursor == null ? Instant.EPOCH.toString() : cursor) : latest.toString());
    }

    /**
     * The comments EAM holds on a completed or closed order ({@code GET workorders/<JOBNUM>#<ORG>/comments}),
     * in EAM's order, one line each: {@code <CREATEDDATE> <CREATEDBY.USERCODE>: <COMMENTTEXT>}. Null when there are
     * none.
     */
    @Nullable
    String closeOutNotes(String jobNum) throws CmmsUnavailable {
        URI uri = workorders("/" + encode(jobNum + "#" + settings.organization()) + "/comments");
        CmmsHttp.Answer answer = CloseOutReads.read(http, authorised(uri).GET().build(), "eam comments of " + jobNum);
        List<CloseOutReads.Entry> entries = new ArrayList<>();
        JsonNode rows = CmmsHttp.parse(answer.body(), "eam comments")
                .path("Result")
                .path("ResultData")
                .path("DATARECORD");
        for (JsonNode row : rows) {
            entries.add(new CloseOutReads.Entry(
                    row.path("CREATEDDATE").asString(""),
                    row.path("CREATEDBY").path("USERCODE").asString(""),
                    row.path("COMMENTTEXT").asString("")));
        }
        return CloseOutReads.lines(entries);
    }

    private EamRecord patch(String workOrderId, ObjectNode body, String what) throws CmmsUnavailable, CmmsRejected {
        return patchHeld(workOrderId, body, what, r -> false)
                .orElseThrow(() -> new CmmsRejected(
                        "eam holds no work order with " + settings.referenceField() + " " + workOrderId));
    }

    /** PATCHes the record EAM holds; empty when it holds none, nothing sent when it is already done or there is
     * nothing to change.
     */
    private Optional<EamRecord> patchHeld(String workOrderId, ObjectNode body, String what, Predicate<EamRecord> done)
            throws CmmsUnavailable, CmmsRejected {
        for (int attempt = 1; ; attempt++) {
            Optional<EamRecord> held = find(workOrderId);
            if (held.isEmpty() || done.test(held.get()) || body.isEmpty()) {
                return held;
            }
            EamRecord current = held.get();
            body.put("recordid", current.recordId());
            URI uri = workorders("/" + encode(current.jobNum() + "#" + settings.organization()));
            HttpRequest request =
                    authorised(uri).method("PATCH", CmmsHttp.json(body)).build();
            CmmsHttp.Answer answer = http.exchange(request, what + " of " + workOrderId);
            boolean stale =
                    answer.status() == 409 || (!answer.ok() && answer.body().contains(STALE));
            if (stale && attempt == 1) {
                continue; // another user changed it since we read it: read the new recordid and try once more
            }
            if (!answer.ok()) {
                throw http.rejected(answer, "eam " + what + " of " + workOrderId);
            }
            return Optional.of(EamRecord.of(
                    CmmsHttp.parse(answer.body(), "eam " + what).path("Result").path("ResultData"),
                    settings.referenceField(),
                    "eam " + what));
        }
    }

    private void contentFields(ObjectNode body, WorkOrderContent content) {
        ObjectNode id = body.has("WORKORDERID") ? (ObjectNode) body.get("WORKORDERID") : body.putObject("WORKORDERID");
        id.put("DESCRIPTION", MaximoConnector.cut(content.title().strip(), DESCRIPTION_LIMIT));
        body.putObject("TYPE").put("TYPECODE", settings.types().get(content.type()));
        body.putObject("PRIORITY").put("PRIORITYCODE", settings.priorities().get(content.priority()));
        if (content.assetId() != null) {
            body.putObject("EQUIPMENTID").put("EQUIPMENTCODE", content.assetId());
        }
        if (content.location().zoneId() != null) {
            body.putObject("LOCATIONID").put("LOCATIONCODE", content.location().zoneId());
        }
    }

    private List<EamRecord> records(JsonNode root, String what) {
        List<EamRecord> records = new ArrayList<>();
        for (JsonNode record : root.path("Result").path("ResultData").path("DATARECORD")) {
            records.add(EamRecord.of(record, settings.referenceField(), what));
        }
        return records;
    }

    private URI workorders(String rest) {
        return URI.create(settings.restServices() + "/workorders" + rest);
    }

    private HttpRequest.Builder authorised(URI uri) {
        return http.request(uri)
                .header("tenant", settings.tenant())
                .header("organization", settings.organization())
                .header("X-API-Key", settings.apiKey());
    }

    private CmmsReceipt receipt(EamRecord record, boolean existed) {
        return new CmmsReceipt(record.jobNum(), settings.statusMap().ours(record.status()), record.status(), existed);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

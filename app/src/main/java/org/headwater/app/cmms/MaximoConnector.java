package org.headwater.app.cmms;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
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
 * IBM Maximo through its JSON API (object structure MXAPIWODETAIL, lean mode).
 *
 * <ul>
 *   <li><b>Idempotent create:</b> before any create but an order's first attempt (which no earlier attempt can
 *       have preceded), {@code GET ?lean=1&oslc.where=externalrefid="<id>"}; an existing record (an earlier attempt
 *       timed out after Maximo took it) is returned instead of a second one. Then {@code POST} the collection with {@code properties: *} so the answer is the new record itself.
 *   <li><b>Fields:</b> {@code wonum} ({@code &AUTOKEY&} or our id), {@code siteid}, {@code orgid}, {@code description}
 *       (at most {@value #DESCRIPTION_LIMIT} characters; the full text in {@code description_longdescription}),
 *       {@code worktype}, {@code wopriority}, {@code assetnum}, {@code location} (our zone), {@code status},
 *       {@code externalrefid} = our id.
 *   <li><b>Updates:</b> {@code POST {href}} with {@code x-method-override: PATCH} and {@code If-Match} = the record's
 *       {@code _rowstamp}; a stale one (HTTP 412) is re-read and tried once more. A status change PATCHes
 *       {@code status} with its memo in {@code np_statusmemo}, cut to {@value #MEMO_LIMIT} characters because a
 *       longer memo makes Maximo reject the whole change.
 *   <li><b>Status sync:</b> {@code fetchdeltamode=1} with {@code lastfetchts=<cursor>} returns the records changed
 *       after that rowstamp; pages are followed through {@code responseInfo.nextPage.href}; the next cursor is the
 *       first page's {@code maxrowstamp} header (records changed while paging are read again next time, which is
 *       harmless).
 * </ul>
 *
 * Authentication is the {@code apikey} header. Plain Java, no Spring.
 */
public final class MaximoConnector implements CmmsGateway {

    public static final int DESCRIPTION_LIMIT = 100;
    public static final int MEMO_LIMIT = 50;
    static final String SELECT = "wonum,status,externalrefid,statusdate,_rowstamp";
    private static final String LONG = "description_longdescription";
    /** Which Maximo fields each of our content fields feeds; the long description holds everything else. */
    private static final Map<String, List<String>> MAXIMO_FIELDS = Map.of(
            "type", List.of("worktype"),
            "title", List.of("description", LONG),
            "description", List.of(LONG),
            "priority", List.of("wopriority"),
            "assetId", List.of("assetnum"),
            "location", List.of("location", LONG),
            "recommendedCrew", List.of(LONG),
            "predictedDurationHours", List.of(LONG),
            "checklist", List.of(LONG),
            "evidence", List.of(LONG));
    /** The crew's work log, read when an order is completed or closed. */
    static final String WORK_LOG_SELECT = "worklog{description,description_longdescription,createdate,createby}";

    private final MaximoSettings settings;
    private final Clock clock;
    private final CmmsHttp http;

    public MaximoConnector(MaximoSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = new CmmsHttp(name(), settings.timeouts());
    }

    @Override
    public String name() {
        return "maximo";
    }

    @Override
    public CmmsReceipt send(WorkOrder order) throws CmmsUnavailable, CmmsRejected {
        Optional<MaximoRecord> existing = find(order.id());
        if (existing.isPresent()) {
            return receipt(existing.get(), true);
        }
        return create(order);
    }

    /** The first attempt creates without the lookup: no earlier attempt can have reached Maximo (one request). */
    @Override
    public CmmsReceipt sendFirstAttempt(WorkOrder order) throws CmmsUnavailable, CmmsRejected {
        return create(order);
    }

    private CmmsReceipt create(WorkOrder order) throws CmmsUnavailable, CmmsRejected {
        HttpRequest create = authorised(URI.create(settings.collection() + "?lean=1"))
                .header("properties", "*")
                .POST(CmmsHttp.json(createBody(order)))
                .build();
        CmmsHttp.Answer answer = http.exchange(create, "create of " + order.id());
        if (!answer.ok()) {
            throw http.rejected(answer, "maximo create of " + order.id());
        }
        return receipt(MaximoRecord.of(CmmsHttp.parse(answer.body(), "maximo create"), "maximo create"), false);
    }

    /** The record Maximo holds for our order, found by {@code externalrefid}. */
    public Optional<MaximoRecord> find(String workOrderId) throws CmmsUnavailable, CmmsRejected {
        URI query = query("externalrefid=" + quoted(workOrderId), null, 2, false);
        CmmsHttp.Answer answer = http.exchange(authorised(query).GET().build(), "lookup of " + workOrderId);
        if (!answer.ok()) {
            throw http.rejected(answer, "maximo lookup of " + workOrderId);
        }
        JsonNode members = CmmsHttp.parse(answer.body(), "maximo lookup").path("member");
        if (members.size() > 1) {
            // two records naming one order can only come from outside Headwater: never guess which is ours
            throw new CmmsRejected("maximo holds " + members.size() + " work orders with externalrefid " + workOrderId
                    + "; resolve the duplicate in Maximo");
        }
        return members.isEmpty() ? Optional.empty() : Optional.of(MaximoRecord.of(members.get(0), "maximo lookup"));
    }

    /** Sends edited content to the order Maximo holds (description, worktype, priority, asset, location). */
    public MaximoRecord update(String workOrderId, WorkOrderContent content) throws CmmsUnavailable, CmmsRejected {
        ObjectNode body = CmmsHttp.JSON.createObjectNode();
        contentFields(body, content);
        return patch(workOrderId, body, "update");
    }

    /** PATCHes only the Maximo fields the edited content fields feed; none at all when Maximo holds none of them. */
    @Override
    public Optional<CmmsReceipt> update(WorkOrder order, Set<String> fields) throws CmmsUnavailable, CmmsRejected {
        ObjectNode body = changedFields(order.content(), fields);
        return patchHeld(order.id(), body, "update of " + String.join(",", fields), r -> false)
                .map(r -> receipt(r, true));
    }

    /** Moves the record to the status our CANCELLED maps to (CAN), the reason as its memo; done if already there. */
    @Override
    public Optional<CmmsReceipt> cancel(WorkOrder order, String reason) throws CmmsUnavailable, CmmsRejected {
        String code = settings.statusMap().codeFor(WorkOrderStatus.CANCELLED);
        ObjectNode body = statusBody(code, reason);
        return patchHeld(order.id(), body, "status change to " + code, r -> code.equals(r.status()))
                .map(r -> receipt(r, true));
    }

    /**
     * Moves the order Maximo holds to {@code maximoStatus} with a memo, cut to {@value #MEMO_LIMIT} characters.
     *
     * @throws IllegalArgumentException naming the status when the status map does not know it
     */
    public MaximoRecord changeStatus(String workOrderId, String maximoStatus, @Nullable String memo)
            throws CmmsUnavailable, CmmsRejected {
        settings.statusMap().ours(maximoStatus);
        return patch(workOrderId, statusBody(maximoStatus, memo), "status change to " + maximoStatus);
    }

    private static ObjectNode statusBody(String maximoStatus, @Nullable String memo) {
        ObjectNode body = CmmsHttp.JSON.createObjectNode();
        body.put("status", maximoStatus);
        if (memo != null && !memo.isBlank()) {
            body.put("np_statusmemo", cut(memo.strip(), MEMO_LIMIT));
        }
        return body;
    }

    @Override
    public CmmsChanges changesSince(@Nullable String cursor) throws CmmsUnavailable {
        URI page = query(settings.syncWhere(), cursor, settings.pageSize(), true);
        List<CmmsStatusChange> changes = new ArrayList<>();
        String next = cursor;
        long highest = cursor == null ? 0 : Long.parseLong(cursor);
        boolean first = true;
        while (page != null) {
            CmmsHttp.Answer answer = http.exchange(authorised(page).GET().build(), "status sync");
            if (!answer.ok()) {
                throw new IllegalStateException(
                        "maximo status sync answered HTTP " + answer.status() + ": " + CmmsHttp.message(answer.body()));
            }
            if (first) {
                next = answer.headers().firstValue("maxrowstamp").orElse(null);
                first = false;
            }
            JsonNode root = CmmsHttp.parse(answer.body(), "maximo status sync");
            for (JsonNode member : root.path("member")) {
                MaximoRecord record = MaximoRecord.of(member, "maximo status sync");
                highest = Math.max(highest, record.rowstamp());
                if (record.externalRefId() != null) {
                    changes.add(change(record));
                }
            }
            String nextPage =
                    root.path("responseInfo").path("nextPage").path("href").asString("");
            page = nextPage.isBlank() ? null : URI.create(nextPage);
        }
        if (next == null) {
            next = Long.toString(highest);
        }
        return new CmmsChanges(changes, next);
    }

    private CmmsStatusChange change(MaximoRecord record) throws CmmsUnavailable {
        WorkOrderStatus ours = settings.statusMap().ours(record.status());
        return new CmmsStatusChange(
                record.externalRefId(),
                record.wonum(),
                ours,
                record.status(),
                CloseOutReads.finished(ours) ? closeOutNotes(record) : null,
                record.statusDate() != null ? record.statusDate() : clock.instant());
    }

    /**
     * The crew's work log of a completed or closed order, oldest entry first, one line each: {@code <createdate>
     * <createby>: <text>}, the long description when there is one (the short one is its first 100 characters).
     * Null when the log is empty.
     */
    @Nullable
    String closeOutNotes(MaximoRecord record) throws CmmsUnavailable {
        URI uri = URI.create(record.href() + "?lean=1&oslc.select=" + encode(WORK_LOG_SELECT));
        CmmsHttp.Answer answer =
                CloseOutReads.read(http, authorised(uri).GET().build(), "maximo work log of " + record.wonum());
        List<CloseOutReads.Entry> entries = new ArrayList<>();
        for (JsonNode entry : CmmsHttp.parse(answer.body(), "maximo work log").path("worklog")) {
            String text = entry.path("description_longdescription").asString("");
            entries.add(new CloseOutReads.Entry(
                    entry.path("createdate").asString(""),
                    entry.path("createby").asString(""),
                    text.isBlank() ? entry.path("description").asString("") : text));
        }
        return CloseOutReads.lines(entries);
    }

    private MaximoRecord patch(String workOrderId, ObjectNode body, String what) throws CmmsUnavailable, CmmsRejected {
        return patchHeld(workOrderId, body, what, r -> false)
                .orElseThrow(() -> new CmmsRejected("maximo holds no work order with externalrefid " + workOrderId));
    }

    /**
     * PATCHes the record Maximo holds with its current {@code _rowstamp}; empty when Maximo holds none, and nothing
     * sent when the record read is already {@code done} or
     * there is nothing to change.
     */
    private Optional<MaximoRecord> patchHeld(
            String workOrderId, ObjectNode body, String what, Predicate<MaximoRecord> done)
            throws CmmsUnavailable, CmmsRejected {
        for (int attempt = 1; ; attempt++) {
            Optional<MaximoRecord> held = find(workOrderId);
            if (held.isEmpty() || done.test(held.get()) || body.isEmpty()) {
                return held;
            }
            MaximoRecord current = held.get();
            HttpRequest request = authorised(URI.create(current.href() + "?lean=1"))
                    .header("x-method-override", "PATCH")
                    .header("properties", "*")
                    .header("If-Match", Long.toString(current.rowstamp()))
                    .POST(CmmsHttp.json(body))
                    .build();
            CmmsHttp.Answer answer = http.exchange(request, what + " of " + workOrderId);
            if (answer.status() == 412 && attempt == 1) {
                continue; // someone changed it in Maximo since we read it: read again and try once more
            }
            if (!answer.ok()) {
                throw http.rejected(answer, "maximo " + what + " of " + workOrderId);
            }
            return Optional.of(MaximoRecord.of(CmmsHttp.parse(answer.body(), "maximo " + what), "maximo " + what));
        }
    }

    /** The Maximo fields fed by the edited content fields (names of {@code FieldChange.field()}). */
    private ObjectNode changedFields(WorkOrderContent content, Set<String> fields) {
        ObjectNode all = CmmsHttp.JSON.createObjectNode();
        contentFields(all, content);
        ObjectNode changed = CmmsHttp.JSON.createObjectNode();
        for (String field : fields) {
            for (String maximoField : MAXIMO_FIELDS.getOrDefault(field, List.of())) {
                if (all.has(maximoField)) {
                    changed.set(maximoField, all.get(maximoField));
                } else {
                    changed.putNull(maximoField); // the edit cleared it
                }
            }
        }
        return changed;
    }

    ObjectNode createBody(WorkOrder order) {
        ObjectNode body = CmmsHttp.JSON.createObjectNode();
        body.put("wonum", settings.autoKey() ? "&AUTOKEY&" : order.id());
        body.put("siteid", settings.siteId());
        body.put("orgid", settings.orgId());
        contentFields(body, order.content());
        body.put("status", settings.initialStatus());
        body.put("externalrefid", order.id());
        return body;
    }

    private void contentFields(ObjectNode body, WorkOrderContent content) {
        String title = content.title().strip();
        body.put("description", cut(title, DESCRIPTION_LIMIT));
        body.put("description_longdescription", longDescription(content));
        body.put("worktype", settings.workTypes().get(content.type()));
        body.put("wopriority", settings.priorities().get(content.priority()));
        if (content.assetId() != null) {
            body.put("assetnum", content.assetId());
        }
        if (content.location().zoneId() != null) {
            body.put("location", content.location().zoneId());
        }
    }

    /** Everything the 100-character description cannot hold: the whole title, the text, the checklist, the evidence. */
    static String longDescription(WorkOrderContent content) {
        StringBuilder text = new StringBuilder(content.title().strip());
        if (!content.description().isBlank()) {
            text.append("\n\n").append(content.description().strip());
        }
        if (!content.checklist().isEmpty()) {
            text.append("\n\nChecklist:\n")
                    .append(content.checklist().stream().map(s -> "- " + s).collect(Collectors.joining("\n")));
        }
        if (content.location().address() != null) {
            text.append("\n\nAddress: ").append(content.location().address());
        }
        text.append("\nRecommended crew: ")
                .append(content.recommendedCrew())
                .append("; predicted duration: ")
                .append(content.predictedDurationHours())
                .append(" h");
        List<String> evidence = WorkOrderPayload.evidenceReferences(content.evidence());
        if (!evidence.isEmpty()) {
            text.append("\nEvidence: ").append(String.join(", ", evidence));
        }
        return text.toString();
    }

    /** At most {@code limit} characters, ending with an ellipsis when cut. */
    static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }

    private URI query(String where, @Nullable String lastFetch, int pageSize, boolean delta) {
        StringBuilder uri = new StringBuilder(settings.collection().toString())
                .append("?lean=1&oslc.select=")
                .append(encode(SELECT))
                .append("&oslc.where=")
                .append(encode(where))
                .append("&oslc.pageSize=")
                .append(pageSize);
        if (delta) {
            uri.append("&fetchdeltamode=1");
        }
        if (lastFetch != null) {
            uri.append("&lastfetchts=").append(encode(lastFetch));
        }
        return URI.create(uri.toString());
    }

    private HttpRequest.Builder authorised(URI uri) {
        return http.request(uri).header("apikey", settings.apiKey());
    }

    private CmmsReceipt receipt(MaximoRecord record, boolean existed) {
        return new CmmsReceipt(record.wonum(), settings.statusMap().ours(record.status()), record.status(), existed);
    }

    /** A string literal of {@code oslc.where}: in double quotes, an inner quote doubled. */
    static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

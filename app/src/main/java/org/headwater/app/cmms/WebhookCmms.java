package org.headwater.app.cmms;

import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.headwater.app.webhook.WebhookSignature;
import org.headwater.workorder.CmmsChanges;
import org.headwater.workorder.CmmsGateway;
import org.headwater.workorder.CmmsReceipt;
import org.headwater.workorder.CmmsStatusChange;
import org.headwater.workorder.WorkOrder;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A CMMS (or any system) behind a plain webhook.
 *
 * <p><b>Out:</b> each order is POSTed as the blueprint's JSON payload ({@link WorkOrderPayload}), signed like the
 * notification webhook ({@link WebhookSignature}: {@code X-Headwater-Timestamp}, {@code X-Headwater-Signature:
 * sha256=<hex>} over {@code timestamp.body}), with {@code Idempotency-Key: <order id>}. The receiver must keep one
 * record per key: it answers 201 for a new order and 200 (or 409) for a key it already holds, optionally with
 * {@code {"cmms_number": "...", "status": "..."}}; without a number the order's own id stands for it. An edit after
 * sending and a cancellation are the same payload with {@code event} ({@code updated} with {@code changed_fields},
 * or {@code cancelled} with {@code reason}) under their own keys.
 *
 * <p><b>Back:</b> a plain webhook has no query API, so status comes back as signed callbacks the application's endpoint
 * hands to {@link #acceptCallback}: verified (signature, replay window), parsed (fields {@code work_order_id},
 * {@code cmms_number}, {@code status}, {@code changed_at}, optional {@code notes}) and queued in memory.
 * {@link #changesSince} returns the queued callbacks after the cursor and forgets those the caller has moved past.
 * The queue lives in this process: a callback accepted but not yet synced when the process stops is lost, so the
 * sender should retry callbacks that were not answered 2xx, and status sync should run often (it costs nothing when
 * the queue is empty).
 */
public final class WebhookCmms implements CmmsGateway {

    /** Longer close-out notes are refused rather than cut: cut notes would lose what the crew wrote last. */
    public static final int MAX_NOTES = 20_000;

    private final WebhookCmmsSettings settings;
    private final Clock clock;
    private final WebhookSignature signature;
    private final CmmsHttp http;
    // the cursor names this process's queue, so a cursor saved by an earlier process reads the whole new queue
    private final String epoch = UUID.randomUUID().toString();
    private final List<Queued> callbacks = new ArrayList<>();
    private long lastSequence;

    public WebhookCmms(WebhookCmmsSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.signature = new WebhookSignature(settings.secret());
        this.http = new CmmsHttp(name(), settings.timeouts());
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public CmmsReceipt send(WorkOrder order) throws CmmsUnavailable, CmmsRejected {
        return post(order, WorkOrderPayload.of(order), order.id(), "delivery");
    }

    /**
     * POSTs the order as it is now with {@code "event": "updated"} and the edited fields in {@code changed_fields},
     * under the key {@code <id>:updated:<version>} (each edit is one event).
     */
    @Override
    public Optional<CmmsReceipt> update(WorkOrder order, Set<String> fields) throws CmmsUnavailable, CmmsRejected {
        ObjectNode event = WorkOrderPayload.of(order);
        event.put("event", "updated");
        ArrayNode changed = event.putArray("changed_fields");
        fields.forEach(changed::add);
        return Optional.of(post(order, event, order.id() + ":updated:" + order.version(), "update"));
    }

    /** POSTs the order with {@code "event": "cancelled"} and the {@code reason}, under the key {@code <id>:cancelled}. */
    @Override
    public Optional<CmmsReceipt> cancel(WorkOrder order, String reason) throws CmmsUnavailable, CmmsRejected {
        ObjectNode event = WorkOrderPayload.of(order);
        event.put("event", "cancelled");
        event.put("reason", reason);
        return Optional.of(post(order, event, order.id() + ":cancelled", "cancellation"));
    }

    private CmmsReceipt post(WorkOrder order, ObjectNode payload, String key, String what)
            throws CmmsUnavailable, CmmsRejected {
        String body = CmmsHttp.JSON.writeValueAsString(payload);
        HttpRequest.Builder request = http.request(settings.url())
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        signature.headers(body, clock.instant()).forEach(request::header);
        CmmsHttp.Answer answer = http.exchange(request.build(), what + " of " + order.id());
        boolean existed = answer.status() == 200 || answer.status() == 409;
        if (!answer.ok() && answer.status() != 409) {
            throw http.rejected(answer, "webhook " + what + " of " + order.id());
        }
        JsonNode reply = answer.body().isBlank() ? CmmsHttp.JSON.createObjectNode() : readOrEmpty(answer.body());
        String number = reply.path("cmms_number").asString("");
        String status = reply.path("status").asString("");
        String code = status.isBlank() ? "RECEIVED" : status;
        return new CmmsReceipt(
                number.isBlank() ? order.id() : number, settings.statusMap().ours(code), code, existed);
    }

    /**
     * Verifies and queues one status callback.
     *
     * @return the change it reports
     * @throws WebhookSignature.Refused naming the header when the signature or timestamp is missing, wrong or stale
     * @throws MalformedCallback naming the field when the body is not the documented JSON
     * @throws org.headwater.workorder.CmmsStatusMap.UnknownCmmsStatus naming the code when the status is not mapped
     */
    public CmmsStatusChange acceptCallback(
            @Nullable String timestampHeader, @Nullable String signatureHeader, String body) {
        CmmsStatusChange change = verifiedCallback(timestampHeader, signatureHeader, body);
        synchronized (this) {
            callbacks.add(new Queued(++lastSequence, change));
        }
        return change;
    }

    /**
     * Verifies and reads one status callback without queueing it, for an endpoint that applies it at once (and so
     * can tell the sender whether it was applied).
     *
     * @throws WebhookSignature.Refused naming the header when the signature or timestamp is missing, wrong or stale
     * @throws MalformedCallback naming the field when the body is not the documented JSON
     * @throws org.headwater.workorder.CmmsStatusMap.UnknownCmmsStatus naming the code when the status is not mapped
     */
    public CmmsStatusChange verifiedCallback(
            @Nullable String timestampHeader, @Nullable String signatureHeader, String body) {
        signature.verify(timestampHeader, signatureHeader, body, clock.instant(), settings.replayWindow());
        JsonNode root;
        try {
            root = CmmsHttp.JSON.readTree(body);
        } catch (JacksonException e) {
            throw new MalformedCallback("body", "is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedCallback("body", "must be a JSON object");
        }
        String code = text(root, "status");
        return new CmmsStatusChange(
                text(root, "work_order_id"),
                text(root, "cmms_number"),
                settings.statusMap().ours(code),
                code,
                notes(root),
                instant(root, "changed_at"));
    }

    @Override
    public synchronized CmmsChanges changesSince(@Nullable String cursor) {
        long after = 0;
        if (cursor != null && cursor.startsWith(epoch + ":")) {
            after = Long.parseLong(cursor.substring(epoch.length() + 1));
        }
        long done = after;
        callbacks.removeIf(q -> q.sequence() <= done);
        List<CmmsStatusChange> changes = callbacks.stream().map(Queued::change).toList();
        return new CmmsChanges(changes, epoch + ":" + lastSequence);
    }

    private static String text(JsonNode root, String field) {
        JsonNode value = root.path(field);
        if (value.isMissingNode() || value.isNull()) {
            throw new MalformedCallback(field, "is missing");
        }
        if (!value.isString() || value.asString().isBlank()) {
            throw new MalformedCallback(field, "must be a non-empty string, got " + value);
        }
        return value.asString();
    }

    private static @Nullable String notes(JsonNode root) {
        JsonNode value = root.path("notes");
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new MalformedCallback("notes", "must be a string, got " + value);
        }
        if (value.asString().length() > MAX_NOTES) {
            throw new MalformedCallback("notes", "is longer than " + MAX_NOTES + " characters");
        }
        return value.asString();
    }

    private static Instant instant(JsonNode root, String field) {
        String text = text(root, field);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedCallback(
                    field, "must be an ISO-8601 instant such as 2025-05-06T03:00:00Z, got '" + text + "'");
        }
    }

    private static JsonNode readOrEmpty(String body) {
        try {
            return CmmsHttp.JSON.readTree(body);
        } catch (JacksonException e) {
            // a receiver that answers 2xx with plain text still took the order
            return CmmsHttp.JSON.createObjectNode();
        }
    }

    private record Queued(long sequence, CmmsStatusChange change) {}

    /** A status callback whose body is not the documented JSON; the message names the field. */
    public static final class MalformedCallback extends IllegalArgumentException {
        private final String field;

        public MalformedCallback(String field, String problem) {
            super("callback field '" + field + "' " + problem);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}

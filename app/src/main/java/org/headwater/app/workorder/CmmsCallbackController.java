package org.headwater.app.workorder;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import org.headwater.app.cmms.WebhookCmms;
import org.headwater.app.security.AccessPolicy;
import org.headwater.app.webhook.WebhookSignature;
import org.headwater.workorder.CmmsGateway;
import org.headwater.workorder.CmmsStatusChange;
import org.headwater.workorder.CmmsStatusMap;
import org.headwater.workorder.WorkOrder;
import org.headwater.workorder.WorkOrderStatusSync;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Status callbacks from a CMMS behind the generic webhook. The signature is the authentication (no session, no
 * CSRF token: nothing here reads who is signed in): a callback is verified, applied to its order through the
 * lifecycle table at once, and answered with what came of it, so the sender knows whether to send it again.
 */
@RestController
class CmmsCallbackController {

    static final String PATH = AccessPolicy.SIGNED_CALLBACKS;
    /** Bodies are a few fields and the crew's notes; anything far larger is refused before it is parsed. */
    static final int MAX_BODY = 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(CmmsCallbackController.class);

    private final ObjectProvider<CmmsGateway> gateway;
    private final ObjectProvider<WorkOrderStatusSync> sync;

    CmmsCallbackController(ObjectProvider<CmmsGateway> gateway, ObjectProvider<WorkOrderStatusSync> sync) {
        this.gateway = gateway;
        this.sync = sync;
    }

    /** What came of a callback that was applied or already reflected. */
    record CallbackResult(String outcome, String workOrderId, String status, long version) {}

    @PostMapping(PATH)
    ResponseEntity<?> webhook(
            @RequestHeader(name = WebhookSignature.TIMESTAMP, required = false) @Nullable String timestamp,
            @RequestHeader(name = WebhookSignature.SIGNATURE, required = false) @Nullable String signature,
            @RequestBody(required = false) @Nullable String body) {
        if (!(gateway.getIfAvailable() instanceof WebhookCmms webhook) || sync.getIfAvailable() == null) {
            return problem(
                    HttpStatus.NOT_FOUND,
                    "no webhook CMMS is configured here: callbacks are taken with headwater.cmms.kind=webhook");
        }
        String text = body == null ? "" : body;
        if (text.length() > MAX_BODY) {
            return problem(HttpStatus.BAD_REQUEST, "body: longer than " + MAX_BODY + " characters");
        }
        CmmsStatusChange change;
        try {
            change = webhook.verifiedCallback(timestamp, signature, text);
        } catch (WebhookSignature.Refused e) {
            log.warn("Work-order callback refused: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "HMAC-SHA256 header=\"" + WebhookSignature.SIGNATURE + "\"")
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage()));
        } catch (WebhookCmms.MalformedCallback e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
            problem.setProperty("field", e.field());
            return ResponseEntity.badRequest().body(problem);
        } catch (CmmsStatusMap.UnknownCmmsStatus e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
            problem.setProperty("field", "status");
            return ResponseEntity.badRequest().body(problem);
        }
        WorkOrderStatusSync.Applied applied = sync.getObject().apply(change);
        return switch (applied.outcome()) {
            case APPLIED, UNCHANGED -> {
                WorkOrder order = Objects.requireNonNull(applied.order());
                yield ResponseEntity.ok(new CallbackResult(
                        applied.outcome().name().toLowerCase(Locale.ROOT),
                        order.id(),
                        order.status().name(),
                        order.version()));
            }
            case UNKNOWN_ORDER -> problem(HttpStatus.NOT_FOUND, "work_order_id: " + applied.problem());
            case OUT_OF_ORDER -> {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, applied.problem());
                problem.setProperty(
                        "current",
                        Objects.requireNonNull(applied.order()).status().name());
                problem.setProperty("reported", change.status().name());
                yield ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
            }
            case CHANGED_MEANWHILE ->
                ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .header(HttpHeaders.RETRY_AFTER, "1")
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, applied.problem()));
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(PATH));
        return ResponseEntity.status(status).body(problem);
    }
}

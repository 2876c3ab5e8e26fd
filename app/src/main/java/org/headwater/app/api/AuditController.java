package org.headwater.app.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.headwater.audit.AuditEvent;
import org.headwater.audit.AuditTrail;
import org.headwater.audit.AuditVerification;
import org.headwater.audit.ChainBreak;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail, for administrators and compliance officers: its entries and a check of the whole chain. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    record EntryView(
            long sequence,
            Instant time,
            String actor,
            String action,
            String subject,
            Map<String, String> details,
            String previousHash,
            String hash) {

        static EntryView of(AuditEvent e) {
            return new EntryView(
                    e.sequence(),
                    e.time(),
                    e.actor(),
                    e.action().code(),
                    e.subject(),
                    e.details(),
                    e.previousHash(),
                    e.hash());
        }
    }

    /** Oldest first, from the entry after {@code afterSequence}; page on with the last sequence seen. */
    @GetMapping
    List<EntryView> entries(
            @RequestParam(defaultValue = "0") long afterSequence, @RequestParam(defaultValue = "100") int limit) {
        Paging.check(0, limit);
        if (afterSequence < 0) {
            throw new IllegalArgumentException("afterSequence must be >= 0: " + afterSequence);
        }
        return trail.page(afterSequence, limit).stream().map(EntryView::of).toList();
    }

    record Verification(
            boolean intact, long entries, @Nullable ChainBreak firstBad) {}

    /** Re-reads and re-hashes the whole chain; {@code firstBad} names the first edited, missing or relinked entry. */
    @GetMapping("/verify")
    Verification verify() {
        AuditVerification result = trail.verify();
        return new Verification(result.intact(), result.entries(), result.firstBad());
    }
}

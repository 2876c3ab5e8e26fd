package org.headwater.app.api;

import java.util.List;
import java.util.Optional;
import org.headwater.telemetry.Quarantine;
import org.headwater.telemetry.RejectedRecord;
import org.headwater.telemetry.RejectionReason;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Records that ingestion refused, with the reason, newest first. */
@RestController
@RequestMapping("/api/v1/quarantine")
class QuarantineController {

    private final Quarantine quarantine;

    QuarantineController(Quarantine quarantine) {
        this.quarantine = quarantine;
    }

    record QuarantinePage(long total, List<RejectedRecord> records) {}

    @GetMapping
    QuarantinePage latest(
            @RequestParam(required = false) @Nullable RejectionReason reason,
            @RequestParam(defaultValue = "100") int limit) {
        Paging.check(0, limit);
        return new QuarantinePage(quarantine.count(), quarantine.latest(Optional.ofNullable(reason), limit));
    }
}

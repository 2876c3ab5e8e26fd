package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.headwater.telemetry.Quarantine;
import org.headwater.telemetry.RejectedRecord;
import org.headwater.telemetry.RejectionReason;
import org.junit.jupiter.api.Test;

/** What every {@link Quarantine} implementation must do. */
public abstract class QuarantineContract {

    protected abstract Quarantine quarantine();

    // Records are keyed, and tests share a store: each record gets its own receipt time.
    private static final AtomicLong RECEIPTS = new AtomicLong(System.nanoTime());

    private static RejectedRecord rejected(String raw, RejectionReason reason) {
        Instant receivedAt =
                Instant.parse("2024-05-01T00:00:00Z").plusNanos(RECEIPTS.incrementAndGet() % 1_000_000_000L * 1_000);
        return new RejectedRecord("test", 7, raw, reason, "field value: " + raw, receivedAt);
    }

    @Test
    void aRecordAddedAgainIsKeptOnceSoARetriedBatchDuplicatesNothing() {
        RejectedRecord record = rejected("retried", RejectionReason.MALFORMED_RECORD);
        long before = quarantine().count();

        quarantine().add(List.of(record));
        quarantine().add(List.of(record));

        assertThat(quarantine().count()).isEqualTo(before + 1);
    }

    @Test
    void recordsComeBackNewestFirstWithTheirReason() {
        quarantine().add(List.of(rejected("first", RejectionReason.UNKNOWN_UNIT)));
        quarantine().add(List.of(rejected("second", RejectionReason.UNKNOWN_METER)));

        List<RejectedRecord> latest = quarantine().latest(Optional.empty(), 2);

        assertThat(latest).extracting(RejectedRecord::raw).containsExactly("second", "first");
        assertThat(latest.get(0).reason()).isEqualTo(RejectionReason.UNKNOWN_METER);
        assertThat(latest.get(0).detail()).isEqualTo("field value: second");
        assertThat(latest.get(0).position()).isEqualTo(7);
    }

    @Test
    void canBeFilteredByReason() {
        quarantine().add(List.of(rejected("future", RejectionReason.TIMESTAMP_IN_FUTURE)));

        assertThat(quarantine().latest(Optional.of(RejectionReason.TIMESTAMP_IN_FUTURE), 100))
                .isNotEmpty()
                .allMatch(r -> r.reason() == RejectionReason.TIMESTAMP_IN_FUTURE);
    }

    @Test
    void oversizedRawTextIsTruncatedNotRefused() {
        String huge = "x".repeat(1_000_000);
        quarantine().add(List.of(rejected(huge, RejectionReason.PAYLOAD_TOO_LARGE)));

        RejectedRecord stored = quarantine()
                .latest(Optional.of(RejectionReason.PAYLOAD_TOO_LARGE), 1)
                .get(0);
        assertThat(stored.raw())
                .hasSizeLessThan(RejectedRecord.MAX_RAW_LENGTH + 100)
                .contains("1000000 chars");
    }

    @Test
    void countIncludesEveryRecord() {
        long before = quarantine().count();
        quarantine()
                .add(List.of(
                        rejected("a", RejectionReason.MALFORMED_RECORD),
                        rejected("b", RejectionReason.MALFORMED_RECORD)));
        assertThat(quarantine().count()).isEqualTo(before + 2);
    }
}

package org.headwater.bench;

import java.util.Locale;

/**
 * What one fault cost: {@code lost} = sent readings not stored; {@code duplicated} = extra rows of a sent
 * reading, extra BACKFLOW alerts of an alarmed meter and extra first pages of one; {@code alertsMissed} =
 * alarmed meters whose alert was not raised or not paged. {@code restRefusals} names REST batches the server
 * refused with a 4xx although they were valid (not retried, as a headend would not retry them).
 */
record FaultOutcome(
        Fault fault,
        long sent,
        StoredCounts counts,
        long alertsExpected,
        long paged,
        long duplicatePages,
        String parked,
        long parkedWrong,
        String restRefusals,
        String skippedBecause) {

    static FaultOutcome skipped(Fault fault, String why) {
        return new FaultOutcome(fault, 0, new StoredCounts(0, 0, 0, 0, 0, 0), 0, 0, 0, "-", 0, "", why);
    }

    long lost() {
        return sent - counts.stored();
    }

    /** Whether nothing was lost, duplicated, missed or wrongly parked. */
    boolean clean() {
        return skippedBecause.isEmpty() && lost() == 0 && duplicated() == 0 && alertsMissed() == 0 && parkedWrong == 0;
    }

    long duplicated() {
        return counts.duplicated() + counts.alertsDuplicated() + duplicatePages;
    }

    long alertsMissed() {
        return alertsExpected - Math.min(counts.alertsRaised(), paged);
    }

    String line() {
        if (!skippedBecause.isEmpty()) {
            return String.format(Locale.ROOT, "fault %-17s skipped: %s", fault.id(), skippedBecause);
        }
        return String.format(
                Locale.ROOT,
                "fault %-17s sent=%d stored=%d duplicated=%d alerts_expected=%d raised=%d paged=%d"
                        + " (lost over MQTT %d, over REST %d; duplicate alerts %d, duplicate pages %d, rows never sent %d)"
                        + " %s%s%s",
                fault.id(),
                sent,
                counts.stored(),
                counts.duplicated(),
                alertsExpected,
                counts.alertsRaised(),
                paged,
                lost() - counts.lostOverRest(),
                counts.lostOverRest(),
                counts.alertsDuplicated(),
                duplicatePages,
                counts.unexpected(),
                parked,
                parkedWrong > 0 ? " PARKED LIST WRONG" : "",
                restRefusals.isEmpty() ? "" : "; " + restRefusals);
    }
}

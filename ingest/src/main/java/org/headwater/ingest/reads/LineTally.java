package org.headwater.ingest.reads;

import org.headwater.telemetry.IngestBatch;

/** Counts what each input line of a file turned into, for the {@link CsvReadReport}. */
final class LineTally {

    private final IngestBatch.Builder out;
    private long records;
    private long rejected;
    private long derivedIntervals;
    private long derivedRejections;
    private int sizeBefore;
    private int rejectedBefore;

    LineTally(IngestBatch.Builder out) {
        this.out = out;
    }

    /** Call before handing a line to the intake. */
    void lineStarts() {
        records++;
        sizeBefore = out.size();
        rejectedBefore = out.rejectedCount();
    }

    /** Call after the line was accepted or quarantined. */
    void lineEnds(boolean accepted) {
        if (!accepted) {
            rejected++;
            return;
        }
        int derivedRejectionsNow = out.rejectedCount() - rejectedBefore;
        derivedRejections += derivedRejectionsNow;
        derivedIntervals += out.size() - sizeBefore - 1 - derivedRejectionsNow;
    }

    CsvReadReport report() {
        return new CsvReadReport(records, records - rejected, rejected, derivedIntervals, derivedRejections);
    }
}

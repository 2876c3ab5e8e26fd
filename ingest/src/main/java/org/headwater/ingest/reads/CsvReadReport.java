package org.headwater.ingest.reads;

/**
 * What reading one file did. {@code records == accepted + rejected}: every data line was either
 * accepted or quarantined.
 *
 * @param records data lines (header, blank and comment lines excluded)
 * @param accepted lines that became a reading or a meter event
 * @param rejected lines quarantined with a reason
 * @param derivedIntervals interval volumes derived from register reads
 * @param derivedRejections register pairs quarantined as going backwards (their lines were accepted)
 */
public record CsvReadReport(
        long records, long accepted, long rejected, long derivedIntervals, long derivedRejections) {}

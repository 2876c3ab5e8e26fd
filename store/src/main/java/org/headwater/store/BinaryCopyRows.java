package org.headwater.store;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/**
 * Writes readings in PostgreSQL's binary {@code COPY} format as rows of (source_id integer, measurand
 * smallint, time timestamptz, value float8). The server then stores fields as sent instead of
 * parsing text, and the client skips formatting timestamps and doubles as text.
 */
final class BinaryCopyRows {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final short FIELDS = 4;
    // timestamptz is microseconds since 2000-01-01T00:00:00Z
    private static final long POSTGRES_EPOCH_SECONDS =
            Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();

    private final DataOutputStream out;

    BinaryCopyRows(OutputStream out) throws IOException {
        this.out = new DataOutputStream(out);
        this.out.write(SIGNATURE);
        this.out.writeInt(0); // flags: no OIDs
        this.out.writeInt(0); // no header extension
    }

    void write(int sourceId, short measurandCode, Instant time, double value) throws IOException {
        out.writeShort(FIELDS);
        out.writeInt(Integer.BYTES);
        out.writeInt(sourceId);
        out.writeInt(Short.BYTES);
        out.writeShort(measurandCode);
        out.writeInt(Long.BYTES);
        out.writeLong(postgresMicros(time));
        out.writeInt(Double.BYTES);
        out.writeDouble(value);
    }

    static long postgresMicros(Instant time) {
        return Math.addExact(
                Math.multiplyExact(time.getEpochSecond() - POSTGRES_EPOCH_SECONDS, 1_000_000L), time.getNano() / 1_000);
    }

    /** Writes the trailer and flushes; the caller then ends the COPY. */
    void finish() throws IOException {
        out.writeShort(-1);
        out.flush();
    }
}

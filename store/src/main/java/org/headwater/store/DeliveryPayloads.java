package org.headwater.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.function.Function;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertType;
import org.headwater.delivery.DeliveredEvent;
import org.headwater.delivery.RecordedAlert;
import org.headwater.delivery.StoredTelemetry;
import org.headwater.delivery.Topic;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;

/**
 * The compact binary form of a delivery event's payload. A stored batch carries its readings and
 * alarms (one row per batch, not per reading); a raised alert carries only its id, since the alert
 * itself is stored in the same transaction and read back when delivered.
 */
final class DeliveryPayloads {

    private static final byte FORMAT = 1;
    private static final byte RAISED = 'R';
    private static final byte CLEARED = 'C';

    private DeliveryPayloads() {}

    static byte[] telemetry(IngestBatch batch) {
        return write(out -> {
            out.writeInt(batch.readings().size());
            for (Reading r : batch.readings()) {
                out.writeUTF(r.sourceId());
                out.writeShort(MeasurandCodes.code(r.measurand()));
                writeInstant(out, r.time());
                out.writeDouble(r.value());
            }
            out.writeInt(batch.events().size());
            for (MeterEvent e : batch.events()) {
                out.writeUTF(e.meterId());
                writeInstant(out, e.time());
                out.writeUTF(e.code().name());
                out.writeUTF(e.vendorCode());
            }
        });
    }

    static byte[] alert(AlertEvent event) {
        return write(out -> {
            switch (event) {
                case AlertEvent.AlertRaised raised -> {
                    out.writeByte(RAISED);
                    out.writeUTF(raised.alertId());
                }
                case AlertEvent.AlertCleared cleared -> {
                    out.writeByte(CLEARED);
                    out.writeUTF(cleared.alertId());
                    out.writeUTF(cleared.condition().sourceId());
                    out.writeUTF(cleared.condition().type().name());
                    writeInstant(out, cleared.time());
                    out.writeUTF(cleared.reason());
                }
            }
        });
    }

    /** @param alertById reads a raised alert back from the store */
    static DeliveredEvent read(Topic topic, byte[] payload, Function<String, Alert> alertById) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            byte format = in.readByte();
            if (format != FORMAT) {
                throw new IllegalStateException("unknown delivery payload format " + format);
            }
            return switch (topic) {
                case TELEMETRY -> new StoredTelemetry(readTelemetry(in));
                case ALERTS -> new RecordedAlert(readAlert(in, alertById));
            };
        } catch (IOException e) {
            throw new UncheckedIOException("reading a " + topic + " delivery payload", e);
        }
    }

    private static IngestBatch readTelemetry(DataInputStream in) throws IOException {
        IngestBatch.Builder batch = IngestBatch.builder();
        int readings = in.readInt();
        for (int i = 0; i < readings; i++) {
            batch.add(new Reading(
                    in.readUTF(), MeasurandCodes.measurand(in.readShort()), readInstant(in), in.readDouble()));
        }
        int events = in.readInt();
        for (int i = 0; i < events; i++) {
            batch.add(new MeterEvent(in.readUTF(), readInstant(in), AlarmCode.valueOf(in.readUTF()), in.readUTF()));
        }
        return batch.drain();
    }

    private static AlertEvent readAlert(DataInputStream in, Function<String, Alert> alertById) throws IOException {
        byte kind = in.readByte();
        String alertId = in.readUTF();
        if (kind == RAISED) {
            return new AlertEvent.AlertRaised(alertById.apply(alertId));
        }
        if (kind != CLEARED) {
            throw new IllegalStateException("unknown alert event kind " + kind + " for " + alertId);
        }
        Alert.ConditionKey condition = new Alert.ConditionKey(in.readUTF(), AlertType.valueOf(in.readUTF()));
        return new AlertEvent.AlertCleared(alertId, condition, readInstant(in), in.readUTF());
    }

    private static void writeInstant(DataOutputStream out, Instant time) throws IOException {
        out.writeLong(time.getEpochSecond());
        out.writeInt(time.getNano());
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }

    private interface Writing {
        void to(DataOutputStream out) throws IOException;
    }

    private static byte[] write(Writing writing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a delivery payload", e);
        }
        return bytes.toByteArray();
    }
}

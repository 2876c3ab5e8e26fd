package org.headwater.streams;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.AlertState;
import org.headwater.alert.AlertType;
import org.headwater.alert.CauseHint;
import org.headwater.alert.Evidence;
import org.headwater.alert.Severity;
import org.headwater.network.CoordinateSystem;
import org.headwater.network.Location;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;
import org.jspecify.annotations.Nullable;

/**
 * The compact binary form of what travels on the readings and alerts topics and sits in the
 * detectors' state stores. Enums travel by name, so adding a constant does not shift the others.
 * The first byte is the format, so a later form can be told apart from this one.
 */
public final class TelemetryCodec {

    private static final byte FORMAT = 1;
    private static final byte RAISED = 'R';
    private static final byte CLEARED = 'C';

    private TelemetryCodec() {}

    public static byte[] inputs(SourceInputs inputs) {
        return write(out -> {
            out.writeUTF(inputs.sourceId());
            writeReadings(out, inputs.readings());
            writeEvents(out, inputs.events());
        });
    }

    public static SourceInputs inputs(byte[] bytes) {
        return read(bytes, in -> {
            String source = in.readUTF();
            return new SourceInputs(source, readReadings(in), readEvents(in));
        });
    }

    public static byte[] alertEvent(AlertEvent event) {
        return write(out -> {
            switch (event) {
                case AlertEvent.AlertRaised raised -> {
                    out.writeByte(RAISED);
                    writeAlert(out, raised.alert());
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

    public static AlertEvent alertEvent(byte[] bytes) {
        return read(bytes, in -> {
            byte kind = in.readByte();
            if (kind == RAISED) {
                return new AlertEvent.AlertRaised(readAlert(in));
            }
            if (kind != CLEARED) {
                throw new IllegalArgumentException("unknown alert event kind " + kind);
            }
            String alertId = in.readUTF();
            Alert.ConditionKey condition = new Alert.ConditionKey(in.readUTF(), AlertType.valueOf(in.readUTF()));
            return new AlertEvent.AlertCleared(alertId, condition, readInstant(in), in.readUTF());
        });
    }

    public static byte[] alert(Alert alert) {
        return write(out -> writeAlert(out, alert));
    }

    public static Alert alert(byte[] bytes) {
        return read(bytes, TelemetryCodec::readAlert);
    }

    private static void writeAlert(DataOutputStream out, Alert a) throws IOException {
        out.writeUTF(a.id());
        out.writeUTF(a.type().name());
        out.writeUTF(a.severity().name());
        out.writeUTF(a.sourceId());
        writeNullable(out, a.premiseId());
        writeNullable(out, a.zoneId());
        Location location = a.location();
        out.writeBoolean(location != null);
        if (location != null) {
            out.writeDouble(location.x());
            out.writeDouble(location.y());
            out.writeUTF(location.crs().code());
        }
        writeInstant(out, a.time());
        writeReadings(out, a.evidence().readings());
        writeEvents(out, a.evidence().events());
        out.writeUTF(a.evidence().summary());
        out.writeUTF(a.detector());
        out.writeLong(a.thresholdVersion());
        writeNullable(out, a.causeHint() == null ? null : a.causeHint().name());
        out.writeUTF(a.state().name());
        out.writeBoolean(a.clearedAt() != null);
        if (a.clearedAt() != null) {
            writeInstant(out, a.clearedAt());
        }
    }

    private static Alert readAlert(DataInputStream in) throws IOException {
        String id = in.readUTF();
        AlertType type = AlertType.valueOf(in.readUTF());
        Severity severity = Severity.valueOf(in.readUTF());
        String source = in.readUTF();
        String premise = readNullable(in);
        String zone = readNullable(in);
        Location location = in.readBoolean()
                ? new Location(in.readDouble(), in.readDouble(), new CoordinateSystem(in.readUTF()))
                : null;
        Instant time = readInstant(in);
        Evidence evidence = new Evidence(readReadings(in), readEvents(in), in.readUTF());
        String detector = in.readUTF();
        long thresholdVersion = in.readLong();
        String cause = readNullable(in);
        AlertState state = AlertState.valueOf(in.readUTF());
        Instant clearedAt = in.readBoolean() ? readInstant(in) : null;
        return new Alert(
                id,
                type,
                severity,
                source,
                premise,
                zone,
                location,
                time,
                evidence,
                detector,
                thresholdVersion,
                cause == null ? null : CauseHint.valueOf(cause),
                state,
                clearedAt);
    }

    private static void writeReadings(DataOutputStream out, List<Reading> readings) throws IOException {
        out.writeInt(readings.size());
        for (Reading r : readings) {
            writeReading(out, r);
        }
    }

    private static List<Reading> readReadings(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<Reading> readings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            readings.add(readReading(in));
        }
        return readings;
    }

    private static void writeEvents(DataOutputStream out, List<MeterEvent> events) throws IOException {
        out.writeInt(events.size());
        for (MeterEvent e : events) {
            writeEvent(out, e);
        }
    }

    private static List<MeterEvent> readEvents(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<MeterEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(readEvent(in));
        }
        return events;
    }

    private static void writeReading(DataOutputStream out, Reading r) throws IOException {
        out.writeUTF(r.sourceId());
        out.writeUTF(r.measurand().name());
        writeInstant(out, r.time());
        out.writeDouble(r.value());
    }

    private static Reading readReading(DataInputStream in) throws IOException {
        return new Reading(in.readUTF(), Measurand.valueOf(in.readUTF()), readInstant(in), in.readDouble());
    }

    private static void writeEvent(DataOutputStream out, MeterEvent e) throws IOException {
        out.writeUTF(e.meterId());
        writeInstant(out, e.time());
        out.writeUTF(e.code().name());
        out.writeUTF(e.vendorCode());
    }

    private static MeterEvent readEvent(DataInputStream in) throws IOException {
        return new MeterEvent(in.readUTF(), readInstant(in), AlarmCode.valueOf(in.readUTF()), in.readUTF());
    }

    private static void writeNullable(DataOutputStream out, @Nullable String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static @Nullable String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
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

    private interface Decoding<T> {
        T from(DataInputStream in) throws IOException;
    }

    private static byte[] write(Writing writing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a telemetry record", e);
        }
        return bytes.toByteArray();
    }

    private static <T> T read(byte[] bytes, Decoding<T> reading) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte format = in.readByte();
            if (format != FORMAT) {
                throw new IllegalArgumentException("unknown telemetry record format " + format);
            }
            return reading.from(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a telemetry record", e);
        }
    }
}

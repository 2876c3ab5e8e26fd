package org.headwater.ingest.reads;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.headwater.network.MeterSpec;
import org.headwater.telemetry.AlarmCode;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.MeterDirectory;
import org.headwater.telemetry.MeterEvent;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.ReadingValidator;
import org.headwater.telemetry.RegisterToIntervals;
import org.headwater.telemetry.Rejection;
import org.headwater.telemetry.RejectionReason;
import org.headwater.telemetry.Unit;
import org.jspecify.annotations.Nullable;

/**
 * The step every read adapter shares once it has split a record into fields: validate, convert to
 * canonical units, derive interval volumes from registers, map vendor alarm codes. One instance
 * serves all adapters of a process so that register state is per meter, not per file or topic.
 * Thread-safe.
 */
public final class ReadIntake {

    private final MeterDirectory directory;
    private final ReadingValidator validator;
    private final RegisterToIntervals intervals;
    private final VendorAlarmCodes alarmCodes;

    public ReadIntake(
            MeterDirectory directory,
            ReadingValidator validator,
            RegisterToIntervals intervals,
            VendorAlarmCodes alarmCodes) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.intervals = Objects.requireNonNull(intervals, "intervals");
        this.alarmCodes = Objects.requireNonNull(alarmCodes, "alarmCodes");
    }

    /** Default validation limits, interval settings and vendor alarm codes. */
    public static ReadIntake withDefaults(MeterDirectory directory, Clock clock) {
        return new ReadIntake(
                directory,
                ReadingValidator.withDefaults(directory, clock),
                new RegisterToIntervals(RegisterToIntervals.Settings.defaults()),
                VendorAlarmCodes.defaults());
    }

    /** Starts collecting the output of one channel (a file, a message) into {@code out}. */
    public Session session(String channel, Instant receivedAt, IngestBatch.Builder out) {
        return new Session(channel, receivedAt, out);
    }

    /** Collects one channel's records; not thread-safe (one per file or message). */
    public final class Session implements RegisterToIntervals.Emitter {
        private final String channel;
        private final Instant receivedAt;
        private final IngestBatch.Builder out;
        private long position;

        private Session(String channel, Instant receivedAt, IngestBatch.Builder out) {
            this.channel = channel;
            this.receivedAt = receivedAt;
            this.out = out;
        }

        /** The line number or element index that rejections are reported at. */
        public void position(long position) {
            this.position = position;
        }

        public String channel() {
            return channel;
        }

        /**
         * Validates one value and, when good, adds it (and any interval volumes a register read
         * completes) to the batch.
         *
         * @param value value in {@code unit}
         * @param serial meter serial number, when the source reports it (register reads only)
         * @return why it was refused, or {@code null} when accepted; the caller adds the raw text
         *     with {@link #reject}
         */
        public @Nullable Rejection reading(
                String sourceId, Measurand measurand, Instant time, double value, Unit unit, @Nullable String serial) {
            Rejection rejection = validator.check(sourceId, measurand, time, value, unit);
            if (rejection != null) {
                return rejection;
            }
            Reading reading = new Reading(sourceId, measurand, time, unit.toCanonical(value));
            out.add(reading);
            if (measurand == Measurand.REGISTER) {
                Optional<MeterSpec> spec = directory.meter(sourceId);
                if (spec.isPresent()) {
                    intervals.accept(reading, spec.get(), serial, this);
                }
            }
            return null;
        }

        /** Validates one alarm and, when good, adds it as a {@link MeterEvent}. */
        public @Nullable Rejection alarm(String meterId, Instant time, String vendorCode) {
            Optional<AlarmCode> code = alarmCodes.lookup(vendorCode);
            if (code.isEmpty()) {
                return new Rejection(
                        RejectionReason.UNKNOWN_ALARM_CODE,
                        "code \"" + vendorCode + "\" is not a known vendor alarm code");
            }
            Rejection rejection = validator.checkEvent(meterId, time);
            if (rejection != null) {
                return rejection;
            }
            if (code.get() == AlarmCode.METER_REPLACED) {
                intervals.meterReplaced(meterId, time);
            }
            out.add(new MeterEvent(meterId, time, code.get(), vendorCode));
            return null;
        }

        /** Quarantines the record at the current position with its raw text. */
        public void reject(Rejection rejection, String raw) {
            out.reject(rejection.toRecord(channel, position, raw, receivedAt));
        }

        @Override
        public void interval(Reading intervalVolume) {
            out.add(intervalVolume);
        }

        @Override
        public void rejected(RejectionReason reason, String raw, String detail) {
            reject(new Rejection(reason, detail), raw);
        }
    }
}

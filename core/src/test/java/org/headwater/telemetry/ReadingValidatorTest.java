package org.headwater.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.headwater.network.MeterSpec;
import org.junit.jupiter.api.Test;

class ReadingValidatorTest {

    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private final InMemoryMeterDirectory directory = new InMemoryMeterDirectory()
            .putMeter("m1", MeterSpec.residentialDefault())
            .putSensor("pt-1");
    private final ReadingValidator validator =
            ReadingValidator.withDefaults(directory, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aGoodReadPasses() {
        assertThat(validator.check("m1", Measurand.REGISTER, NOW, 12.5, Unit.CUBIC_METRE))
                .isNull();
        assertThat(validator.check("pt-1", Measurand.PRESSURE, NOW, 55, Unit.PSI))
                .isNull();
    }

    @Test
    void unknownMeterIsRejectedNamingTheId() {
        Rejection r = validator.check("m404", Measurand.INTERVAL_VOLUME, NOW, 1, Unit.LITRE);

        assertThat(r).isNotNull();
        assertThat(r.reason()).isEqualTo(RejectionReason.UNKNOWN_METER);
        assertThat(r.detail()).contains("meter_id", "m404");
    }

    @Test
    void aSensorCannotSendRegisterReads() {
        Rejection r = validator.check("pt-1", Measurand.REGISTER, NOW, 1, Unit.LITRE);

        assertThat(r).isNotNull();
        assertThat(r.reason()).isEqualTo(RejectionReason.UNKNOWN_METER);
    }

    @Test
    void timestampInTheFutureBeyondTheSkewIsRejected() {
        Rejection r = validator.check("m1", Measurand.REGISTER, NOW.plus(Duration.ofMinutes(6)), 1, Unit.LITRE);

        assertThat(r).isNotNull();
        assertThat(r.reason()).isEqualTo(RejectionReason.TIMESTAMP_IN_FUTURE);
        assertThat(r.detail()).contains("2024-05-01T12:06:00Z", "PT5M");
    }

    @Test
    void timestampWithinTheSkewIsAccepted() {
        assertThat(validator.check("m1", Measurand.REGISTER, NOW.plus(Duration.ofMinutes(4)), 1, Unit.LITRE))
                .isNull();
    }

    @Test
    void unitOfAnotherFamilyIsRejected() {
        Rejection r = validator.check("m1", Measurand.REGISTER, NOW, 40, Unit.PSI);

        assertThat(r).isNotNull();
        assertThat(r.reason()).isEqualTo(RejectionReason.UNIT_MISMATCH);
        assertThat(r.detail()).contains("PSI", "REGISTER", "VOLUME");
    }

    @Test
    void implausibleValueIsRejectedWithTheRange() {
        Rejection r = validator.check("pt-1", Measurand.PH, NOW, 15.2, Unit.PH);

        assertThat(r).isNotNull();
        assertThat(r.reason()).isEqualTo(RejectionReason.IMPLAUSIBLE_VALUE);
        assertThat(r.detail()).contains("15.2", "PH", "0.0..14.0");
    }

    @Test
    void negativeRegisterIsImplausible() {
        Rejection r = validator.check("m1", Measurand.REGISTER, NOW, -3, Unit.CUBIC_METRE);

        assertThat(r).isNotNull();
        assertThat(r.reason()).isEqualTo(RejectionReason.IMPLAUSIBLE_VALUE);
    }

    @Test
    void eventFromUnknownMeterIsRejected() {
        Rejection r = validator.checkEvent("m404", NOW);

        assertThat(r).isNotNull();
        assertThat(r.reason()).isEqualTo(RejectionReason.UNKNOWN_METER);
    }
}

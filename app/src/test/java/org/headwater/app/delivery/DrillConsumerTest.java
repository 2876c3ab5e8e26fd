package org.headwater.app.delivery;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.headwater.delivery.StoredTelemetry;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.testkit.SettableClock;
import org.junit.jupiter.api.Test;

class DrillConsumerTest {

    private static final Instant T0 = Instant.parse("2026-03-10T12:00:00Z");
    private final SettableClock clock = new SettableClock(T0);

    private static StoredTelemetry readingOf(String source) {
        return new StoredTelemetry(IngestBatch.builder()
                .add(new Reading(source, Measurand.INTERVAL_VOLUME, T0, 1))
                .drain());
    }

    @Test
    void thePoisonedSourceFailsEveryTimeAndOthersPass() {
        DrillConsumer drill = new DrillConsumer(new DeliveryProperties.Drill("M-POISON", null), clock);

        assertThatThrownBy(() -> drill.accept(readingOf("M-POISON"))).hasMessageContaining("M-POISON");
        assertThatCode(() -> drill.accept(readingOf("M1"))).doesNotThrowAnyException();
    }

    @Test
    void failAllForFailsEverythingForThatLongAfterStartThenNothing() {
        DrillConsumer drill = new DrillConsumer(new DeliveryProperties.Drill(null, Duration.ofSeconds(30)), clock);

        clock.advance(Duration.ofSeconds(29));
        assertThatThrownBy(() -> drill.accept(readingOf("M1"))).hasMessageContaining("fault drill");
        clock.advance(Duration.ofSeconds(1));
        assertThatCode(() -> drill.accept(readingOf("M1"))).doesNotThrowAnyException();
    }
}

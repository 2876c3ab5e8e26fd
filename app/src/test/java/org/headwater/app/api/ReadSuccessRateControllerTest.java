package org.headwater.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headwater.testkit.MeterBuilder.aMeter;
import static org.headwater.testkit.ReadingBuilder.aReading;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.network.Network;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.testkit.InMemoryNetworks;
import org.headwater.testkit.InMemoryReadSlots;
import org.headwater.testkit.InMemoryReadings;
import org.headwater.testkit.SettableClock;
import org.junit.jupiter.api.Test;

/** Read success rate (EPA section 4) from the ports' in-memory fakes, without a Spring context. */
class ReadSuccessRateControllerTest {

    private static final Instant NOW = Instant.parse("2024-05-10T12:00:00Z");

    private final InMemoryReadings readings = new InMemoryReadings();
    private final InMemoryNetworks networks = new InMemoryNetworks();
    private final SettableClock clock = new SettableClock(NOW);
    private final ReadSuccessRateController controller =
            new ReadSuccessRateController(new CurrentNetwork(networks), new InMemoryReadSlots(readings), clock);

    @Test
    void eachMeterCountsItsReadSlotsAgainstItsReadIntervalAndTheWorstComeFirst() {
        Network.Builder network = Network.builder("test");
        aMeter().id("full").addTo(network);
        aMeter().id("half").addTo(network);
        aMeter().id("silent").addTo(network);
        networks.save(network.build());
        Instant end = Instant.parse("2024-05-09T00:00:00Z");
        hourlyReads("full", end.minus(Duration.ofHours(24)), 24, 1);
        hourlyReads("half", end.minus(Duration.ofHours(24)), 12, 2);

        ReadSuccessRateController.SystemRate rate = controller.rate(end, Duration.ofHours(24), 2);

        assertThat(rate.meters()).isEqualTo(3);
        assertThat(rate.received()).isEqualTo(36);
        assertThat(rate.expected()).isEqualTo(72);
        assertThat(rate.metersBelowTypical()).isEqualTo(2);
        assertThat(rate.worstMeters())
                .containsExactly(
                        new ReadSuccessRateController.MeterRate("silent", 0, 24, 0.0),
                        new ReadSuccessRateController.MeterRate("half", 12, 24, 0.5));
    }

    @Test
    void byDefaultTheWindowEndsOneTransmissionIntervalBeforeTheServerClock() {
        Network.Builder network = Network.builder("test");
        aMeter().id("m1").transmitting(Duration.ofHours(6)).addTo(network);
        networks.save(network.build());
        // Reads of the last six hours are still in the meter, waiting for its next transmission.
        hourlyReads("m1", NOW.minus(Duration.ofHours(30)), 24, 1);

        ReadSuccessRateController.SystemRate rate = controller.rate(null, Duration.ofHours(24), 20);

        assertThat(rate.windowEnd()).isEqualTo(NOW.minus(Duration.ofHours(6)));
        assertThat(rate.rate()).isEqualTo(1.0);
    }

    private void hourlyReads(String meter, Instant from, int count, int everyHours) {
        List<Reading> reads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            reads.add(aReading()
                    .from(meter)
                    .of(Measurand.REGISTER)
                    .at(from.plus(Duration.ofHours((long) i * everyHours)))
                    .value(100 + i)
                    .build());
        }
        readings.append(reads);
    }
}

package org.headwater.app.cmms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.headwater.testkit.SettableClock;
import org.junit.jupiter.api.Test;

class SimulatedMaximoTest {

    @Test
    void itWalksEachOrderThroughTheDemoStatusesOneStepPerInterval() throws Exception {
        SettableClock clock = new SettableClock(CmmsTestOrders.T);
        try (SimulatedMaximo maximo = SimulatedMaximo.start(0, "k", clock)) {
            MaximoConnector connector = new MaximoConnector(
                    MaximoSettings.of(maximo.collection(), "k", "BEDFORD", "EAGLENA"), Clock.systemUTC());
            connector.send(CmmsTestOrders.order("WO-000001"));
            List<String> demo = List.of("WAPPR", "APPR", "INPRG", "COMP");

            maximo.progressOnce(demo, Duration.ofMinutes(10));
            assertThat(maximo.statusOf("WO-000001")).as("not yet ten minutes").contains("WAPPR");
            clock.advance(Duration.ofMinutes(10));
            maximo.progressOnce(demo, Duration.ofMinutes(10));
            assertThat(maximo.statusOf("WO-000001")).contains("APPR");
            for (int step = 0; step < 5; step++) {
                clock.advance(Duration.ofMinutes(10));
                maximo.progressOnce(demo, Duration.ofMinutes(10));
            }

            assertThat(maximo.statusOf("WO-000001"))
                    .as("it stops at the last status")
                    .contains("COMP");
        }
    }

    @Test
    void aScheduledProgressionAdvancesOrdersByItself() throws Exception {
        try (SimulatedMaximo maximo = SimulatedMaximo.start(0, "k")) {
            MaximoConnector connector = new MaximoConnector(
                    MaximoSettings.of(maximo.collection(), "k", "BEDFORD", "EAGLENA"), Clock.systemUTC());
            connector.send(CmmsTestOrders.order("WO-000002"));

            maximo.autoProgress(List.of("WAPPR", "APPR", "INPRG", "COMP"), Duration.ofMillis(40));

            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!maximo.statusOf("WO-000002").orElseThrow().equals("COMP") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(maximo.statusOf("WO-000002")).contains("COMP");
        }
    }

    @Test
    void aStatusMoveMaximoWouldNotAllowIsRefusedNamingBothStatuses() throws Exception {
        try (SimulatedMaximo maximo = SimulatedMaximo.start(0, "k")) {
            new MaximoConnector(MaximoSettings.of(maximo.collection(), "k", "BEDFORD", "EAGLENA"), Clock.systemUTC())
                    .send(CmmsTestOrders.order("WO-000003"));
            maximo.advance("1001", "CAN");

            assertThatThrownBy(() -> maximo.advance("1001", "INPRG"))
                    .hasMessageContaining("simulated CMMS")
                    .hasMessageContaining("from CAN to INPRG");
            assertThatThrownBy(() -> maximo.advance("9999", "APPR")).hasMessageContaining("no work order 9999");
        }
    }
}

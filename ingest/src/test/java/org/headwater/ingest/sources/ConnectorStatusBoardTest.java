package org.headwater.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.headwater.testkit.SettableClock;
import org.junit.jupiter.api.Test;

class ConnectorStatusBoardTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final ConnectorStatusBoard board = new ConnectorStatusBoard(clock);

    @Test
    void aNewConnectorIsConnectingWithNothingCounted() {
        board.register("opcua", "plant-a");

        ConnectorStatus status = board.statuses().getFirst();
        assertThat(status.state()).isEqualTo(ConnectorState.CONNECTING);
        assertThat(status.lastValueTime()).isNull();
        assertThat(status.values()).isZero();
        assertThat(status.valuesPerSecond()).isZero();
    }

    @Test
    void reportsStateValuesAndErrorsPerConnector() {
        ConnectorReport plant = board.register("opcua", "plant-a");
        ConnectorReport booster = board.register("modbus", "booster-3");
        plant.connected();
        plant.values(10, 2, Instant.parse("2026-03-01T09:59:59Z"));
        plant.values(5, 0, Instant.parse("2026-03-01T09:59:58Z"));
        clock.advance(Duration.ofMinutes(1));
        booster.disconnected("connection refused");

        assertThat(board.statuses()).extracting(ConnectorStatus::kind).containsExactly("modbus", "opcua");
        ConnectorStatus a = board.statuses().get(1);
        assertThat(a.state()).isEqualTo(ConnectorState.CONNECTED);
        assertThat(a.values()).isEqualTo(15);
        assertThat(a.quarantined()).isEqualTo(2);
        assertThat(a.lastValueTime()).isEqualTo(Instant.parse("2026-03-01T09:59:59Z"));
        ConnectorStatus b = board.statuses().getFirst();
        assertThat(b.state()).isEqualTo(ConnectorState.DISCONNECTED);
        assertThat(b.since()).isEqualTo(clock.instant());
        assertThat(b.errors()).isEqualTo(1);
        assertThat(b.lastError()).isEqualTo("connection refused");
    }

    @Test
    void valuesPerSecondAverageTheLastTenCompleteSeconds() {
        ConnectorReport report = board.register("opcua", "plant-a");
        for (int second = 0; second < 20; second++) {
            report.values(100, 0, clock.instant());
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(board.statuses().getFirst().valuesPerSecond()).isEqualTo(100.0);

        clock.advance(Duration.ofSeconds(5));
        assertThat(board.statuses().getFirst().valuesPerSecond()).isEqualTo(50.0);
        clock.advance(Duration.ofSeconds(30));
        assertThat(board.statuses().getFirst().valuesPerSecond()).isZero();
    }

    @Test
    void registeringAgainKeepsTheCounts() {
        board.register("opcua", "plant-a").values(3, 0, null);
        board.register("opcua", "plant-a").stopped();

        assertThat(board.statuses()).singleElement().satisfies(s -> {
            assertThat(s.values()).isEqualTo(3);
            assertThat(s.state()).isEqualTo(ConnectorState.STOPPED);
        });
    }
}

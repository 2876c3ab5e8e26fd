package org.headwater.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.headwater.app.config.WallClock;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.ingest.sources.ConnectorState;
import org.headwater.ingest.sources.ConnectorStatus;
import org.headwater.ingest.sources.ConnectorStatusBoard;
import org.headwater.ingest.sources.TagMapException;
import org.headwater.telemetry.InMemoryMeterDirectory;
import org.headwater.testkit.EmbeddedMqttBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/** {@code headwater.sources.sparkplug.*} and {@code headwater.sources.modbus.*} start their connectors. */
class FieldSourceConnectorsTest {

    @TempDir
    Path dir;

    @Test
    void everyEnabledSparkplugAndModbusSourceStartsAndReportsToTheStatusBoard() throws Exception {
        Path tags = Files.writeString(
                dir.resolve("tags.csv"), "address,sensor_id,measurand,unit\nwater/s1:P,p1,pressure,kpa\n");
        Path registers = Files.writeString(
                dir.resolve("registers.csv"),
                "unit_id,function,address,type,unit,sensor_id,measurand\n1,3,0,int16,kpa,p2,pressure\n");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (EmbeddedMqttBroker broker = EmbeddedMqttBroker.start()) {
            MockEnvironment environment = new MockEnvironment()
                    .withProperty("headwater.sources.sparkplug.plant.host", "127.0.0.1")
                    .withProperty("headwater.sources.sparkplug.plant.port", Integer.toString(broker.port()))
                    .withProperty("headwater.sources.sparkplug.plant.map", tags.toString())
                    .withProperty("headwater.sources.sparkplug.spare.enabled", "false")
                    .withProperty("headwater.sources.modbus.booster.host", "127.0.0.1")
                    .withProperty("headwater.sources.modbus.booster.port", Integer.toString(closedPort))
                    .withProperty("headwater.sources.modbus.booster.interval", "200ms")
                    .withProperty("headwater.sources.modbus.booster.map", registers.toString());
            FieldSourceConnectors connectors = connectors(environment);
            connectors.start();
            try {
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> connectors.board().statuses().stream()
                                .anyMatch(s -> s.kind().equals("modbus") && s.state() == ConnectorState.DISCONNECTED));
                assertThat(connectors.board().statuses())
                        .extracting(ConnectorStatus::kind, ConnectorStatus::name)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("modbus", "booster"),
                                org.assertj.core.groups.Tuple.tuple("sparkplug", "plant"));
                assertThat(connectors.board().statuses().get(1).state()).isEqualTo(ConnectorState.CONNECTED);
            } finally {
                connectors.stop();
            }
        }
    }

    @Test
    void aBadRegisterMapStopsTheStartNamingTheFileLineAndField() throws Exception {
        Path registers = Files.writeString(
                dir.resolve("registers.csv"),
                "unit_id,function,address,type,unit,sensor_id,measurand\n1,6,0,int16,kpa,p2,pressure\n");
        MockEnvironment environment = new MockEnvironment()
                .withProperty("headwater.sources.modbus.booster.host", "127.0.0.1")
                .withProperty("headwater.sources.modbus.booster.map", registers.toString());

        assertThatThrownBy(() -> connectors(environment).start())
                .isInstanceOf(TagMapException.class)
                .hasMessageContaining("registers.csv line 2 field function: 6 is a write function");
    }

    private static FieldSourceConnectors connectors(MockEnvironment environment) {
        var directory = new InMemoryMeterDirectory().putSensor("p1").putSensor("p2");
        return new FieldSourceConnectors(
                environment,
                ReadIntake.withDefaults(directory, Clock.systemUTC()),
                batch -> {},
                new WallClock(Clock.systemUTC()),
                new DefaultListableBeanFactory().getBeanProvider(ConnectorStatusBoard.class));
    }
}

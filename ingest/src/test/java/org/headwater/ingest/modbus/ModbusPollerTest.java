package org.headwater.ingest.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.ingest.sources.ConnectorState;
import org.headwater.ingest.sources.ConnectorStatus;
import org.headwater.ingest.sources.ConnectorStatusBoard;
import org.headwater.ingest.sources.TagMapException;
import org.headwater.telemetry.InMemoryMeterDirectory;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Measurand;
import org.headwater.telemetry.Reading;
import org.headwater.telemetry.RejectionReason;
import org.headwater.telemetry.TelemetrySink;
import org.headwater.telemetry.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against the Modbus library's own TCP server, in-process on a free port. */
class ModbusPollerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final List<String> MAP = List.of(
            "# booster station 3",
            "unit_id,function,address,type,word_order,scale,offset,unit,sensor_id,measurand",
            "1,3,100,float32,big,,,psi,bs3-pressure,pressure",
            "1,3,102,float32,little,,,l/s,bs3-flow,flow",
            "1,4,10,int16,,0.01,,m,bs3-level,level",
            "1,3,104,uint16,,0.1,-10,degc,bs3-temperature,temperature",
            "1,2,7,bool,,,,m,bs3-high-level-switch,level");

    private final Collected sink = new Collected();
    private final ConnectorStatusBoard board = new ConnectorStatusBoard(Clock.systemUTC());
    private InProcessModbusDevice device;
    private ModbusPoller poller;

    @BeforeEach
    void startDevice() {
        device = new InProcessModbusDevice();
        device.holdingFloat(100, 60.0f, false);
        device.holdingFloat(102, 12.5f, true);
        device.input(10, -250); // -2.5 m: a level below the datum, signed
        device.holding(104, 350); // 35.0 - 10 = 25.0 degC
        device.discreteInput(7, true);
    }

    @AfterEach
    void stop() {
        if (poller != null) {
            poller.close();
        }
        device.close();
    }

    @Test
    void everyMappedRegisterBecomesAReadingDecodedScaledAndInCanonicalUnits() {
        poller = poller(RegisterMap.parse(MAP, "bs3.csv"));

        IngestBatch batch = poller.poll();

        assertThat(batch.rejected()).isEmpty();
        assertThat(batch.readings())
                .extracting(Reading::sourceId, Reading::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bs3-pressure", Unit.PSI.toCanonical(60.0)),
                        org.assertj.core.groups.Tuple.tuple("bs3-flow", 12.5),
                        org.assertj.core.groups.Tuple.tuple("bs3-level", -2.5),
                        org.assertj.core.groups.Tuple.tuple("bs3-temperature", 25.0),
                        org.assertj.core.groups.Tuple.tuple("bs3-high-level-switch", 1.0));
        assertThat(batch.readings()).extracting(Reading::measurand).startsWith(Measurand.PRESSURE, Measurand.FLOW);
    }

    @Test
    void aRegisterTheDeviceDoesNotHaveIsQuarantinedOnceAndTheOthersAreStillRead() {
        List<String> map = new java.util.ArrayList<>(MAP);
        map.add("1,3,5000,int16,,,,kpa,ghost,pressure");
        poller = poller(RegisterMap.parse(map, "bs3.csv"));

        IngestBatch first = poller.poll();
        IngestBatch second = poller.poll();

        assertThat(first.readings()).hasSize(5);
        assertThat(first.rejected()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectionReason.BAD_QUALITY);
            assertThat(r.detail())
                    .contains("address 5000")
                    .contains("ILLEGAL_DATA_ADDRESS")
                    .contains("ghost");
        });
        assertThat(second.rejected()).isEmpty(); // not again at every poll...
        assertThat(second.readings()).hasSize(5);
        assertThat(board.statuses().get(0).errors()).isEqualTo(2); // ...but counted every time
    }

    @Test
    void aNonFiniteFloatIsQuarantinedAsAnInvalidNumber() {
        device.holdingFloat(100, Float.NaN, false);
        poller = poller(RegisterMap.parse(MAP, "bs3.csv"));

        IngestBatch batch = poller.poll();

        assertThat(batch.rejected()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectionReason.INVALID_NUMBER);
            assertThat(r.raw()).contains("1/3/100");
        });
        assertThat(batch.readings()).hasSize(4);
    }

    @Test
    void aDeviceRestartLosesNoPollAfterItIsBackAndThePollerReconnectsByItself() {
        poller = poller(RegisterMap.parse(MAP, "bs3.csv"));
        poller.start();
        await().atMost(WAIT).until(() -> sink.readings().size() >= 10);

        device.stop();
        await().atMost(WAIT).until(() -> status().state() == ConnectorState.DISCONNECTED);
        int beforeRestart = sink.readings().size();

        device.start();
        await().atMost(WAIT).until(() -> sink.readings().size() >= beforeRestart + 10);
        assertThat(status().state()).isEqualTo(ConnectorState.CONNECTED);
        assertThat(status().errors()).isPositive();
        // a poll cut short by the stop keeps what it read; after the restart every register is read again
        assertThat(sink.readings().subList(beforeRestart, sink.readings().size()))
                .extracting(Reading::sourceId)
                .contains("bs3-pressure", "bs3-flow", "bs3-level", "bs3-temperature", "bs3-high-level-switch");
    }

    @Test
    void aMapWithAWriteFunctionCodeIsRefusedNamingTheFileLineAndField() {
        List<String> map = List.of(MAP.get(1), "1,6,100,int16,,,,kpa,p,pressure");

        assertThatThrownBy(() -> RegisterMap.parse(map, "bs3.csv"))
                .isInstanceOf(TagMapException.class)
                .hasMessage(
                        "bs3.csv line 2 field function: 6 is a write function; Headwater only reads (1, 2, 3 or 4)");
    }

    @Test
    void aMapWithAnAddressOutOfRangeOrAWrongTypeIsRefusedAtTheLine() {
        assertThatThrownBy(() -> RegisterMap.parse(List.of(MAP.get(1), "1,3,65535,float32,,,,kpa,p,pressure"), "m.csv"))
                .hasMessageStartingWith("m.csv line 2 field address: 65535 leaves no room");
        assertThatThrownBy(() -> RegisterMap.parse(List.of(MAP.get(1), "1,3,70000,int16,,,,kpa,p,pressure"), "m.csv"))
                .hasMessage("m.csv line 2 field address: 70000 is outside 0..65535");
        assertThatThrownBy(() -> RegisterMap.parse(List.of(MAP.get(1), "1,1,3,float32,,,,kpa,p,pressure"), "m.csv"))
                .hasMessage("m.csv line 2 field type: function 1 reads bits: the type must be bool");
        assertThatThrownBy(() -> RegisterMap.parse(List.of(MAP.get(1), "1,3,3,int16,,,,psi,p,flow"), "m.csv"))
                .hasMessageStartingWith("m.csv line 2 field unit: \"psi\" measures PRESSURE");
    }

    private ModbusPoller poller(RegisterMap map) {
        var directory = new InMemoryMeterDirectory();
        map.registers().forEach(r -> directory.putSensor(r.mapping().sensorId()));
        return new ModbusPoller(
                new ModbusSourceSettings(
                        "bs3",
                        "127.0.0.1",
                        device.port(),
                        Duration.ofMillis(100),
                        // generous: on a loaded machine a slow answer must not become a lost poll
                        Duration.ofSeconds(3),
                        Duration.ofSeconds(3)),
                map,
                ReadIntake.withDefaults(directory, Clock.systemUTC()),
                sink,
                board.register("modbus", "bs3"),
                Clock.systemUTC());
    }

    private ConnectorStatus status() {
        return board.statuses().get(0);
    }

    private static final class Collected implements TelemetrySink {
        private final List<IngestBatch> batches = new CopyOnWriteArrayList<>();

        @Override
        public void accept(IngestBatch batch) {
            batches.add(batch);
        }

        List<Reading> readings() {
            return batches.stream().flatMap(b -> b.readings().stream()).toList();
        }
    }
}

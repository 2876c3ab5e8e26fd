package org.headwater.ingest.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.headwater.ingest.sources.SourceConfigException;
import org.headwater.ingest.sources.SourceDefinitions;
import org.headwater.ingest.sources.TagMapException;
import org.headwater.ingest.sparkplug.SparkplugHostSettings;
import org.headwater.ingest.sparkplug.SparkplugSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code headwater.sources.sparkplug.*} and {@code headwater.sources.modbus.*} as the configuration gives them. */
class FieldSourceSettingsTest {

    @TempDir
    Path dir;

    @Test
    void aModbusSourceReadsItsSettingsAndRegisterMap() throws Exception {
        Path map = Files.writeString(dir.resolve("bs3.csv"), """
                unit_id,function,address,type,unit,sensor_id,measurand
                1,4,10,int16,m,bs3-level,level
                """);
        var sources = SourceDefinitions.of(Map.of(
                "modbus.bs3.host", "10.0.0.12",
                "modbus.bs3.interval", "1s",
                "modbus.bs3.map", map.toString()));
        var source = sources.enabled(ModbusSources.KIND).get(0);

        ModbusSourceSettings settings = ModbusSources.settings(source);

        assertThat(settings.host()).isEqualTo("10.0.0.12");
        assertThat(settings.port()).isEqualTo(502);
        assertThat(settings.interval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(ModbusSources.registerMap(source).registers()).hasSize(1);
    }

    @Test
    void aBadModbusSettingOrMapIsRefusedNamingThePropertyOrTheLine() throws Exception {
        Path map = Files.writeString(dir.resolve("bad.csv"), """
                unit_id,function,address,type,unit,sensor_id,measurand
                1,16,10,int16,m,bs3-level,level
                """);
        var source = SourceDefinitions.of(Map.of(
                        "modbus.bs3.host", "10.0.0.12",
                        "modbus.bs3.interval", "0s",
                        "modbus.bs3.map", map.toString()))
                .enabled(ModbusSources.KIND)
                .get(0);

        assertThatThrownBy(() -> ModbusSources.settings(source))
                .isInstanceOf(SourceConfigException.class)
                .hasMessageContaining("headwater.sources.modbus.bs3.interval");
        assertThatThrownBy(() -> ModbusSources.registerMap(source))
                .isInstanceOf(TagMapException.class)
                .hasMessageContaining("bad.csv line 2 field function: 16 is a write function");
    }

    @Test
    void aSparkplugSourceReadsItsSettingsAndRefusesABadGroup() {
        var good = SourceDefinitions.of(Map.of("sparkplug.plant.host", "broker", "sparkplug.plant.group", "water"))
                .enabled(SparkplugSources.KIND)
                .get(0);
        SparkplugHostSettings settings = SparkplugSources.settings(good);
        assertThat(settings.topicFilter()).isEqualTo("spBv1.0/water/#");
        assertThat(settings.stateTopic()).isEqualTo("spBv1.0/STATE/headwater");

        var bad = SourceDefinitions.of(Map.of("sparkplug.plant.host", "broker", "sparkplug.plant.group", "water/#"))
                .enabled(SparkplugSources.KIND)
                .get(0);
        assertThatThrownBy(() -> SparkplugSources.settings(bad))
                .isInstanceOf(SourceConfigException.class)
                .hasMessageContaining("headwater.sources.sparkplug.plant.group");
    }
}

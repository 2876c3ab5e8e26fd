package org.headwater.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceDefinitionsTest {

    @Test
    void groupsAnyNumberOfNamedSourcesPerKind() {
        SourceDefinitions sources = SourceDefinitions.of(Map.of(
                "opcua.plant-a.endpoint", "opc.tcp://a:4840",
                "opcua.plant-a.security.policy", "Basic256Sha256",
                "opcua.plant-b.endpoint", "opc.tcp://b:4840",
                "opcua.plant-b.enabled", "false",
                "modbus.booster-3.host", "10.0.0.12"));

        assertThat(sources.all()).extracting(SourceDefinition::name).containsExactly("booster-3", "plant-a", "plant-b");
        assertThat(sources.enabled("opcua")).singleElement().satisfies(plant -> {
            assertThat(plant.required("endpoint")).isEqualTo("opc.tcp://a:4840");
            assertThat(plant.optional("security.policy")).isEqualTo("Basic256Sha256");
        });
        assertThat(sources.enabled("sparkplug")).isEmpty();
    }

    @Test
    void settingsAreTypedAndABadOneNamesTheFullProperty() {
        SourceDefinition source = new SourceDefinition(
                "opcua",
                "plant-a",
                Map.of("sampling-interval", "500ms", "queue-size", "0", "deadband", "-1", "enabled", "yes"));

        assertThat(source.duration("sampling-interval", Duration.ofSeconds(1))).isEqualTo(Duration.ofMillis(500));
        assertThat(source.duration("publishing-interval", Duration.ofSeconds(1)))
                .isEqualTo(Duration.ofSeconds(1));
        assertThatThrownBy(() -> source.integer("queue-size", 10, 1, 1000))
                .isInstanceOf(SourceConfigException.class)
                .hasMessage("headwater.sources.opcua.plant-a.queue-size: 0 is outside 1..1000");
        assertThatThrownBy(() -> source.number("deadband", 0))
                .hasMessageStartingWith("headwater.sources.opcua.plant-a.deadband: -1");
        assertThatThrownBy(source::enabled)
                .hasMessage("headwater.sources.opcua.plant-a.enabled: \"yes\" is not true or false");
        assertThatThrownBy(() -> source.required("endpoint"))
                .hasMessage("headwater.sources.opcua.plant-a.endpoint: is required");
    }

    @Test
    void aMisspeltSettingIsRefused() {
        SourceDefinition source = new SourceDefinition("opcua", "a", Map.of("endpiont", "x", "map", "m.csv"));

        assertThatThrownBy(() -> source.allowOnly(Set.of("endpoint")))
                .hasMessageStartingWith("headwater.sources.opcua.a.endpiont: is not a setting of a opcua source");
    }

    @Test
    void aMissingMapFileIsRefusedNamingThePropertyAndABadMapNamingItsLine(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("tags.csv"), "address,sensor_id,measurand,unit\nx,s,pressure,m3\n");

        assertThatThrownBy(() -> new SourceDefinition(
                                "opcua",
                                "a",
                                Map.of("map", dir.resolve("none.csv").toString()))
                        .tagMap())
                .hasMessageStartingWith("headwater.sources.opcua.a.map: file ");
        assertThatThrownBy(() -> new SourceDefinition("opcua", "a", Map.of("map", bad.toString())).tagMap())
                .isInstanceOf(TagMapException.class)
                .hasMessageStartingWith(bad + " line 2 field unit:");
    }

    @Test
    void aKeyWithoutKindNameAndSettingIsRefused() {
        assertThatThrownBy(() -> SourceDefinitions.of(Map.of("opcua.endpoint", "x")))
                .hasMessageStartingWith("headwater.sources.opcua.endpoint: expected");
        assertThatThrownBy(() -> SourceDefinitions.of(Map.of("opcua.Plant A.endpoint", "x")))
                .hasMessageContaining("source name \"Plant A\"");
    }
}

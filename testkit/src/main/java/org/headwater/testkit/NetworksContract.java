package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.headwater.network.ElementKind;
import org.headwater.network.Location;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.Networks;
import org.headwater.network.RelationType;
import org.junit.jupiter.api.Test;

/** What every {@link Networks} implementation must do. */
public abstract class NetworksContract {

    protected abstract Networks networks();

    static Network smallNetwork(String name) {
        return Network.builder(name)
                .add(new NetworkElement(
                        "J1",
                        ElementKind.JUNCTION,
                        "J1",
                        Location.wgs84(-80.49, 43.45),
                        Map.of("elevation_m", "312.5")))
                .add(NetworkElement.of("J2", ElementKind.JUNCTION))
                .add(new NetworkElement(
                        "P1", ElementKind.PIPE, "Main St", null, Map.of("diameter_mm", "150", "material", "CI")))
                .relate("P1", RelationType.STARTS_AT, "J1")
                .relate("P1", RelationType.ENDS_AT, "J2")
                .build();
    }

    @Test
    void savedNetworkComesBackWithElementsAttributesAndRelations() {
        Network saved = smallNetwork("small");
        networks().save(saved);

        Network loaded = networks().current().orElseThrow();

        assertThat(loaded.name()).isEqualTo("small");
        assertThat(loaded.elements()).containsExactlyInAnyOrderElementsOf(saved.elements());
        assertThat(loaded.relations()).containsExactlyElementsOf(saved.relations());
        assertThat(loaded.countsByKind()).containsEntry(ElementKind.PIPE, 1L).containsEntry(ElementKind.JUNCTION, 2L);
    }

    @Test
    void savingAgainReplacesThePreviousSnapshot() {
        networks().save(smallNetwork("first"));
        networks()
                .save(Network.builder("second")
                        .add(NetworkElement.of("T1", ElementKind.TANK))
                        .build());

        Network loaded = networks().current().orElseThrow();
        assertThat(loaded.name()).isEqualTo("second");
        assertThat(loaded.size()).isEqualTo(1);
        assertThat(loaded.relations()).isEmpty();
    }
}

package org.headwater.investigate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.headwater.alert.AlertType;
import org.headwater.network.CoordinateSystem;
import org.headwater.network.Location;
import org.junit.jupiter.api.Test;

class SpatialClustersTest {

    static final Instant T0 = Instant.parse("2024-06-03T10:00:00Z");

    static Investigation at(String id, AlertType type, Location location, int minutes) {
        InvestigatedAlert subject = new InvestigatedAlert(
                null, List.of(id + "-alert"), type, T0.plusSeconds(60L * minutes), "M-" + id, null, location, "d", 1);
        return Investigation.open(id, subject, T0.plusSeconds(60L * minutes));
    }

    @Test
    void backflowsAlongOneStreetFormAClusterAndAFarAwayOneDoesNot() {
        // Kitchener, Ontario: three meters about 150 m apart in a chain, one 5 km away.
        List<Investigation> investigations = List.of(
                at("a", AlertType.BACKFLOW, Location.wgs84(-80.4900, 43.4500), 0),
                at("b", AlertType.BACKFLOW, Location.wgs84(-80.4882, 43.4500), 5),
                at("c", AlertType.TAMPER, Location.wgs84(-80.4864, 43.4500), 9),
                at("far", AlertType.BACKFLOW, Location.wgs84(-80.4300, 43.4500), 12),
                at("nowhere", AlertType.BACKFLOW, null, 13));

        List<SpatialClusters.Cluster> clusters = SpatialClusters.of(investigations, 200, 3);

        assertThat(clusters).singleElement().satisfies(cluster -> {
            assertThat(cluster.investigationIds()).containsExactly("a", "b", "c");
            assertThat(cluster.byType()).containsEntry(AlertType.BACKFLOW, 2L).containsEntry(AlertType.TAMPER, 1L);
            assertThat(cluster.x()).isCloseTo(-80.4882, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(cluster.crs()).isEqualTo("EPSG:4326");
        });
        assertThat(SpatialClusters.of(investigations, 100, 3))
                .as("150 m apart is not within 100 m")
                .isEmpty();
    }

    @Test
    void planeUnitsAreUsedForLocalCoordinatesAndSystemsNeverMix() {
        CoordinateSystem plane = CoordinateSystem.local("L-Town");
        List<Investigation> investigations = List.of(
                at("a", AlertType.BACKFLOW, new Location(0, 0, plane), 0),
                at("b", AlertType.BACKFLOW, new Location(30, 40, plane), 1),
                at("c", AlertType.BACKFLOW, Location.wgs84(0.0, 0.0), 2));

        assertThat(SpatialClusters.of(investigations, 50, 2))
                .singleElement()
                .satisfies(cluster -> assertThat(cluster.investigationIds()).containsExactly("a", "b"));
    }

    @Test
    void aNonsenseDistanceOrMinimumIsRefused() {
        assertThatThrownBy(() -> SpatialClusters.of(List.of(), 0, 3)).hasMessageContaining("distance");
        assertThatThrownBy(() -> SpatialClusters.of(List.of(), 100, 1)).hasMessageContaining("minimum");
    }
}

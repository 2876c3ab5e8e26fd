package org.headwater.app.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.headwater.network.CoordinateSystem;
import org.headwater.network.ElementKind;
import org.headwater.network.Location;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.junit.jupiter.api.Test;

class MapLayersTest {

    private static final CoordinateSystem PLANE = CoordinateSystem.local("test-town");

    private static Network town() {
        return Network.builder("test-town")
                .add(new NetworkElement("Z1", ElementKind.PRESSURE_ZONE, "Zone 1", null, Map.of()))
                .add(new NetworkElement("J1", ElementKind.JUNCTION, "J1", new Location(0, 0, PLANE), Map.of()))
                .add(new NetworkElement("J2", ElementKind.JUNCTION, "J2", new Location(100, 50, PLANE), Map.of()))
                .add(new NetworkElement("J3", ElementKind.JUNCTION, "J3", null, Map.of()))
                .add(new NetworkElement("T1", ElementKind.TANK, "Hill tank", new Location(-20, 80, PLANE), Map.of()))
                .relate("J1", RelationType.LOCATED_IN, "Z1")
                .add(new NetworkElement("P1", ElementKind.PIPE, "P1", null, Map.of("diameter_mm", "150")))
                .relate("P1", RelationType.STARTS_AT, "J1")
                .relate("P1", RelationType.ENDS_AT, "J2")
                .add(new NetworkElement("P2", ElementKind.PIPE, "P2", null, Map.of()))
                .relate("P2", RelationType.STARTS_AT, "J2")
                .relate("P2", RelationType.ENDS_AT, "J3")
                .add(new NetworkElement("M1", ElementKind.METER, "M1", new Location(10, 5, PLANE), Map.of()))
                .add(new NetworkElement("M2", ElementKind.METER, "M2", null, Map.of()))
                .add(new NetworkElement("M3", ElementKind.METER, "M3", new Location(90, 45, PLANE), Map.of()))
                .build();
    }

    @Test
    void aPipeIsDrawnBetweenItsEndNodesInTheZoneOfItsStart() {
        MapLayers.NetworkLayer layer = MapLayers.network(town());

        assertThat(layer.links()).singleElement().satisfies(link -> {
            assertThat(link.id()).isEqualTo("P1");
            assertThat(link.from()).containsExactly(0, 0);
            assertThat(link.to()).containsExactly(100, 50);
            assertThat(link.zone()).isEqualTo("Z1");
            assertThat(link.diameter()).isEqualTo(150.0);
        });
        assertThat(layer.zones()).containsExactly(new MapLayers.Zone("Z1", "Zone 1"));
    }

    @Test
    void aPipeWithAnEndThatHasNoLocationIsLeftOutRatherThanDrawnToTheOrigin() {
        assertThat(MapLayers.network(town()).links())
                .extracting(MapLayers.Link::id)
                .doesNotContain("P2");
    }

    @Test
    void aLocalPlaneIsNotGeographicAndTheBoundsCoverPipesAndFacilities() {
        MapLayers.NetworkLayer layer = MapLayers.network(town());

        assertThat(layer.crs()).isEqualTo("LOCAL:test-town");
        assertThat(layer.geographic()).isFalse();
        assertThat(layer.bounds()).containsExactly(-20, 0, 100, 80);
        assertThat(layer.facilities()).extracting(MapLayers.Facility::name).containsExactly("Hill tank");
    }

    @Test
    void metersTravelAsParallelArraysAndOnlyLocatedOnesAreSent() {
        MapLayers.MeterLayer meters = MapLayers.meters(town());

        assertThat(meters.count()).isEqualTo(2);
        int m3 = meters.ids().indexOf("M3");
        assertThat(meters.ids()).containsExactlyInAnyOrder("M1", "M3");
        assertThat(new double[] {meters.xy()[2 * m3], meters.xy()[2 * m3 + 1]}).containsExactly(90, 45);
    }

    @Test
    void meterCoordinatesAreRoundedToACentimetreOnAPlane() {
        Network network = Network.builder("plane")
                .add(new NetworkElement(
                        "M1", ElementKind.METER, "M1", new Location(12.345678, 0.004999, PLANE), Map.of()))
                .build();

        assertThat(MapLayers.meters(network).xy()).containsExactly(12.35, 0.0);
    }

    @Test
    void aWgs84NetworkIsGeographicSoABaseMapCanLieUnderIt() {
        Network network = Network.builder("geo")
                .add(new NetworkElement("H1", ElementKind.HYDRANT, "H1", Location.wgs84(-80.49, 43.45), Map.of()))
                .build();

        assertThat(MapLayers.network(network).geographic()).isTrue();
    }
}

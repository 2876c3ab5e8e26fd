package org.headwater.detect.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.junit.jupiter.api.Test;

class WaterQualityStationsTest {

    private static NetworkElement sensor(String id, String measurand) {
        return NetworkElement.of(id, ElementKind.SENSOR).withAttribute(Attr.MEASURAND, measurand);
    }

    @Test
    void sensorsMeasuringOneNodeFormOneStationInTheNodesZone() {
        Network network = Network.builder("t")
                .add(NetworkElement.of("zone-A", ElementKind.PRESSURE_ZONE))
                .add(NetworkElement.of("J1", ElementKind.JUNCTION))
                .add(NetworkElement.of("J2", ElementKind.JUNCTION))
                .add(sensor("CL-1", "CHLORINE"))
                .add(sensor("PH-1", "PH"))
                .add(sensor("FL-1", "FLOW"))
                .add(sensor("P-1", "PRESSURE"))
                .add(sensor("CL-2", "CHLORINE"))
                .add(sensor("FS-zone-A", "FLOW"))
                .relate("J1", RelationType.LOCATED_IN, "zone-A")
                .relate("CL-1", RelationType.MEASURES, "J1")
                .relate("PH-1", RelationType.MEASURES, "J1")
                .relate("FL-1", RelationType.MEASURES, "J1")
                .relate("P-1", RelationType.MEASURES, "J1")
                .relate("CL-2", RelationType.MEASURES, "J2")
                .relate("FS-zone-A", RelationType.MEASURES, "zone-A")
                .build();

        List<WaterQualityStation> stations = WaterQualityStations.of(network);

        assertThat(stations).extracting(WaterQualityStation::id).containsExactly("J1", "J2");
        WaterQualityStation j1 = stations.getFirst();
        assertThat(j1.zoneId()).isEqualTo("zone-A");
        assertThat(j1.channels()).extracting(Channel::name).containsExactly("Cl", "Fm", "pH");
        assertThat(j1.channels().get(1).role()).isEqualTo(ChannelRole.OPERATIONAL);
        assertThat(j1.channelOf("P-1")).isEqualTo(-1);
    }

    @Test
    void aNodeWithOnlyFlowIsNoStationAndASecondChlorineSensorGetsItsOwnChannel() {
        Network network = Network.builder("t")
                .add(NetworkElement.of("J1", ElementKind.JUNCTION))
                .add(NetworkElement.of("J2", ElementKind.JUNCTION))
                .add(sensor("FL-1", "FLOW"))
                .add(sensor("CL-a", "chlorine"))
                .add(sensor("CL-b", "CHLORINE"))
                .relate("FL-1", RelationType.MEASURES, "J1")
                .relate("CL-a", RelationType.MEASURES, "J2")
                .relate("CL-b", RelationType.MEASURES, "J2")
                .build();

        List<WaterQualityStation> stations = WaterQualityStations.of(network);

        assertThat(stations).extracting(WaterQualityStation::id).containsExactly("J2");
        assertThat(stations.getFirst().channels()).extracting(Channel::name).containsExactly("Cl", "Cl_2");
    }
}

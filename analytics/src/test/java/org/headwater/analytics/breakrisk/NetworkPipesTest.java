package org.headwater.analytics.breakrisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.junit.jupiter.api.Test;

class NetworkPipesTest {

    private static NetworkElement pipe(String id, Map<String, String> attributes) {
        return new NetworkElement(id, ElementKind.PIPE, id, null, attributes);
    }

    @Test
    void registerAttributesBecomeTheModelsPipeSegment() {
        Network network = Network.builder("town")
                .add(pipe(
                        "reg:10080",
                        Map.of(
                                Attr.SOURCE_ID, "10080",
                                Attr.MATERIAL, "ci",
                                Attr.DIAMETER_MM, "150",
                                Attr.LENGTH_M, "34.2",
                                Attr.INSTALL_DATE, "1952-06-01",
                                Attr.ZONE, "KIT 4",
                                Attr.ROAD_SEGMENT, "5457",
                                Attr.LINING, "CEMENT",
                                Attr.LINED_DATE, "2010/05/01 00:00:00+00",
                                Attr.SHALLOW_MAIN, "Y")))
                .build();

        NetworkPipes pipes = NetworkPipes.of(network);

        assertThat(pipes.register().segments())
                .containsExactly(new PipeSegment(
                        "10080",
                        "CI",
                        150,
                        34.2,
                        LocalDate.parse("1952-06-01"),
                        "KIT 4",
                        "5457",
                        true,
                        LocalDate.parse("2010-05-01"),
                        true));
        assertThat(pipes.elementId("10080")).isEqualTo("reg:10080");
    }

    @Test
    void missingValuesAreAssumedAndReportedAndAbandonedPipesLeftOut() {
        Network network = Network.builder("town")
                .add(pipe("P1", Map.of(Attr.INSTALL_YEAR, "1960", Attr.LINING, "NONE")))
                .add(pipe("P2", Map.of(Attr.MATERIAL, "WOOD", Attr.LENGTH_M, "10")))
                .add(pipe("P3", Map.of(Attr.STATUS, "abandoned")))
                .add(NetworkElement.of("J1", ElementKind.JUNCTION))
                .build();

        NetworkPipes pipes = NetworkPipes.of(network);

        assertThat(pipes.register().segments()).extracting(PipeSegment::assetId).containsExactly("P1", "P2");
        PipeSegment p1 = pipes.register().segment("P1");
        assertThat(p1.installed()).isEqualTo(LocalDate.of(1960, 1, 1));
        assertThat(p1.material()).isEqualTo("UNKNOWN");
        assertThat(p1.lined()).isFalse();
        assertThat(pipes.register().segment("P2").installed()).isNull();
        assertThat(pipes.register().notes())
                .contains("1 pipe with an out-of-service status left out")
                .contains("1 pipe without an install date: scored, age unknown")
                .contains("1 pipe without a length: counted as 0 m")
                .anySatisfy(note -> assertThat(note).contains("WOOD"));
    }
}

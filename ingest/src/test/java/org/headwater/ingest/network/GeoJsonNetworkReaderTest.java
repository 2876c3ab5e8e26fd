package org.headwater.ingest.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import org.headwater.hydraulics.inp.NetworkImportException;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.junit.jupiter.api.Test;

class GeoJsonNetworkReaderTest {

    static final Path SMALL = Path.of("src/test/resources/network/small-network.geojson");

    private final GeoJsonNetworkReader reader = new GeoJsonNetworkReader();

    @Test
    void readsPointsLinesAndPolygonsAsNodesLinksAndAreas() {
        Network network = reader.read(SMALL);

        NetworkElement hydrant = network.element("H-1").orElseThrow();
        assertThat(hydrant.kind()).isEqualTo(ElementKind.HYDRANT);
        assertThat(hydrant.name()).isEqualTo("King St hydrant");
        assertThat(hydrant.location().crs().isWgs84()).isTrue();
        assertThat(hydrant.number(Attr.ELEVATION_M)).contains(329.5);
        assertThat(network.element("J-2")).map(NetworkElement::kind).contains(ElementKind.JUNCTION);
        assertThat(network.element("Z-1")).map(NetworkElement::kind).contains(ElementKind.DMA);
        assertThat(network.element("Z-1").orElseThrow().location().x()).isCloseTo(-80.49, within(1e-9));
    }

    @Test
    void computesTheLengthOfALineThatDoesNotGiveIt() {
        NetworkElement p1 = reader.read(SMALL).element("P-1").orElseThrow();

        // 0.0025 degrees of longitude at latitude 43.4516 is about 202 m.
        assertThat(p1.number(Attr.LENGTH_M))
                .hasValueSatisfying(m -> assertThat(m).isCloseTo(202.0, within(1.0)));
        assertThat(p1.attribute(Attr.INSTALL_YEAR)).contains("1979");
    }

    @Test
    void linksEndsByFromAndToPropertiesOrByNodesOnTheirEndVertices() {
        Network network = reader.read(SMALL);

        assertThat(network.targets("P-1", RelationType.STARTS_AT)).containsExactly("H-1");
        assertThat(network.targets("P-1", RelationType.ENDS_AT)).containsExactly("J-2");
        assertThat(network.targets("P-2", RelationType.ENDS_AT)).containsExactly("H-1");
        assertThat(network.element("P-2").orElseThrow().number(Attr.LENGTH_M)).contains(160.0);
    }

    @Test
    void featureWithoutGeometryIsRefusedByName() {
        String json = """
                {"type":"FeatureCollection","features":[
                  {"type":"Feature","id":"J-1","geometry":{"type":"Point","coordinates":[1,2]},"properties":{}},
                  {"type":"Feature","id":"J-9","geometry":null,"properties":{}}]}
                """;

        assertThatThrownBy(() -> read(json))
                .isInstanceOf(NetworkImportException.class)
                .hasMessage("net.geojson, feature #2 (id 'J-9'), field 'geometry': the feature has no geometry");
    }

    // Found by bench fuzz (mutant seed -4787945041220281627: a longitude replaced by hundreds of nines).
    @Test
    void coordinateBeyondTheRangeOfADoubleIsRefusedByFeature() {
        String json = """
                {"type":"FeatureCollection","features":[
                  {"type":"Feature","id":"J-1","geometry":{"type":"Point","coordinates":[-%s,2]},"properties":{}}]}
                """.formatted("9".repeat(400));

        assertThatThrownBy(() -> read(json))
                .isInstanceOf(NetworkImportException.class)
                .hasMessage("net.geojson, feature #1 (id 'J-1'), field 'geometry': coordinates must be finite:"
                        + " -Infinity, 2.0");
    }

    @Test
    void unknownKindIsRefusedWithTheKindsThatExist() {
        String json = """
                {"type":"FeatureCollection","features":[
                  {"type":"Feature","id":"X","geometry":{"type":"Point","coordinates":[1,2]},"properties":{"kind":"fountain"}}]}
                """;

        assertThatThrownBy(() -> read(json))
                .isInstanceOf(NetworkImportException.class)
                .hasMessageContaining(
                        "feature #1 (id 'X'), field 'kind': unknown kind 'fountain', expected one of [JUNCTION");
    }

    @Test
    void kindThatDoesNotFitTheGeometryIsRefused() {
        String json = """
                {"type":"FeatureCollection","features":[
                  {"type":"Feature","id":"P","geometry":{"type":"Point","coordinates":[1,2]},"properties":{"kind":"pipe"}}]}
                """;

        assertThatThrownBy(() -> read(json))
                .isInstanceOf(NetworkImportException.class)
                .hasMessageContaining("a PIPE is a LINK but the geometry is a NODE");
    }

    @Test
    void linkToAMissingNodeAndInvalidJsonAreRefused() {
        String dangling = """
                {"type":"FeatureCollection","features":[
                  {"type":"Feature","id":"P","geometry":{"type":"LineString","coordinates":[[1,2],[1,3]]},
                   "properties":{"from":"nowhere"}}]}
                """;

        assertThatThrownBy(() -> read(dangling)).hasMessageContaining("field 'from': no node with id 'nowhere'");
        assertThatThrownBy(() -> read("{\"type\": \"FeatureCollection\",\n \"features\": [ }"))
                .isInstanceOfSatisfying(
                        NetworkImportException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void declaredProjectedCrsIsRefusedBecauseGeoJsonIsWgs84() {
        String json = """
                {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::26917"}},
                 "features":[]}
                """;

        assertThatThrownBy(() -> read(json)).hasMessageContaining("is not WGS84");
    }

    private Network read(String json) {
        return reader.read(new BufferedReader(new StringReader(json)), "net.geojson");
    }
}

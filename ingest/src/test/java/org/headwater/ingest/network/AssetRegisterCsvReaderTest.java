package org.headwater.ingest.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.headwater.hydraulics.inp.NetworkImportException;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetRegisterCsvReaderTest {

    static final Path KITCHENER = Path.of("../data/water-main-breaks-kitchener");

    @Test
    void importsEveryKitchenerWaterMainWithItsShippedMapping() {
        AssetRegisterMapping mapping =
                AssetRegisterMapping.load(KITCHENER.resolve("water_mains_inventory_snapshot2023.mapping.properties"));

        Network network = new AssetRegisterCsvReader(mapping)
                .read(KITCHENER.resolve("water_mains_inventory_snapshot2023.csv.gz"));

        assertThat(network.countsByKind()).containsEntry(ElementKind.PIPE, 15_903L);
        // First data row: WATMAINID 10080, 450 mm DI, installed 1979-01-01, zone KIT 6, 34.21 m.
        NetworkElement main = network.element("10080").orElseThrow();
        assertThat(main.attribute(Attr.MATERIAL)).contains("DI");
        assertThat(main.number(Attr.DIAMETER_MM)).contains(450.0);
        assertThat(main.attribute(Attr.INSTALL_DATE)).contains("1979-01-01");
        assertThat(main.attribute(Attr.INSTALL_YEAR)).contains("1979");
        assertThat(main.number(Attr.LENGTH_M))
                .hasValueSatisfying(m -> assertThat(m).isBetween(34.2, 34.3));
        assertThat(main.attribute("criticality")).contains("6");
        assertThat(main.attributes()).doesNotContainKey("condition_score");
        assertThat(network.targets("10080", RelationType.LOCATED_IN)).containsExactly("zone:KIT 6");
        assertThat(network.element("zone:KIT 6")).map(NetworkElement::kind).contains(ElementKind.PRESSURE_ZONE);
    }

    @Test
    void mapsAnotherRegisterWithFeetInchesYearsAndWktByConfiguration() {
        Properties p = new Properties();
        p.setProperty("id", "asset");
        p.setProperty("id.prefix", "main-");
        p.setProperty("diameter", "dia_in");
        p.setProperty("diameter.unit", "in");
        p.setProperty("length", "len_ft");
        p.setProperty("length.unit", "ft");
        p.setProperty("install.year", "year");
        p.setProperty("geometry", "wkt");
        p.setProperty("delimiter", ";");
        String csv = """
                asset;dia_in;len_ft;year;wkt
                A1;8;100;1961;"LINESTRING (0 0, 0.001 0)"
                A2;;;;POINT (10 20)
                """;

        Network network = read(AssetRegisterMapping.of(p), csv);

        NetworkElement a1 = network.element("main-A1").orElseThrow();
        assertThat(a1.number(Attr.DIAMETER_MM)).contains(8 * 25.4);
        assertThat(a1.number(Attr.LENGTH_M))
                .hasValueSatisfying(m -> assertThat(m).isCloseTo(30.48, org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(a1.attribute(Attr.INSTALL_YEAR)).contains("1961");
        assertThat(a1.location()).isNotNull();
        assertThat(a1.location().x()).isCloseTo(0.0005, org.assertj.core.data.Offset.offset(1e-12));
        NetworkElement a2 = network.element("main-A2").orElseThrow();
        assertThat(a2.attributes()).doesNotContainKeys(Attr.DIAMETER_MM, Attr.LENGTH_M);
        assertThat(a2.location().y()).isEqualTo(20.0);
    }

    @Test
    void cellThatDoesNotParseNamesFileLineAndColumn() {
        Properties p = new Properties();
        p.setProperty("id", "id");
        p.setProperty("diameter", "size");
        String csv = "id,size\nM1,150\nM2,15O\n";

        assertThatThrownBy(() -> read(AssetRegisterMapping.of(p), csv))
                .isInstanceOf(NetworkImportException.class)
                .hasMessage("register.csv line 3, column 'size', field 'diameter': '15O' is not a number");
    }

    @Test
    void truncatedRowIsRefusedWithItsLine() {
        Properties p = new Properties();
        p.setProperty("id", "id");
        String csv = "id,size,material\nM1,150,PVC\nM2,15";

        assertThatThrownBy(() -> read(AssetRegisterMapping.of(p), csv))
                .isInstanceOf(NetworkImportException.class)
                .hasMessageContaining("register.csv line 3")
                .hasMessageContaining("the row has 2 fields, the header 3");
    }

    // Found by bench fuzz (mutant seed 2868202594671109174: a stray quote inserted into the Kitchener register).
    @Test
    void quoteLeftOpenUntilTheEndIsRefusedNamingFileLineAndField() {
        Properties p = new Properties();
        p.setProperty("id", "id");
        String csv = "id,material\nM1,PVC\nM2,\"PV\nM3,DI\n";

        assertThatThrownBy(() -> read(AssetRegisterMapping.of(p), csv))
                .isInstanceOf(NetworkImportException.class)
                .hasMessageContaining("register.csv line 3, row, field 'field 2'")
                .hasMessageContaining("quoted field opened on this line is not closed before the end of the file");
    }

    @Test
    void mappingThatNamesAMissingColumnSaysWhichKey() {
        Properties p = new Properties();
        p.setProperty("id", "id");
        p.setProperty("material", "MATL");

        assertThatThrownBy(() -> read(AssetRegisterMapping.of(p), "id,material\nM1,PVC\n"))
                .isInstanceOf(NetworkImportException.class)
                .hasMessageContaining("field 'material'")
                .hasMessageContaining("column 'MATL' is not in the header");
    }

    @Test
    void misspelledMappingKeyIsRefused() {
        Properties p = new Properties();
        p.setProperty("id", "id");
        p.setProperty("diametre", "size");

        assertThatThrownBy(() -> AssetRegisterMapping.of(p))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown mapping key 'diametre'");
    }

    // Found by bench fuzz (mutant seed -1786421564819160262: the shipped mapping saved as Latin-1).
    @Test
    void mappingSavedInAnotherEncodingIsRefusedAsNotUtf8(@TempDir Path dir) throws Exception {
        Path mapping = dir.resolve("register.mapping.properties");
        Files.write(mapping, "id=WATMAINID\nmaterial=MATÉRIAU\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> AssetRegisterMapping.load(mapping))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column mapping " + mapping + " is not UTF-8 text")
                .hasMessageContaining("save it as UTF-8");
    }

    private static Network read(AssetRegisterMapping mapping, String csv) {
        return new AssetRegisterCsvReader(mapping).read(new BufferedReader(new StringReader(csv)), "register.csv");
    }
}

package org.headwater.ingest.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkImportTest {

    @Test
    void picksTheEpanetReaderForACompressedInpFile() {
        Network ltown = NetworkImport.read(EpanetInpReaderTest.NETWORKS.resolve("L-Town.inp.gz"));

        assertThat(ltown.name()).isEqualTo("L-Town");
        assertThat(ltown.countsByKind()).containsEntry(ElementKind.JUNCTION, 782L);
    }

    @Test
    void picksTheRegisterReaderWithTheMappingBesideTheCsv() {
        Network kitchener = NetworkImport.read(
                AssetRegisterCsvReaderTest.KITCHENER.resolve("water_mains_inventory_snapshot2023.csv.gz"));

        assertThat(kitchener.countsByKind()).containsEntry(ElementKind.PIPE, 15_903L);
    }

    @Test
    void picksTheGeoJsonReader() {
        assertThat(NetworkImport.read(GeoJsonNetworkReaderTest.SMALL).size()).isEqualTo(5);
    }

    // Found by bench fuzz: a byte-order mark in front made "[TITLE]" a data line outside any section,
    // and the register's first column a name no mapping matches.
    @Test
    void aByteOrderMarkInFrontOfAnyFormatIsSkipped(@TempDir Path dir) throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path inp = dir.resolve("net.inp");
        Files.write(inp, bom);
        Files.writeString(inp, """
                [TITLE]
                with a byte-order mark
                [JUNCTIONS]
                J1 10 1
                [RESERVOIRS]
                R1 50
                [PIPES]
                P1 R1 J1 100 150 100
                [END]
                """, StandardOpenOption.APPEND);
        Path csv = dir.resolve("mains.csv");
        Files.write(csv, bom);
        Files.writeString(csv, "id,material\nM1,PVC\n", StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("mains.mapping.properties"), "id=id\nmaterial=material\n");
        Path geojson = dir.resolve("net.geojson");
        Files.write(geojson, bom);
        Files.write(geojson, Files.readAllBytes(GeoJsonNetworkReaderTest.SMALL), StandardOpenOption.APPEND);

        assertThat(NetworkImport.read(inp).countsByKind()).containsEntry(ElementKind.PIPE, 1L);
        assertThat(NetworkImport.read(csv).element("M1")).isPresent();
        assertThat(NetworkImport.read(geojson).size()).isEqualTo(5);
    }

    @Test
    void unknownFormatIsRefusedWithTheFormatsThatExist(@TempDir Path dir) throws IOException {
        Path shapefile = Files.writeString(dir.resolve("mains.shp"), "x");

        assertThatThrownBy(() -> NetworkImport.read(shapefile))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown network file format: mains.shp")
                .hasMessageContaining(".inp");
    }

    @Test
    void csvWithoutMappingSaysWhereTheMappingIsExpected(@TempDir Path dir) throws IOException {
        Path register = Files.writeString(dir.resolve("mains.csv"), "id\nM1\n");

        assertThatThrownBy(() -> NetworkImport.read(register))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no column mapping for mains.csv")
                .hasMessageContaining("mains.mapping.properties");
    }
}

package org.headwater.ingest.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

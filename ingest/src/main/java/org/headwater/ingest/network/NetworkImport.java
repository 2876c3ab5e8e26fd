package org.headwater.ingest.network;

import java.nio.file.Files;
import java.nio.file.Path;
import org.headwater.network.Network;

/**
 * Imports a network file, choosing the reader by extension ({@code .gz} versions too):
 *
 * <ul>
 *   <li>{@code .inp}: EPANET ({@link EpanetInpReader});
 *   <li>{@code .csv}: asset register ({@link AssetRegisterCsvReader}) with the column mapping found
 *       next to it: {@code NAME.mapping.properties} for {@code NAME.csv} or {@code NAME.csv.gz};
 *   <li>{@code .geojson} or {@code .json}: GeoJSON ({@link GeoJsonNetworkReader}, default kinds).
 * </ul>
 */
public final class NetworkImport {

    private NetworkImport() {}

    public static Network read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no network file at " + file);
        }
        String name = NetworkFiles.formatName(file);
        if (name.endsWith(".inp")) {
            return new EpanetInpReader().read(file).network();
        }
        if (name.endsWith(".csv")) {
            return new AssetRegisterCsvReader(AssetRegisterMapping.load(mappingFor(file))).read(file);
        }
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return new GeoJsonNetworkReader().read(file);
        }
        throw new IllegalArgumentException("unknown network file format: " + file.getFileName()
                + "; expected .inp (EPANET), .csv (asset register with a NAME.mapping.properties beside it)"
                + " or .geojson/.json, optionally gzip-compressed (.gz)");
    }

    /** The column mapping a register CSV is imported with: {@code NAME.mapping.properties} beside it. */
    public static Path mappingFor(Path csvFile) {
        Path mapping = csvFile.resolveSibling(NetworkFiles.baseName(csvFile) + ".mapping.properties");
        if (!Files.isRegularFile(mapping)) {
            throw new IllegalArgumentException("no column mapping for " + csvFile.getFileName() + ": expected "
                    + mapping + " (format: docs/network-import.md)");
        }
        return mapping;
    }
}

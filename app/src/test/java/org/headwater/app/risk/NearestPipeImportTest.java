package org.headwater.app.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.network.Attr;
import org.headwater.network.CoordinateSystem;
import org.headwater.network.ElementKind;
import org.headwater.network.Location;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.Networks;
import org.headwater.network.RelationType;
import org.headwater.risk.MainBreaks;
import org.headwater.risk.RecordedBreak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 5: a generic break file with {@code x,y,crs} joins breaks without an asset id to the
 * nearest pipe within 25 m, reports each join, and keeps the breaks beyond it unjoined.
 */
class NearestPipeImportTest {

    private static final CoordinateSystem UTM = new CoordinateSystem("EPSG:26917");

    @TempDir
    Path directory;

    private final List<RecordedBreak> stored = new ArrayList<>();

    private final MainBreaks breaks = new MainBreaks() {
        @Override
        public int add(Collection<RecordedBreak> added) {
            Set<RecordedBreak> all = new LinkedHashSet<>(stored);
            int before = all.size();
            all.addAll(added);
            stored.clear();
            stored.addAll(all);
            return all.size() - before;
        }

        @Override
        public List<RecordedBreak> all() {
            return List.copyOf(stored);
        }

        @Override
        public long count() {
            return stored.size();
        }
    };

    /** Two mains along a street, P1 from (0,0) to (100,0) and P2 from (100,0) to (100,100). */
    private static Network street() {
        Network.Builder network = Network.builder("street");
        network.add(new NetworkElement("J1", ElementKind.JUNCTION, "J1", new Location(0, 0, UTM), Map.of()));
        network.add(new NetworkElement("J2", ElementKind.JUNCTION, "J2", new Location(100, 0, UTM), Map.of()));
        network.add(new NetworkElement("J3", ElementKind.JUNCTION, "J3", new Location(100, 100, UTM), Map.of()));
        network.add(new NetworkElement("P1", ElementKind.PIPE, "P1", null, Map.of(Attr.SOURCE_ID, "A-1")));
        network.add(new NetworkElement("P2", ElementKind.PIPE, "P2", null, Map.of(Attr.SOURCE_ID, "A-2")));
        network.relate("P1", RelationType.STARTS_AT, "J1").relate("P1", RelationType.ENDS_AT, "J2");
        network.relate("P2", RelationType.STARTS_AT, "J2").relate("P2", RelationType.ENDS_AT, "J3");
        return network.build();
    }

    private BreakHistoryImport importer(Network network) {
        Networks networks = new Networks() {
            @Override
            public void save(Network saved) {}

            @Override
            public Optional<Network> current() {
                return Optional.of(network);
            }
        };
        return new BreakHistoryImport(
                breaks,
                new CurrentNetwork(networks),
                new RiskProperties(true, LocalTime.of(2, 0), Duration.ofSeconds(30), 1, 2, 25));
    }

    private Path file(String... lines) throws IOException {
        Path file = directory.resolve("breaks.csv");
        Files.write(file, List.of(lines));
        return file;
    }

    @Test
    void breaksWithOnlyCoordinatesJoinTheNearestPipeOrStayUnjoined() throws IOException {
        Path file = file(
                "incident_id,date,asset_id,x,y,crs",
                "I1,2020-03-01,A-2,,,",
                "I2,2020-04-01,,40,10,EPSG:26917",
                "I3,2020-05-01,,110,60,EPSG:26917",
                "I4,2020-06-01,,90,10,EPSG:26917",
                "I5,2020-07-01,,50,-30,EPSG:26917",
                "I6,2020-08-01,,,,");

        BreakHistoryImport.Report report = importer(street()).importFile(file);

        assertThat(report.read()).isEqualTo(6);
        assertThat(report.added()).isEqualTo(6);
        assertThat(report.joined()).isEqualTo(1);
        assertThat(report.joinedByNearestPipe()).isEqualTo(3);
        assertThat(report.beyondDistance()).isEqualTo(1);
        assertThat(report.noAsset()).isEqualTo(1);
        assertThat(report.joins())
                .extracting(BreakJoin::incidentId, BreakJoin::joinedBy, BreakJoin::pipeAssetId, BreakJoin::tiedWith)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("I2", BreakJoin.JoinedBy.NEAREST_PIPE, "A-1", 0),
                        org.assertj.core.groups.Tuple.tuple("I3", BreakJoin.JoinedBy.NEAREST_PIPE, "A-2", 0),
                        // 10 m from both at the corner: the lower asset id
                        org.assertj.core.groups.Tuple.tuple("I4", BreakJoin.JoinedBy.NEAREST_PIPE, "A-1", 1),
                        org.assertj.core.groups.Tuple.tuple("I5", null, null, 0));
        assertThat(report.joins().get(1).distanceMetres()).isEqualTo(10.0);
        // never dropped: the break beyond the distance is stored without an asset
        assertThat(stored)
                .extracting(RecordedBreak::incidentId, RecordedBreak::assetId)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("I2", "A-1"),
                        org.assertj.core.groups.Tuple.tuple("I5", ""),
                        org.assertj.core.groups.Tuple.tuple("I6", ""));
    }

    @Test
    void aNetworkWithoutGeometryLeavesCoordinateBreaksUnjoinedAndSaysWhy() throws IOException {
        Network register = Network.builder("register")
                .add(new NetworkElement("P1", ElementKind.PIPE, "P1", null, Map.of()))
                .build();

        BreakHistoryImport.Report report =
                importer(register).importFile(file("date,x,y,crs", "2020-01-01,40,10,EPSG:26917"));

        assertThat(report.beyondDistance()).isEqualTo(1);
        assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains("no geometry"));
    }
}

package org.headwater.hydraulics.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.headwater.hydraulics.HydraulicModel;
import org.headwater.hydraulics.Interventions;
import org.junit.jupiter.api.Test;

/** The live twin on Net1: demand scaled per zone to an estimate, a burst as an orifice, and where it is. */
class LiveTwinTest {

    static final Path NET1 = Path.of("../data/epanet-networks/Net1.inp.gz");
    static final List<String> SENSORS = List.of("11", "13", "21", "23", "31", "32");

    private static LiveTwin twin() {
        HydraulicModel m = HydraulicModel.read(NET1);
        Map<String, String> zones = new HashMap<>();
        for (int j = 0; j < m.junctionCount(); j++) {
            zones.put(m.nodeId(j), m.nodeId(j).startsWith("1") ? "north" : "south");
        }
        return new LiveTwin(m, zones);
    }

    @Test
    void eachZoneDrawsItsEstimateAndTheFileDemandsComeBackWithoutOne() {
        LiveTwin twin = twin();
        Map<String, Double> file = twin.solve(6 * 3600, Map.of(), Map.of()).zoneDemandLps();

        LiveTwin.Solution scaled = twin.solve(6 * 3600, Map.of("north", 5.0), Map.of());

        assertThat(scaled.zoneDemandLps().get("north")).isCloseTo(5.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(scaled.zoneDemandLps().get("south"))
                .isCloseTo(file.get("south"), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(twin.solve(6 * 3600, Map.of(), Map.of()).zoneDemandLps().get("north"))
                .isCloseTo(file.get("north"), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aBurstLowersPressuresAndTheLocatorPutsItsJunctionFirst() {
        LiveTwin twin = twin();
        Map<String, Double> estimate = Map.of("north", 20.0, "south", 30.0);
        String junction = LiveTwin.burstJunction(twin.model(), "122");
        double area = 0.1 * Interventions.boreAreaM2(twin.model(), twin.model().linkIndex("122"));
        LiveTwin.Solution field = twin.solve(8 * 3600, estimate, Map.of(junction, area));
        LiveTwin.Solution modelled = twin.solve(8 * 3600, estimate, Map.of());
        Map<String, Double> residual = new LinkedHashMap<>();
        SENSORS.forEach(s -> residual.put(s, field.pressureKpa(s) - modelled.pressureKpa(s)));

        List<LeakLocator.Candidate> candidates = twin.locate(8 * 3600, estimate, residual, 5);

        assertThat(junction).isEqualTo("22");
        assertThat(residual.values()).allMatch(r -> r < 0);
        assertThat(candidates.getFirst().junction()).isEqualTo("22");
        assertThat(LeakLocator.pipes(candidates, 4))
                .extracting(LeakLocator.RankedPipe::pipe)
                .contains("122");
        // the leak was taken out again: the next solve is the leak-free one
        assertThat(twin.solve(8 * 3600, estimate, Map.of()).pressureKpa("22"))
                .isCloseTo(modelled.pressureKpa("22"), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aLeakAtANodeThatIsNoJunctionIsRefusedByName() {
        assertThatThrownBy(() -> twin().solve(0, Map.of(), Map.of("9", 0.01))).hasMessageContaining("'9'");
    }
}

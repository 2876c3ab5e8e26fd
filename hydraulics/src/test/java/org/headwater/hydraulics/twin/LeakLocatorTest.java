package org.headwater.hydraulics.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.headwater.hydraulics.HydraulicModel;
import org.headwater.hydraulics.HydraulicState;
import org.headwater.hydraulics.Interventions;
import org.headwater.hydraulics.Simulation;
import org.junit.jupiter.api.Test;

/** Model residuals on EPANET's Net1 with "measured" pressures made by the model itself with a hidden leak. */
class LeakLocatorTest {

    static final Path NET1 = Path.of("../data/epanet-networks/Net1.inp.gz");
    static final List<String> SENSORS = List.of("11", "13", "21", "23", "31", "32");
    private final LeakLocator locator = new LeakLocator(() -> HydraulicModel.read(NET1));

    /** Sensor pressures (psi) at 6 am with a leak of {@code areaM2} at {@code node} (none when null). */
    private static Map<String, Double> measured(String node, double areaM2) {
        HydraulicModel m = HydraulicModel.read(NET1);
        Interventions.startAtClock(m, 6 * 3600);
        m.setEmitterBackflow(false);
        if (node != null) {
            m.setLeak(m.nodeIndex(node), areaM2, 0.75);
        }
        HydraulicState state = new Simulation(m).snapshot();
        Map<String, Double> p = new LinkedHashMap<>();
        SENSORS.forEach(s -> p.put(s, state.pressure(m.nodeIndex(s))));
        return p;
    }

    @Test
    void aLeakAtJunction22RanksJunction22AndItsPipesFirst() {
        LeakLocator.Finding finding = locator.locate(measured("22", 0.004), 6 * 3600, 1.0, 3);

        assertThat(finding.leakSuspected()).isTrue();
        assertThat(finding.largestDropPsi()).isGreaterThan(1.0);
        assertThat(finding.candidates().getFirst().junction()).isEqualTo("22");
        assertThat(finding.candidates().getFirst().pipes()).containsExactlyInAnyOrder("21", "22", "112", "122");
        assertThat(finding.candidates().getFirst().score()).isGreaterThan(0.99);
    }

    @Test
    void withoutALeakTheResidualsAreZeroAndNothingIsSuspected() {
        LeakLocator.Finding finding = locator.locate(measured(null, 0), 6 * 3600, 1.0, 3);

        assertThat(finding.leakSuspected()).isFalse();
        assertThat(finding.residualPsi().values())
                .allSatisfy(r -> assertThat(Math.abs(r)).isLessThan(1e-6));
        assertThat(finding.candidates()).isEmpty();
    }

    @Test
    void aSensorAtAnUnknownNodeIsNamed() {
        assertThatThrownBy(() -> locator.locate(Map.of("99", 50.0), 0, 1.0, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sensor node '99'");
    }
}

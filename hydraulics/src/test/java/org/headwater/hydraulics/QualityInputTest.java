package org.headwater.hydraulics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.headwater.hydraulics.inp.NetworkImportException;
import org.junit.jupiter.api.Test;

/** Water quality on a reservoir feeding one pipe: plug flow, decay and age against their closed forms. */
class QualityInputTest {

    // a 1 ft pipe of 1,000 ft holds 785.4 ft3; 48.96 gpm (0.10908 cfs) takes 2 h through it
    private static String network(String quality, String extra) {
        return """
                [JUNCTIONS]
                J1 0 48.9626
                [RESERVOIRS]
                R1 100
                [PIPES]
                P1 R1 J1 1000 12 100
                %s
                [OPTIONS]
                Units GPM
                Quality %s
                [TIMES]
                Duration 6:00
                Hydraulic Timestep 1:00
                Quality Timestep 0:05
                [END]
                """.formatted(extra, quality);
    }

    private static HydraulicModel model(String text) {
        return HydraulicModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");
    }

    private static double atEnd(HydraulicModel m, QualitySettings q, String node) {
        double[] last = {Double.NaN};
        new QualitySimulation(m, q).run(6 * 3600, (t, h, s) -> last[0] = s.nodeQuality(m.nodeIndex(node)));
        return last[0];
    }

    @Test
    void waterAgeAtTheOutletIsTheTravelTimeThroughThePipe() {
        HydraulicModel m = model(network("Age", ""));
        assertThat(atEnd(m, m.quality(), "J1")).isCloseTo(2.0, within(1.0e-3));
    }

    @Test
    void firstOrderBulkDecayOverTheTravelTimeIsExponential() {
        HydraulicModel m = model(network("Chlorine mg/L", "[QUALITY]\nR1 1.0\n[REACTIONS]\nGlobal Bulk -1.0"));
        // EPANET's explicit step, c(1 + kb dt) per 5 min, is within 2e-4 of exp(-2/24)
        assertThat(atEnd(m, m.quality(), "J1")).isCloseTo(Math.exp(-2.0 / 24.0), within(2.0e-4));
    }

    @Test
    void settingsChangedByTheCallerLeaveTheModelsCopyAlone() {
        HydraulicModel m = model(network("Chlorine mg/L", "[QUALITY]\nR1 1.0"));
        QualitySettings decaying = m.quality().pipeBulk(m.linkIndex("P1"), -1.0);
        assertThat(atEnd(m, decaying, "J1")).isLessThan(0.93);
        assertThat(atEnd(m, m.quality(), "J1")).isCloseTo(1.0, within(1.0e-12));
    }

    @Test
    void aTraceOfAnUnknownNodeIsRefusedNamingIt() {
        assertThatThrownBy(() -> model(network("Trace R9", "")))
                .isInstanceOf(NetworkImportException.class)
                .hasMessageContaining("R9");
    }

    @Test
    void aTraceWithoutANodeIsRefusedBeforeRunning() {
        HydraulicModel m = model(network("Age", ""));
        assertThatThrownBy(() -> new QualitySimulation(m, m.quality().trace(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trace");
    }

    @Test
    void anUnknownMixingModelIsRefusedNamingIt() {
        String tank = "[TANKS]\nT1 50 10 0 20 30\n[PIPES]\nP2 J1 T1 100 12 100\n[MIXING]\nT1 SWIRL";
        assertThatThrownBy(() -> model(network("Age", tank)))
                .isInstanceOf(NetworkImportException.class)
                .hasMessageContaining("SWIRL");
    }
}

package org.headwater.hydraulics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.headwater.hydraulics.inp.NetworkImportException;
import org.junit.jupiter.api.Test;

/** Networks EPANET refuses or warns about: each is named, and no run hangs. */
class BadInputTest {

    /** A reservoir feeding two junctions through a pump; {@code extra} sections are appended. */
    private static String network(String pumpCurve, String extraLinks, String extra) {
        return """
                [JUNCTIONS]
                J1 10 0
                J2 12 50
                J3 11 25
                [RESERVOIRS]
                R1 0
                [PIPES]
                P1 J1 J2 1000 12 100
                P2 J2 J3 800 8 100
                %s
                [PUMPS]
                PU1 R1 J1 HEAD C1
                [CURVES]
                %s
                %s
                [OPTIONS]
                Units GPM
                [END]
                """.formatted(extraLinks, pumpCurve, extra);
    }

    private static final String GOOD_CURVE = "C1 0 200\nC1 1000 150\nC1 2000 50";

    private static HydraulicModel model(String text) {
        return HydraulicModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");
    }

    private static void assertRefused(String text, int code, String element) {
        assertThatThrownBy(() -> model(text))
                .isInstanceOfSatisfying(HydraulicsException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.element()).isEqualTo(element);
                })
                .hasMessageContaining(element);
    }

    /** The extra sections make the file unreadable at a line of {@code section}, said in the message. */
    private static void assertLineRefused(String extra, String section, String said) {
        assertThatThrownBy(() -> model(network(GOOD_CURVE, "", extra)))
                .isInstanceOf(NetworkImportException.class)
                .hasMessageContaining(section)
                .hasMessageContaining(said);
    }

    @Test
    void aPumpCurveThatCannotBeFittedIsRefusedNamingThePump() {
        String rising = "C1 0 100\nC1 1000 150\nC1 2000 120";

        assertRefused(network(rising, "", ""), 227, "PU1");
    }

    @Test
    void aPressureValveAgainstAReservoirIsRefusedNamingTheValve() {
        String text = network(GOOD_CURVE, "", "[VALVES]\nV1 R1 J3 8 PRV 40 0\n");

        assertRefused(text, 219, "V1");
    }

    @Test
    void aNegativeValveSettingIsRefusedNamingTheValveAndLine() {
        assertLineRefused("[VALVES]\nV1 J2 J3 8 FCV -5 0\n", "[VALVES]", "V1");
    }

    @Test
    void aControlOnAnUnknownLinkIsRefusedAtItsLine() {
        assertLineRefused("[CONTROLS]\nLINK PX CLOSED AT TIME 2\n", "[CONTROLS]", "PX");
    }

    @Test
    void aRuleWithAThenBeforeItsIfIsRefused() {
        assertLineRefused("[RULES]\nRULE 1\nTHEN PUMP PU1 STATUS IS CLOSED\n", "[RULES]", "misplaced");
    }

    @Test
    void aNodeWithoutLinksIsRefused() {
        String text = network(GOOD_CURVE, "", "").replace("J3 11 25\n", "J3 11 25\nJ9 5 3\n");

        assertRefused(text, 233, "J9");
    }

    @Test
    void aJunctionCutOffByAClosedPipeIsReportedDisconnected() {
        String text = network(GOOD_CURVE, "", "[STATUS]\nP2 CLOSED\n");
        Simulation sim = new Simulation(model(text));

        sim.snapshot();

        assertThat(sim.warnings())
                .anySatisfy(w -> {
                    assertThat(w.code()).isEqualTo(3);
                    assertThat(w.element()).isEqualTo("J3");
                })
                .anySatisfy(w -> assertThat(w.code()).isEqualTo(6));
    }

    @Test
    void aNetworkThatCannotConvergeStopsAfterItsTrialsWithAWarning() {
        HydraulicModel model = HydraulicModel.read(Path.of("..", "data", "epanet-networks", "Net3.inp.gz"));
        model.maxIter = 2;
        model.extraIter = -1; // Unbalanced STOP: EPANET halts the run
        Simulation sim = new Simulation(model);
        List<Long> times = new ArrayList<>();

        sim.run(86_400, (t, state) -> times.add(t));

        assertThat(sim.iterations()).isEqualTo(3);
        assertThat(times).containsExactly(0L);
        assertThat(sim.warnings()).anySatisfy(w -> assertThat(w.code()).isEqualTo(1));
    }

    @Test
    void theHanoiDesignTemplateRunsAndIsFlaggedForNegativePressures() {
        HydraulicModel model = HydraulicModel.read(Path.of("..", "data", "epanet-networks", "Hanoi_HAN.inp.gz"));
        Simulation sim = new Simulation(model);

        sim.snapshot();

        assertThat(sim.warnings()).anySatisfy(w -> assertThat(w.code()).isEqualTo(6));
    }
}

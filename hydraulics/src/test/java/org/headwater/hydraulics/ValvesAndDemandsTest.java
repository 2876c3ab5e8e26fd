package org.headwater.hydraulics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What each valve type and demand model must do at the solution, checked on a small network in
 * SI units (pressure in metres): a reservoir at 100 m feeds J1, a valve joins J1 to J2, and a pipe
 * takes the flow on to J3.
 */
class ValvesAndDemandsTest {

    private static HydraulicState solve(String valve, String extra) {
        String text = """
                [JUNCTIONS]
                J1 10 0
                J2 5 0
                J3 0 20
                [RESERVOIRS]
                R1 100
                [PIPES]
                P1 R1 J1 500 300 120
                P2 J2 J3 800 200 120
                [VALVES]
                %s
                %s
                [OPTIONS]
                Units LPS
                Headloss H-W
                [END]
                """.formatted(valve, extra);
        HydraulicModel model =
                HydraulicModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "valves");
        return new Simulation(model).snapshot();
    }

    private static int node(HydraulicState s, String id) {
        return s.model().nodeIndex(id);
    }

    private static int link(HydraulicState s, String id) {
        return s.model().linkIndex(id);
    }

    /** The valve V1 is ACTIVE and holds node {@code id} at {@code pressure} metres. */
    private static void assertHolds(HydraulicState s, String id, double pressure) {
        assertThat(s.statusCode(link(s, "V1"))).isEqualTo(LinkStatus.ACTIVE);
        assertThat(s.pressure(node(s, id))).isCloseTo(pressure, within(1e-3));
    }

    @Test
    void anActivePrvHoldsItsDownstreamPressureAtTheSetting() {
        HydraulicState s = solve("V1 J1 J2 200 PRV 40 0", "");

        assertHolds(s, "J2", 40.0);
        assertThat(s.flow(link(s, "V1"))).isCloseTo(20.0, within(1e-6));
    }

    @Test
    void aPrvSetAboveTheUpstreamHeadOpensFully() {
        HydraulicState s = solve("V1 J1 J2 200 PRV 120 0", "");

        assertThat(s.statusCode(link(s, "V1"))).isEqualTo(LinkStatus.OPEN);
        assertThat(s.head(node(s, "J2"))).isCloseTo(s.head(node(s, "J1")), within(1e-3));
    }

    @Test
    void anActivePsvHoldsItsUpstreamPressureAtTheSetting() {
        // a second reservoir at J3's end; open, the valve would let J1's pressure fall below 89.9 m
        HydraulicState s = solve("V1 J1 J2 200 PSV 89.9 0", "[RESERVOIRS]\nR2 60\n[PIPES]\nP3 R2 J3 500 200 120\n");

        assertHolds(s, "J1", 89.9);
        // the valve lets through only what keeps J1 up; the lower reservoir supplies the rest of J3's 20 l/s
        assertThat(s.flow(link(s, "V1"))).isCloseTo(s.flow(link(s, "P1")), within(1e-6));
        assertThat(s.flow(link(s, "V1")) + s.flow(link(s, "P3"))).isCloseTo(20.0, within(1e-3));
        assertThat(s.flow(link(s, "P3"))).isPositive();
    }

    @Test
    void anActiveFcvPassesItsFlowSettingWhateverTheDemandDownstream() {
        HydraulicState s = solve("V1 J1 J2 200 FCV 12 0", "[EMITTERS]\nJ3 5\n");

        assertThat(s.statusCode(link(s, "V1"))).isEqualTo(LinkStatus.ACTIVE);
        // EPANET's formulation leaves 1/CBIG of the head difference as extra flow: 1e-4 l/s here
        assertThat(s.flow(link(s, "V1"))).isCloseTo(12.0, within(1e-3));
        // J3's 20 l/s is met only by the emitter running backwards at a negative pressure
        assertThat(s.demand(node(s, "J3"))).isCloseTo(12.0, within(1e-3));
        assertThat(s.pressure(node(s, "J3"))).isNegative();
    }

    @Test
    void aPbvAddsItsSettingAsHeadLoss() {
        HydraulicState s = solve("V1 J1 J2 200 PBV 7.5 0", "");

        assertThat(s.head(node(s, "J1")) - s.head(node(s, "J2"))).isCloseTo(7.5, within(1e-3));
    }

    @Test
    void aTcvLosesItsCoefficientTimesTheVelocityHead() {
        HydraulicState s = solve("V1 J1 J2 200 TCV 10 0", "");
        double q = s.flow(link(s, "V1")) / 1000.0; // m³/s
        double v = q / (Math.PI * 0.2 * 0.2 / 4);

        assertThat(s.head(node(s, "J1")) - s.head(node(s, "J2"))).isCloseTo(10 * v * v / (2 * 9.81), within(2e-3));
    }

    @Test
    void aGpvFollowsItsHeadLossCurve() {
        HydraulicState s = solve("V1 J1 J2 200 GPV C1 0", "[CURVES]\nC1 0 0\nC1 40 4\n");

        double q = s.flow(link(s, "V1"));
        assertThat(s.head(node(s, "J1")) - s.head(node(s, "J2"))).isCloseTo(q / 10.0, within(1e-3));
    }

    @Test
    void anEmitterDischargesItsCoefficientTimesTheSquareRootOfPressure() {
        HydraulicState s = solve("V1 J1 J2 200 TCV 0 0", "[EMITTERS]\nJ3 2\n");
        double p = s.pressure(node(s, "J3"));

        assertThat(s.demand(node(s, "J3"))).isCloseTo(20 + 2 * Math.sqrt(p), within(1e-3));
    }

    @Test
    void pressureDrivenDemandFollowsWagnersFunctionBetweenMinimumAndRequiredPressure() {
        // a PRV holds J2 at 10 m; J3 is 5 m lower, so it sees about 15 m minus the pipe's loss
        String options =
                "[OPTIONS]\nDemand Model PDA\nMinimum Pressure 0\nRequired Pressure 30\nPressure Exponent 0.5\n";
        HydraulicState s = solve("V1 J1 J2 200 PRV 10 0", options);
        double p = s.pressure(node(s, "J3"));
        double delivered = s.demand(node(s, "J3"));

        assertThat(p).isBetween(0.0, 30.0);
        assertThat(delivered).isCloseTo(20 * Math.sqrt(p / 30.0), within(0.01));
        assertThat(delivered).isLessThan(20.0);
    }
}

package org.headwater.hydraulics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pump energy integrates the power drawn (Q·ΔH / efficiency) over the time each step lasts. */
class PumpEnergyTest {

    @Test
    void net1sPumpEnergyIsThePowerOfEachStepTimesItsLength() {
        HydraulicModel model = HydraulicModel.read(Path.of("..", "data", "epanet-networks", "Net1.inp.gz"));
        Simulation sim = new Simulation(model);
        int pump = model.linkIndex("9");
        List<double[]> steps = new ArrayList<>(); // time, kW
        sim.run(86_400, (t, s) -> {
            double cfs = s.flow(pump) / 448.831;
            double lift = s.head(model.linkTo(pump)) - s.head(model.linkFrom(pump)); // ft
            double kw = s.status(pump) == 1 ? cfs * lift / 8.814 / 0.75 * 0.7457 : 0.0; // global efficiency 75 %
            steps.add(new double[] {t, kw});
        });
        double kwh = 0;
        double hours = 0;
        for (int i = 0; i + 1 < steps.size(); i++) {
            double dt = (steps.get(i + 1)[0] - steps.get(i)[0]) / 3600.0;
            kwh += steps.get(i)[1] * dt;
            hours += steps.get(i)[1] > 0 ? dt : 0;
        }

        PumpEnergy e = sim.pumpEnergy().getFirst();

        assertThat(e.pump()).isEqualTo("9");
        assertThat(e.hoursOnline()).isCloseTo(hours, within(1e-9));
        assertThat(e.averageKw() * e.hoursOnline()).isCloseTo(kwh, within(1e-6 * kwh));
        assertThat(e.averageEfficiency()).isCloseTo(75.0, within(1e-9));
        assertThat(e.peakKw()).isGreaterThan(e.averageKw() * 0.99);
        assertThat(hours).isBetween(1.0, 24.0);
    }
}

package org.headwater.detect.dma;

import java.time.ZoneId;
import org.headwater.alert.ResolvedThresholds;
import org.headwater.alert.ThresholdKey;

/**
 * The night-flow rule's thresholds for one area.
 *
 * @param window the utility-local night hours
 * @param excessRatio margin above the forecast when the forecast has no interval (0.25 = 25 %)
 * @param nights consecutive nights above the limit before an alert is raised
 */
public record NightFlowSettings(NightWindow window, double excessRatio, int nights) {

    public NightFlowSettings {
        if (!(excessRatio >= 0) || Double.isInfinite(excessRatio)) {
            throw new IllegalArgumentException("night_flow_excess_ratio must be >= 0, got " + excessRatio);
        }
        if (nights < 1) {
            throw new IllegalArgumentException("night_flow_nights must be >= 1, got " + nights);
        }
    }

    /** From the resolved thresholds of the area, in the utility's time zone. */
    public static NightFlowSettings from(ResolvedThresholds thresholds, ZoneId utilityZone) {
        return new NightFlowSettings(
                new NightWindow(utilityZone, (int) thresholds.get(ThresholdKey.NIGHT_FLOW_START_HOUR), (int)
                        thresholds.get(ThresholdKey.NIGHT_FLOW_END_HOUR)),
                thresholds.get(ThresholdKey.NIGHT_FLOW_EXCESS_RATIO),
                (int) Math.ceil(thresholds.get(ThresholdKey.NIGHT_FLOW_NIGHTS)));
    }
}

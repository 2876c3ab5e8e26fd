package org.headwater.detect.quality;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * CANARY-EDS's tutorial station ("Station B", 20-minute steps) as its example configuration
 * ({@code v5config.yml}) describes it: the channel precisions, and which channels are water quality.
 * The example's workflow uses chlorine, pH, turbidity and TOC; temperature, pressures, plant flow and
 * the plant-side sensors are not in it, so they are operational here.
 */
public final class CanaryStationB {

    /** The tutorial file's columns with the example configuration's precisions. */
    public static final WaterQualityCsv.Layout LAYOUT = new WaterQualityCsv.Layout(
            "TimeStep",
            DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss"),
            List.of(
                    new Channel("B_CL2_VAL", ChannelRole.QUALITY, 0.0035),
                    new Channel("B_TURB_VAL", ChannelRole.QUALITY, 0.01),
                    new Channel("B_PH_VAL", ChannelRole.QUALITY, 0.01),
                    new Channel("B_TOC_VAL", ChannelRole.QUALITY, 0.01),
                    new Channel("B_COND_VAL", ChannelRole.OPERATIONAL, 1),
                    new Channel("B_TEMP_VAL", ChannelRole.OPERATIONAL, 0.1),
                    new Channel("B_PRES_OP", ChannelRole.OPERATIONAL, 0.01),
                    new Channel("B_PLNT_PRES_OP", ChannelRole.OPERATIONAL, 0.4),
                    new Channel("B_PLNT_PH_VAL", ChannelRole.OPERATIONAL, 0.01),
                    new Channel("B_PLNT_TURB_VAL", ChannelRole.OPERATIONAL, 0.01),
                    new Channel("B_PLNT_FLOW_OP", ChannelRole.OPERATIONAL, 0.05),
                    new Channel("B_PLNT_CL2_VAL", ChannelRole.OPERATIONAL, 0.0035)),
            null);

    private CanaryStationB() {}
}

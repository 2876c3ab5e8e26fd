package org.headwater.app.quality;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code headwater.water-quality.*}: how the live water-quality stations run.
 *
 * @param step the sample step the readings are assembled on (the detector's settings count steps of 1 minute)
 * @param lateness a step is judged once a reading this far past its end has arrived, so values a
 *     little out of order still count
 * @param learningPeriod after its first sample (and after a restart, replayed from the store) a
 *     station learns for this long before it may raise alerts
 */
@ConfigurationProperties("headwater.water-quality")
public record WaterQualityProperties(
        @DefaultValue("PT1M") Duration step,
        @DefaultValue("PT2M") Duration lateness,
        @DefaultValue("PT2H") Duration learningPeriod) {}

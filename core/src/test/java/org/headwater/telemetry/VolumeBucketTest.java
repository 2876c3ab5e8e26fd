package org.headwater.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VolumeBucketTest {

    @Test
    void theApiNamesParseToTheirBucketsAndAnUnknownOneIsRefusedNamingIt() {
        assertThat(VolumeBucket.parse("hour")).isEqualTo(VolumeBucket.HOUR);
        assertThat(VolumeBucket.parse("day")).isEqualTo(VolumeBucket.DAY);
        assertThatThrownBy(() -> VolumeBucket.parse("week"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bucket must be hour or day: week");
    }

    @Test
    void aBucketStartsAtTheUtcHourOrDayThatHoldsTheTime() {
        Instant t = Instant.parse("2024-03-31T01:59:59Z");

        assertThat(VolumeBucket.HOUR.start(t)).isEqualTo(Instant.parse("2024-03-31T01:00:00Z"));
        assertThat(VolumeBucket.DAY.start(t)).isEqualTo(Instant.parse("2024-03-31T00:00:00Z"));
    }
}

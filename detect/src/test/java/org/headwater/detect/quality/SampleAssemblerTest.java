package org.headwater.detect.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleAssemblerTest {

    private static final Instant T0 = Instant.parse("2024-06-01T10:00:00Z");

    private final SampleAssembler assembler = new SampleAssembler(2, Duration.ofMinutes(1), Duration.ofMinutes(2));

    private static Instant minute(int m) {
        return T0.plusSeconds(60L * m);
    }

    @Test
    void valuesArrivingOutOfOrderWithinTheLatenessMakeSamplesInTimeOrder() {
        assembler.add(0, minute(1), 1.1);
        assembler.add(1, minute(0).plusSeconds(20), 2.0);
        assembler.add(0, minute(0).plusSeconds(5), 1.0);
        assembler.add(1, minute(1), 2.1);
        assertThat(assembler.completeSamples()).isEmpty();

        assembler.add(0, minute(4), 1.4);

        List<StationSample> samples = assembler.completeSamples();
        assertThat(samples)
                .containsExactly(
                        new StationSample(minute(0), new double[] {1.0, 2.0}),
                        new StationSample(minute(1), new double[] {1.1, 2.1}));
    }

    @Test
    void aChannelThatSentNothingInAStepIsMissing() {
        assembler.add(0, minute(0), 1.0);
        assembler.add(0, minute(4), 1.4);

        List<StationSample> samples = assembler.completeSamples();

        assertThat(samples).hasSize(1);
        assertThat(samples.getFirst().values()[0]).isEqualTo(1.0);
        assertThat(samples.getFirst().values()[1]).isNaN();
    }

    @Test
    void aValueForAStepAlreadyHandedOutIsCountedNotApplied() {
        assembler.add(0, minute(0), 1.0);
        assembler.add(0, minute(5), 1.5);
        assembler.completeSamples();

        assertThat(assembler.add(1, minute(0), 9.0)).isFalse();

        assertThat(assembler.tooLate()).isEqualTo(1);
        assertThat(assembler.completeSamples()).isEmpty();
    }

    @Test
    void anUnknownChannelIsRefusedByIndex() {
        assertThatThrownBy(() -> assembler.add(2, T0, 1.0))
                .hasMessageContaining("channel")
                .hasMessageContaining("2");
    }
}

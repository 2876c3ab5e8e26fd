package org.headwater.detect.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BinomialEventDiscriminatorTest {

    @Test
    void probabilityIsTheBinomialCumulativeProbabilityOfTheOutliersInTheWindow() {
        BinomialEventDiscriminator bed = new BinomialEventDiscriminator(6, 0.5);

        assertThat(bed.add(false)).isCloseTo(1 / 64.0, within(1e-12));
        assertThat(bed.add(true)).isCloseTo(7 / 64.0, within(1e-12));
        bed.add(true);
        bed.add(true);
        bed.add(true);
        // five outliers of six: P(X <= 5) = 63/64, above CANARY's example event threshold 0.85
        assertThat(bed.add(true)).isCloseTo(63 / 64.0, within(1e-12));
    }

    @Test
    void oldOutliersLeaveTheWindow() {
        BinomialEventDiscriminator bed = new BinomialEventDiscriminator(3, 0.5);
        bed.add(true);
        bed.add(true);
        bed.add(true);
        bed.add(false);
        bed.add(false);

        assertThat(bed.add(false)).isCloseTo(1 / 8.0, within(1e-12));
    }
}

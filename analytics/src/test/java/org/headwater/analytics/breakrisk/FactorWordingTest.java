package org.headwater.analytics.breakrisk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactorWordingTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "material|CI|cast iron",
                "install year|1952|installed 1952",
                "age years|71|71 years old",
                "prior breaks on pipe|3|3 breaks on this pipe since it was laid",
                "breaks in last 3 years|1|1 break in the last 3 years",
                "years since last break|0|last break less than a year ago",
                "years since last break|none|no break recorded on this pipe",
                "breaks on the pipe it replaced|2|2 breaks on the pipe it replaced",
                "breaks on other mains in the same street segment|4|4 breaks on other mains of the same street",
                "install year|unknown|install year unknown",
                "lined|no|unlined"
            })
    void factorsReadAsPlainWords(String factor, String value, String words) {
        assertThat(FactorWording.of(new RiskFactor(factor, value, 0.5))).isEqualTo(words);
    }
}

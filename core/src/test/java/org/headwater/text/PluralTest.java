package org.headwater.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void oneTakesTheSingularAndEveryOtherCountThePlural() {
        assertThat(Plural.of(1, "alert")).isEqualTo("1 alert");
        assertThat(Plural.of(0, "alert")).isEqualTo("0 alerts");
        assertThat(Plural.of(2, "alarm code")).isEqualTo("2 alarm codes");
        assertThat(Plural.of(-1, "degree")).isEqualTo("-1 degrees");
        assertThat(Plural.of(1_000_000, "read")).isEqualTo("1000000 reads");
    }

    @Test
    void anIrregularNounTakesTheGivenPlural() {
        assertThat(Plural.of(1, "asset id", "asset ids")).isEqualTo("1 asset id");
        assertThat(Plural.of(3, "break on this pipe", "breaks on this pipe")).isEqualTo("3 breaks on this pipe");
    }

    @Test
    void aBlankNounIsRefusedNamingIt() {
        assertThatThrownBy(() -> Plural.of(2, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("singular and plural must not be blank");
    }
}

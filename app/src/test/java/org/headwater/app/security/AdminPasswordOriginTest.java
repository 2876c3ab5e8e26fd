package org.headwater.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminPasswordOriginTest {

    @Test
    void aGeneratedPasswordIsSaidToHaveBeenPrintedAndAConfiguredOneToBeTheEnvironmentVariable() {
        assertThat(AdminPasswordOrigin.ofNewAccount(null)).isEqualTo(AdminPasswordOrigin.GENERATED);
        assertThat(AdminPasswordOrigin.ofNewAccount(" ")).isEqualTo(AdminPasswordOrigin.GENERATED);
        assertThat(AdminPasswordOrigin.GENERATED.notice()).contains("printed").doesNotContain("HEADWATER_ADMIN");
        assertThat(AdminPasswordOrigin.ofNewAccount("chosen-in-advance")).isEqualTo(AdminPasswordOrigin.CONFIGURED);
        assertThat(AdminPasswordOrigin.CONFIGURED.notice())
                .contains("HEADWATER_ADMIN_PASSWORD")
                .doesNotContain("printed");
    }
}

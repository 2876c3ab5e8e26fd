package org.headwater.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void withoutATileServerImagesComeOnlyFromHeadwaterItself() {
        assertThat(ContentSecurityPolicy.directives(null))
                .contains("script-src 'self';")
                .contains("img-src 'self' data:;")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
    }

    @Test
    void onlyTheApiExplorerMayUseInlineStylesAndNothingMayRunInlineScript() {
        assertThat(ContentSecurityPolicy.apiExplorerDirectives(null))
                .contains("style-src 'self' 'unsafe-inline';")
                .contains("script-src 'self';")
                .doesNotContain("unsafe-eval");
    }

    @Test
    void theTileServersHostIsAllowedForImagesWithItsSubdomainTemplateAsAWildcard() {
        assertThat(ContentSecurityPolicy.tileSource("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .isEqualTo("https://*.tile.openstreetmap.org");
        assertThat(ContentSecurityPolicy.tileSource("https://tiles.example.org:8443/{z}/{x}/{y}.png"))
                .isEqualTo("https://tiles.example.org:8443");
        assertThat(ContentSecurityPolicy.tileSource("https://tiles-{s}-{z}.example.org/{x}/{y}.png"))
                .as("a template CSP cannot express allows its scheme")
                .isEqualTo("https:");
    }

    @Test
    void aTileUrlThatIsNotAbsoluteIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> ContentSecurityPolicy.tileSource("tiles/{z}/{x}/{y}.png"))
                .hasMessageContaining("headwater.map.tile-url")
                .hasMessageContaining("tiles/{z}");
    }
}

package org.headwater.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.app.security.Role;
import org.headwater.ingest.network.NetworkImport;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.NetworkSource;
import org.headwater.network.NetworkSources;
import org.headwater.network.RelationType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The what-if screen in a browser: a distribution superintendent picks pipe 112 of EPANET's Net1, breaks it,
 * and sees the affected junctions on the map, the hospital at junction 32 among the critical customers, the
 * tank's empty time and the pressure timeline of the first junction to drop.
 */
class WhatIfBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "a-long-superintendent-password";
    private static final Path NET1 = Path.of("../data/epanet-networks/Net1.inp.gz");

    @Autowired
    CurrentNetwork network;

    @Autowired
    NetworkSources sources;

    @Test
    void aBrokenPipeShowsTheAffectedJunctionsTheHospitalAndTheTankOnTheScreen() throws Exception {
        network.replace(net1WithAHospital());
        sources.save(new NetworkSource("Net1.inp.gz", Files.readAllBytes(NET1)));
        createUser("sue", PASSWORD, Role.DISTRIBUTION_SUPERINTENDENT);

        Page page = newPage(1366, 1000);
        java.util.List<String> violations = DashboardSecurityBrowserTest.watchContentSecurityPolicy(page);
        login(page, "sue", PASSWORD);
        page.navigate(url("/what-if.html"));
        assertThat(page.locator("body")).hasAttribute("data-ready", "true");
        assertThat(page.locator("nav a[aria-current=page]")).hasText("What if");
        page.locator("#element").selectOption("112");
        assertThat(page.locator("#action")).hasValue("CLOSE_LINK");
        page.locator("#action").selectOption("BREAK_PIPE");
        page.locator("#run").click();

        assertThat(page.locator("#map")).hasAttribute("data-affected-nodes", "7");
        assertThat(page.locator("#status")).containsText("7 junctions below 20 psi");
        assertThat(page.locator("#critical-customers")).containsText("General <Hospital>");
        assertThat(page.locator("#critical-customers")).containsText("hospital");
        assertThat(page.locator("#tank-summary")).containsText("Tank 2: empties at");
        assertThat(page.locator("#affected-nodes tbody tr")).hasCount(7);
        assertThat(page.locator("#pressure-chart")).hasAttribute("data-node", "32");
        page.locator("#affected-nodes button", new Page.LocatorOptions().setHasText("31"))
                .click();
        assertThat(page.locator("#pressure-chart")).hasAttribute("data-node", "31");
        screenshot(page, "what-if");

        page.locator("#element").selectOption("pump:9");
        assertThat(page.locator("#action")).hasValue("STOP_PUMP");
        page.locator("#action").selectOption("BREAK_PIPE");
        page.locator("#run").click();
        assertThat(page.locator("#status")).containsText("link '9' is a PUMP, not a pipe");
        org.assertj.core.api.Assertions.assertThat(violations)
                .as("Content-Security-Policy violations")
                .isEmpty();
    }

    /** Net1 with a hospital whose name holds markup, which must show as text, at junction 32. */
    private static Network net1WithAHospital() {
        Network net1 = NetworkImport.read(NET1);
        var at = net1.element("32").orElseThrow().location();
        return Network.builder(net1.name())
                .addAll(net1)
                .add(new NetworkElement(
                        "PR-H32", ElementKind.PREMISE, "General <Hospital>", at, Map.of(Attr.CRITICAL_USE, "hospital")))
                .add(new NetworkElement("SC-H32", ElementKind.SERVICE_CONNECTION, "Service H32", at, Map.of()))
                .relate("SC-H32", RelationType.STARTS_AT, "32")
                .relate("SC-H32", RelationType.ENDS_AT, "PR-H32")
                .build();
    }
}

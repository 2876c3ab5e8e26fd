package org.headwater.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Instant;
import org.headwater.app.security.Role;
import org.headwater.ingest.sources.ConnectorReport;
import org.headwater.ingest.sources.ConnectorStatusBoard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sources page: each connector's state, last value time, values per second and errors. */
class SourcesBrowserTest extends BrowserTestSupport {

    static final String OPERATOR_PASSWORD = "a-control-room-password";

    @Autowired
    ConnectorStatusBoard board;

    @Test
    void anOperatorSeesEachConnectorsStateValuesAndLastError() {
        ConnectorReport plant = board.register("opcua", "plant-a");
        plant.connected();
        plant.values(120, 3, Instant.parse("2026-03-01T10:00:00Z"));
        ConnectorReport booster = board.register("opcua", "booster-3");
        booster.disconnected("cannot connect to opc.tcp://booster-3:4840: connection refused");
        createUser("operator", OPERATOR_PASSWORD, Role.CONTROL_CENTER_OPERATOR);
        Page page = newPage(1366, 768);
        login(page, "operator", OPERATOR_PASSWORD);

        page.navigate(url("/sources.html"));

        Locator plantRow = page.locator("#sources-table tr", new Page.LocatorOptions().setHasText("plant-a"));
        assertThat(plantRow.locator("[data-state]")).hasAttribute("data-state", "CONNECTED");
        assertThat(plantRow).containsText("120");
        Locator boosterRow = page.locator("#sources-table tr", new Page.LocatorOptions().setHasText("booster-3"));
        assertThat(boosterRow.locator("[data-state]")).hasAttribute("data-state", "DISCONNECTED");
        assertThat(boosterRow).containsText("connection refused");
        assertThat(page.locator("#frame a[href$='sources.html']")).hasCount(1);
        screenshot(page, "sources-operator");
    }
}

package org.headwater.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.Assertions;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.network.CoordinateSystem;
import org.headwater.network.ElementKind;
import org.headwater.network.Location;
import org.headwater.network.MeterSpec;
import org.headwater.network.Network;
import org.headwater.network.NetworkElement;
import org.headwater.network.RelationType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stored XSS and the Content-Security-Policy in a real browser. Names an imported EPANET, GeoJSON or CSV file
 * may carry — the network's, a zone's, a pipe's, a tank's, a meter's id and name — hold HTML that would run
 * script if any screen parsed it; every screen must show it as text. The element check does not rely on the
 * CSP (which would block the inline handler anyway): no {@code <img src=x>} may be created at all.
 */
class DashboardSecurityBrowserTest extends BrowserTestSupport {

    private static final CoordinateSystem PLANE = CoordinateSystem.local("payload-town");
    static final String PAYLOAD = "<img src=x onerror=window.hwXss=1>";
    static final String METER = "M" + PAYLOAD;

    @Autowired
    CurrentNetwork network;

    @Test
    void namesFromImportedDataShowAsTextOnEveryScreenAndRunNothing() throws Exception {
        SmallTown reads = new SmallTown(network, baseUrl(), adminPassword());
        network.replace(payloadTown());
        Page page = newPage(800, 900);
        List<String> violations = watchContentSecurityPolicy(page);
        login(page, "admin", adminPassword());

        page.navigate(url("/map.html"));
        page.waitForSelector("body[data-map-ready]");
        BoundingBox map = page.locator("#map").boundingBox();
        double centreX = map.x + map.width / 2;
        double centreY = map.y + map.height / 2;
        page.mouse().move(centreX, centreY); // the tank sits at the network's centre
        assertThat(page.locator(".leaflet-tooltip")).containsText("Tank: Tank " + PAYLOAD);
        page.mouse().move(0, 0);
        page.mouse().move(centreX + 120, centreY); // on the east-west main, away from the tank
        assertThat(page.locator(".leaflet-tooltip").last()).containsText("P" + PAYLOAD + " · Zone " + PAYLOAD);
        assertThat(page.locator(".leaflet-control-attribution")).containsText("Town " + PAYLOAD);
        assertThat(page.locator("#legend")).containsText("Zone " + PAYLOAD);

        Instant alarm = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(2, ChronoUnit.HOURS);
        String alert = reads.backflowAlarm(METER, alarm, 0);
        assertThat(page.locator("#active-alerts li[data-alert-id='" + alert + "']"))
                .containsText("Backflow at " + METER);
        assertThat(page.locator(".toast[data-alert-id='" + alert + "']")).containsText("at " + METER);
        screenshot(page, "stored-xss-map");
        noMarkupFromData(page);

        String meterParameter = URLEncoder.encode(METER, StandardCharsets.UTF_8);
        page.navigate(url("/meter.html?id=" + meterParameter));
        assertThat(page.locator("#meter-title")).containsText("Meter " + METER + " — Meter " + PAYLOAD);
        assertThat(page.locator("#alerts")).containsText("Backflow");
        noMarkupFromData(page);

        page.navigate(url("/index.html"));
        assertThat(page.locator("#recent")).containsText(METER);
        noMarkupFromData(page);

        page.navigate(url("/investigations.html?alert=" + URLEncoder.encode(alert, StandardCharsets.UTF_8)));
        assertThat(page.locator("#opening-body")).containsText(alert);
        page.locator("#opening-body button:has-text('Open investigation')").click();
        assertThat(page.locator("#detail")).containsText(METER);
        noMarkupFromData(page);

        Assertions.assertThat(violations)
                .as("Content-Security-Policy violations")
                .isEmpty();
    }

    @Test
    void everyScreenRunsUnderTheContentSecurityPolicyWithoutAViolation() throws Exception {
        Instant alarm = SUITE_HOUR.minus(30, ChronoUnit.HOURS);
        String alert = new SmallTown(network, baseUrl(), adminPassword()).backflowAlarm("M1", alarm);
        Page page = newPage(1366, 768);
        List<String> violations = watchContentSecurityPolicy(page);

        page.navigate(url("/login.html"));
        assertThat(page.locator("#admin-notice")).containsText("HEADWATER_ADMIN_PASSWORD");
        login(page, "admin", adminPassword());
        page.navigate(url("/index.html"));
        assertThat(page.locator("#recent")).containsText("M1");
        assertThat(page.locator("#backflow-chart canvas")).hasCount(1);
        page.navigate(url("/map.html"));
        page.waitForSelector("body[data-map-ready]");
        assertThat(page.locator("#status")).containsText("active alerts");
        page.navigate(url("/meter.html?id=M1"));
        assertThat(page.locator("#reads-chart")).hasAttribute("data-reads", "49");
        page.locator("#reads-chart canvas").hover(); // the chart's tooltip, drawn on the canvas
        page.navigate(url("/investigations.html?alert=" + URLEncoder.encode(alert, StandardCharsets.UTF_8)));
        assertThat(page.locator("main")).containsText("M1");
        page.navigate(url("/thresholds.html"));
        assertThat(page.locator("main")).containsText("Backflow");
        page.navigate(url("/swagger-ui/index.html"));
        assertThat(page.locator(".swagger-ui .opblock-tag").first())
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(20_000));
        for (String screen : List.of("index", "map", "meter", "investigations", "thresholds", "login")) {
            Assertions.assertThat(
                            page.request().get(url("/" + screen + ".html")).text())
                    .as(screen + ".html links the favicon")
                    .contains("<link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\">");
        }
        Assertions.assertThat(page.request().get(url("/favicon.svg")).headers())
                .containsEntry("content-type", "image/svg+xml");

        Assertions.assertThat(violations)
                .as("Content-Security-Policy violations")
                .isEmpty();
    }

    /** Every CSP violation the page reports, from Chromium's console and from the page's own event. */
    static List<String> watchContentSecurityPolicy(Page page) {
        List<String> violations = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(page.url() + ": " + message.text());
            }
        });
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI))");
        return violations;
    }

    private static void noMarkupFromData(Page page) {
        Assertions.assertThat(page.locator("img[src='x']").count())
                .as("an <img> made from data on " + page.url())
                .isZero();
        Assertions.assertThat(page.evaluate("() => window.hwXss === undefined"))
                .as("script from data ran on " + page.url())
                .isEqualTo(true);
    }

    /**
     * One zone, an east-west main and a north-south pipe crossing at the centre, a tank at the centre and one
     * metered premise; every name holds the payload.
     */
    private static Network payloadTown() {
        Network.Builder town = Network.builder("Town " + PAYLOAD);
        town.add(new NetworkElement("Z-1", ElementKind.PRESSURE_ZONE, "Zone " + PAYLOAD, null, Map.of()));
        double[][] ends = {{0, 500}, {1000, 500}, {500, 0}, {500, 1000}};
        for (int i = 0; i < ends.length; i++) {
            String junction = "J" + i;
            town.add(new NetworkElement(
                            junction,
                            ElementKind.JUNCTION,
                            junction,
                            new Location(ends[i][0], ends[i][1], PLANE),
                            Map.of()))
                    .relate(junction, RelationType.LOCATED_IN, "Z-1");
        }
        town.add(new NetworkElement("P" + PAYLOAD, ElementKind.PIPE, "main", null, Map.of("diameter_mm", "720")))
                .relate("P" + PAYLOAD, RelationType.STARTS_AT, "J0")
                .relate("P" + PAYLOAD, RelationType.ENDS_AT, "J1")
                .add(new NetworkElement("P2", ElementKind.PIPE, "P2", null, Map.of("diameter_mm", "100")))
                .relate("P2", RelationType.STARTS_AT, "J2")
                .relate("P2", RelationType.ENDS_AT, "J3")
                .add(new NetworkElement(
                        "T1", ElementKind.TANK, "Tank " + PAYLOAD, new Location(500, 500, PLANE), Map.of()));
        Location premise = new Location(800, 800, PLANE);
        town.add(new NetworkElement("PR-1", ElementKind.PREMISE, "Premise " + PAYLOAD, premise, Map.of()))
                .add(new NetworkElement(
                        METER,
                        ElementKind.METER,
                        "Meter " + PAYLOAD,
                        premise,
                        MeterSpec.residentialDefault().toAttributes()))
                .relate(METER, RelationType.SERVES, "PR-1");
        return town.build();
    }
}

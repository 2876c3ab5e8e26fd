package org.headwater.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.headwater.alert.AlertState;
import org.headwater.alert.Alerts;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.ingest.reads.MqttTopics;
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
 * The control room's day: the map shows the network and its meters; a backflow read published over MQTT
 * appears on the map, in the list and as a toast without a reload, and is acknowledged from the list.
 */
class OperationsMapBrowserTest extends BrowserTestSupport {

    private static final CoordinateSystem PLANE = CoordinateSystem.local("map-town");

    @Autowired
    CurrentNetwork network;

    @Autowired
    Alerts alerts;

    @Test
    void aBackflowPublishedOverMqttAppearsLiveOnTheMapAndInTheListAndIsAcknowledged() {
        network.replace(mapTown());
        Page page = newPage(1366, 768);
        login(page, "admin", adminPassword());
        page.navigate(url("/map.html"));
        page.waitForSelector("body[data-map-ready]");
        assertThat(page.locator("#status")).containsText("3 meters");
        assertThat(page.locator("body")).hasAttribute("data-live", "connected");

        Instant alarm = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1));
        publishBackflow("MT-2", alarm);
        String alertId = "MT-2/BACKFLOW/" + alarm;

        Locator listed = page.locator("#active-alerts li[data-alert-id='" + alertId + "']");
        assertThat(listed).containsText("Backflow");
        assertThat(page.locator(".alert-marker [data-alert-id='" + alertId + "']"))
                .isVisible();
        assertThat(page.locator(".toast[data-alert-id='" + alertId + "']")).isVisible();
        screenshot(page, "map");

        listed.locator("button:has-text('Acknowledge')").click();
        assertThat(listed).containsText("Acknowledged");
        assertThat(page.locator(".toast[data-alert-id='" + alertId + "']")).hasCount(0);
        Assertions.assertThat(alerts.find(alertId))
                .hasValueSatisfying(
                        alert -> Assertions.assertThat(alert.state()).isEqualTo(AlertState.ACKNOWLEDGED));
    }

    @Test
    void aCustomerServiceAgentSeesTheMapButNoAcknowledgeButtonAndATabletNeedsNoSidewaysScrolling() {
        network.replace(mapTown());
        createUser("cs-map", "a-long-customer-service-password", org.headwater.app.security.Role.CUSTOMER_SERVICE);
        Page page = newPage(768, 1024);
        login(page, "cs-map", "a-long-customer-service-password");
        page.navigate(url("/map.html"));
        page.waitForSelector("body[data-map-ready]");
        assertThat(page.locator("#active-alerts")).isVisible();
        assertThat(page.locator("#active-alerts button:has-text('Acknowledge')"))
                .hasCount(0);
    }

    /** Three premises along two pipes in one pressure zone, drawn on a local plane. */
    private static Network mapTown() {
        Network.Builder town = Network.builder("map-town");
        town.add(new NetworkElement("Z1", ElementKind.PRESSURE_ZONE, "Zone 1", null, Map.of()));
        double[][] junctions = {{0, 0}, {400, 0}, {400, 300}};
        for (int i = 0; i < junctions.length; i++) {
            Location at = new Location(junctions[i][0], junctions[i][1], PLANE);
            String j = "J" + (i + 1);
            town.add(new NetworkElement(j, ElementKind.JUNCTION, j, at, Map.of()))
                    .relate(j, RelationType.LOCATED_IN, "Z1")
                    .add(new NetworkElement("PR-" + (i + 1), ElementKind.PREMISE, "Premise " + (i + 1), at, Map.of()))
                    .add(new NetworkElement(
                            "MT-" + (i + 1),
                            ElementKind.METER,
                            "Meter " + (i + 1),
                            at,
                            MeterSpec.residentialDefault().toAttributes()))
                    .relate("MT-" + (i + 1), RelationType.SERVES, "PR-" + (i + 1));
        }
        for (int i = 1; i < junctions.length; i++) {
            String pipe = "P" + i;
            town.add(new NetworkElement(pipe, ElementKind.PIPE, pipe, null, Map.of("diameter_mm", "200")))
                    .relate(pipe, RelationType.STARTS_AT, "J" + i)
                    .relate(pipe, RelationType.ENDS_AT, "J" + (i + 1));
        }
        return town.build();
    }

    /** A day of ordinary hourly use, then reverse flow and the meter's reverse-flow alarm, as a headend would send it. */
    private static void publishBackflow(String meter, Instant alarm) {
        List<String> reads = new ArrayList<>();
        for (int hour = -24; hour <= 0; hour++) {
            double litres = hour == 0 ? -2.5 : 10 + 8 * Math.sin(hour / 3.0);
            reads.add("{\"time\":\"%s\",\"kind\":\"interval\",\"value\":%.2f,\"unit\":\"L\"}"
                    .formatted(alarm.plus(Duration.ofHours(hour)), litres));
        }
        String payload = "{\"reads\":[" + String.join(",", reads) + "],\"alarms\":[{\"time\":\"" + alarm
                + "\",\"code\":\"REVERSE_FLOW\"}]}";
        Mqtt3BlockingClient client = MqttClient.builder()
                .useMqttVersion3()
                .identifier("field-gateway")
                .serverHost("127.0.0.1")
                .serverPort(MQTT.port())
                .buildBlocking();
        client.connect();
        try {
            client.publishWith()
                    .topic(MqttTopics.meterReads("demo", meter))
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .payload(payload.getBytes(StandardCharsets.UTF_8))
                    .send();
        } finally {
            client.disconnect();
        }
    }
}

package org.headwater.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * The map's legend at a small laptop's 800 px: it names every pressure zone in a colour a colour-blind reader
 * can tell apart, folds away with the keyboard and stays folded, and never lies over the meter clusters.
 */
class MapLegendBrowserTest extends BrowserTestSupport {

    private static final CoordinateSystem PLANE = CoordinateSystem.local("twelve-zones");
    private static final int ZONES = 12;
    // Smallest CIE76 colour difference between two zones drawn with the same line pattern, for normal vision and
    // simulated protanopia, deuteranopia and tritanopia; about 2.3 is just noticeable, 10 clearly different.
    private static final double LEAST_DIFFERENCE = 12;

    @Autowired
    CurrentNetwork network;

    @Test
    void twelveZonesEachGetAColourAndPatternThatStaysDistinctForColourBlindReaders() {
        Page page = twelveZoneMap(800, 900);

        Locator lines = page.locator("#legend .zone-list .zone-line");
        assertThat(lines).hasCount(ZONES);
        List<ZoneLook> looks = new ArrayList<>();
        for (int i = 0; i < ZONES; i++) {
            String colour = (String) lines.nth(i).evaluate("e => getComputedStyle(e).borderTopColor");
            String pattern = (String) lines.nth(i).evaluate("e => getComputedStyle(e).borderTopStyle");
            looks.add(new ZoneLook(Colours.parseRgb(colour), pattern));
        }
        Assertions.assertThat(looks).doesNotHaveDuplicates();
        for (int a = 0; a < ZONES; a++) {
            for (int b = a + 1; b < ZONES; b++) {
                if (!looks.get(a).pattern().equals(looks.get(b).pattern())) {
                    continue; // a solid and a dashed line are told apart by the dashes
                }
                for (Colours.Vision vision : Colours.Vision.values()) {
                    Assertions.assertThat(Colours.difference(
                                    looks.get(a).rgb(), looks.get(b).rgb(), vision))
                            .as("zones %d and %d for %s vision", a + 1, b + 1, vision)
                            .isGreaterThanOrEqualTo(LEAST_DIFFERENCE);
                }
            }
        }
    }

    @Test
    void atEightHundredPixelsTheLegendFoldsWithTheKeyboardStaysFoldedAndCoversNoCluster() {
        Page page = twelveZoneMap(800, 900);
        Locator legend = page.locator("#legend");
        assertThat(legend).hasAttribute("open", "");
        Assertions.assertThat(page.locator(".meter-cluster").count()).isPositive();
        noClusterUnder(page, legend);
        screenshot(page, "map-legend-800-open");

        page.locator("#legend summary").focus();
        page.keyboard().press("Enter");
        assertThat(legend).not().hasAttribute("open", "");
        assertThat(page.locator("#legend-body")).isHidden();
        noClusterUnder(page, legend);

        page.reload();
        page.waitForSelector("body[data-map-ready]");
        assertThat(legend).not().hasAttribute("open", "");
        screenshot(page, "map-legend-800-folded");
        page.locator("#legend summary").focus();
        page.keyboard().press("Space");
        assertThat(page.locator("#legend-body")).isVisible();
    }

    @Test
    void onAWideScreenTheOpenLegendLiesOverTheMapButTheFittedNetworkLeavesItClear() {
        Page page = twelveZoneMap(1366, 768);

        assertThat(page.locator("#legend")).hasAttribute("open", "");
        noClusterUnder(page, page.locator("#legend"));
    }

    /** The twelve-zone town's map in a window of this size, as on a first visit (no legend choice kept). */
    private Page twelveZoneMap(int width, int height) {
        network.replace(twelveZones());
        Page page = newPage(width, height);
        login(page, "admin", adminPassword());
        page.navigate(url("/map.html"));
        page.evaluate("() => localStorage.removeItem('headwater.map.legend')");
        page.reload();
        page.waitForSelector("body[data-map-ready]");
        return page;
    }

    private static void noClusterUnder(Page page, Locator legend) {
        BoundingBox box = legend.boundingBox();
        // One snapshot of every drawn cluster: the map may re-cluster between two separate element look-ups.
        @SuppressWarnings("unchecked")
        List<Map<String, Number>> clusters = (List<Map<String, Number>>) page.evaluate("""
                () => [...document.querySelectorAll('.meter-cluster')]
                    .map(e => e.getBoundingClientRect())
                    .filter(r => r.width > 0 && r.height > 0)
                    .map(r => ({x: r.x, y: r.y, width: r.width, height: r.height}))
                """);
        Assertions.assertThat(clusters).isNotEmpty();
        for (Map<String, Number> cluster : clusters) {
            double x = cluster.get("x").doubleValue();
            double y = cluster.get("y").doubleValue();
            boolean overlaps = x < box.x + box.width
                    && box.x < x + cluster.get("width").doubleValue()
                    && y < box.y + box.height
                    && box.y < y + cluster.get("height").doubleValue();
            Assertions.assertThat(overlaps)
                    .as(
                            "cluster at %.0f,%.0f under the legend at %.0f,%.0f %.0fx%.0f",
                            x, y, box.x, box.y, box.width, box.height)
                    .isFalse();
        }
    }

    private record ZoneLook(int[] rgb, String pattern) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ZoneLook look
                    && java.util.Arrays.equals(rgb, look.rgb)
                    && pattern.equals(look.pattern);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(rgb) * 31 + pattern.hashCode();
        }
    }

    /** Twelve zones side by side, each with a main, and 600 metered premises spread over the whole town. */
    private static Network twelveZones() {
        Network.Builder town = Network.builder("twelve-zones");
        for (int z = 0; z < ZONES; z++) {
            String zone = "Z%02d".formatted(z + 1);
            town.add(new NetworkElement(zone, ElementKind.PRESSURE_ZONE, "Zone " + (z + 1), null, Map.of()));
            double x = (z % 4) * 250;
            double y = (z / 4) * 333;
            town.add(junction("J" + zone + "a", x, y))
                    .add(junction("J" + zone + "b", x + 240, y + 320))
                    .relate("J" + zone + "a", RelationType.LOCATED_IN, zone)
                    .relate("J" + zone + "b", RelationType.LOCATED_IN, zone)
                    .add(new NetworkElement(
                            "P" + zone, ElementKind.PIPE, "P" + zone, null, Map.of("diameter_mm", "300")))
                    .relate("P" + zone, RelationType.STARTS_AT, "J" + zone + "a")
                    .relate("P" + zone, RelationType.ENDS_AT, "J" + zone + "b");
        }
        Random random = new Random(15);
        for (int m = 0; m < 600; m++) {
            Location at = new Location(random.nextDouble() * 990, random.nextDouble() * 990, PLANE);
            town.add(new NetworkElement("PR-L" + m, ElementKind.PREMISE, "Premise " + m, at, Map.of()))
                    .add(new NetworkElement(
                            "M-L" + m,
                            ElementKind.METER,
                            "Meter " + m,
                            at,
                            MeterSpec.residentialDefault().toAttributes()))
                    .relate("M-L" + m, RelationType.SERVES, "PR-L" + m);
        }
        return town.build();
    }

    private static NetworkElement junction(String id, double x, double y) {
        return new NetworkElement(id, ElementKind.JUNCTION, id, new Location(x, y, PLANE), Map.of());
    }
}

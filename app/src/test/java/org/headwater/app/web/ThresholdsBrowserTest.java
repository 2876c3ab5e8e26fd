package org.headwater.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.headwater.app.security.Role;
import org.junit.jupiter.api.Test;

/** The thresholds page: controls only for administrators and AMI managers, every change in the history. */
class ThresholdsBrowserTest extends BrowserTestSupport {

    static final String DESK_PASSWORD = "a-customer-service-password";
    static final String ADMIN_PASSWORD = "another-administrator-password";

    @Test
    void customerServiceSeesTheThresholdsWithoutControlsAndTheServerRefusesTheirChange() {
        createUser("desk", DESK_PASSWORD, Role.CUSTOMER_SERVICE);
        Page page = newPage(1366, 768);
        login(page, "desk", DESK_PASSWORD);
        page.navigate(url("/thresholds.html"));

        assertThat(page.locator("#thresholds-table")).containsText("Backflow volume");
        // Defaults written from US sources (1 gal/h, 20 psi, 50 of 96 quarter hours) read as SI values.
        Locator leak = page.locator("#thresholds-table tr", new Page.LocatorOptions().setHasText("Leak min"))
                .first();
        assertThat(leak).containsText("L/h");
        assertThat(leak).containsText("3.79");
        Locator pressure = page.locator("#thresholds-table tr", new Page.LocatorOptions().setHasText("Pressure min"));
        assertThat(pressure).containsText("kPa");
        assertThat(pressure).containsText("138");
        assertThat(page.locator("#thresholds-table")).not().containsText("kpa");
        assertThat(page.locator("#thresholds-table")).not().containsText("3.78541");
        assertThat(page.locator("#thresholds-table")).not().containsText("0.520833");
        assertThat(page.locator("#thresholds-table input")).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")))
                .isHidden();
        assertThat(page.locator("#read-only-note")).isVisible();
        assertThat(page.locator("#frame a[href$='thresholds.html']")).hasCount(0);
        screenshot(page, "thresholds-customer-service");

        // the same request the page would send, with the session and its CSRF token: refused for the role
        Object status = page.evaluate("""
                async () => {
                  const token = decodeURIComponent(document.cookie.split('; ')
                      .find(c => c.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '');
                  const response = await fetch('api/v1/thresholds?scope=system', {method: 'PUT',
                      headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': token},
                      body: JSON.stringify({backflow_volume_litres: '1'})});
                  return response.status;
                }""");
        Assertions.assertThat(status).isEqualTo(403);
    }

    @Test
    void anAdministratorChangesAThresholdSeesABadValueNamedAtItsFieldAndTheChangeInTheHistory() {
        createUser("chief", ADMIN_PASSWORD, Role.ADMINISTRATOR);
        Page page = newPage(1366, 768);
        login(page, "chief", ADMIN_PASSWORD);
        page.navigate(url("/thresholds.html"));

        Locator volume = page.getByLabel("Backflow volume (L)");
        volume.fill("-3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();
        assertThat(page.locator("#error-backflow_volume_litres")).containsText("backflow_volume_litres must be");
        assertThat(volume).hasAttribute("aria-invalid", "true");

        volume.fill("7.5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();
        assertThat(page.locator("#status")).containsText("Saved");
        Locator newest = page.locator("#history-table tbody tr").first();
        assertThat(newest).containsText("system");
        assertThat(newest).containsText("chief");
        assertThat(newest).containsText("backflow_volume_litres: inherited → 7.5");
        assertThat(page.getByLabel("Backflow volume (L)")).hasValue("7.5");

        // one meter's own value, over the system-wide one
        page.getByLabel("Meter", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Meter id").fill("M-77");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show values"))
                .click();
        assertThat(page.locator("#thresholds-table caption")).containsText("meter:M-77");
        page.getByLabel("Leak duration hours (h)").fill("12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();
        assertThat(page.locator("#history-table tbody tr").first()).containsText("meter:M-77");
        assertThat(page.locator("#history-table tbody tr").first()).containsText("leak_duration_hours: inherited → 12");
        screenshot(page, "thresholds-administrator");
    }
}

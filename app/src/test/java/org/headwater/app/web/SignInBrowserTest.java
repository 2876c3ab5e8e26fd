package org.headwater.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The sign-in page: a wrong password is said on the page, the user lands where they were heading, sign-out works. */
class SignInBrowserTest extends BrowserTestSupport {

    @Test
    void aWrongPasswordIsToldOnThePageAndTheRightOneLeadsToThePageAskedFor() {
        Page page = newPage(1366, 768);
        page.navigate(url("/map.html?from=bookmark"));
        assertThat(page).hasURL(Pattern.compile(".*/login\\.html\\?next=map\\.html.*"));
        page.locator("#username").fill("admin");
        page.locator("#password").fill("not-the-password");
        page.locator("button[type=submit]").click();
        assertThat(page.locator("#login-status")).containsText("not right");
        assertThat(page.locator("#password")).hasValue("");

        page.locator("#password").fill(adminPassword());
        page.waitForNavigation(() -> page.locator("button[type=submit]").click());
        assertThat(page).hasURL(Pattern.compile(".*/map\\.html\\?from=bookmark$"));
        assertThat(page.locator("#frame")).containsText("admin");
    }

    @Test
    void signingOutEndsTheSessionAndSaysSo() {
        Page page = newPage(1366, 768);
        login(page, "admin", adminPassword());
        page.navigate(url("/index.html"));
        page.waitForNavigation(
                () -> page.locator(".signed-in button:has-text('Sign out')").click());

        assertThat(page.locator("#login-status")).containsText("signed out");
        page.navigate(url("/api/v1/me"));
        assertThat(page).hasURL(Pattern.compile(".*/login\\.html$"));
    }

    @Test
    void theOldSignInAddressStillWorks() {
        Page page = newPage(1366, 768);
        page.navigate(url("/login"));
        assertThat(page).hasURL(Pattern.compile(".*/login\\.html$"));
        assertThat(page.locator("h1")).hasText("Sign in");
    }
}

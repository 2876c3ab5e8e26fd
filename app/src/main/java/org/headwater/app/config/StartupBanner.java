package org.headwater.app.config;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Tells the person who started the server where to look and how to log in. */
@Component
class StartupBanner implements ApplicationListener<ApplicationReadyEvent> {

    private final HeadwaterProperties properties;

    StartupBanner(HeadwaterProperties properties) {
        this.properties = properties;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String base = "http://localhost:" + web.getWebServer().getPort();
        System.out.println();
        System.out.println(
                "  Headwater is running" + (properties.demo().enabled() ? " with the demo utility" : "") + ":");
        System.out.println("    " + base + "/                          start page");
        System.out.println("    " + base + "/api/v1/network/summary    the network");
        System.out.println("    " + base + "/swagger-ui.html           the API, described by OpenAPI");
        System.out.println(
                "  Log in as 'admin' with HEADWATER_ADMIN_PASSWORD, or the password printed at the first start.");
        if (properties.database().embedded()) {
            System.out.println(
                    "  Data: " + properties.database().dataDirectory().toAbsolutePath() + " (kept between starts)");
        }
        System.out.println("  Ctrl-C stops Headwater.");
        System.out.println();
    }
}

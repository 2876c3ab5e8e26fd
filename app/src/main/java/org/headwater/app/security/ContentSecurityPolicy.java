package org.headwater.app.security;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The Content-Security-Policy every answer carries. Scripts, styles, fonts and fetches come only from
 * Headwater itself: no inline script or style, no {@code eval}, no plugins, no framing. Images may also be
 * {@code data:} URIs (Leaflet's and the API explorer's icons) and the configured map tile server's. The one
 * exception is the third-party API explorer (Swagger UI, {@code /swagger-ui/**}), which injects a {@code <style>}
 * element: its pages may use inline styles, never inline script.
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {}

    static final String API_EXPLORER = "/swagger-ui/";

    static String directives(@Nullable String tileUrl) {
        return directives(tileUrl, "style-src 'self'");
    }

    static String apiExplorerDirectives(@Nullable String tileUrl) {
        return directives(tileUrl, "style-src 'self' 'unsafe-inline'");
    }

    private static String directives(@Nullable String tileUrl, String styles) {
        String tiles = tileSource(tileUrl);
        return String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self'",
                styles,
                "img-src 'self' data:" + (tiles.isEmpty() ? "" : " " + tiles),
                "font-src 'self'",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    /**
     * The tile server as a CSP source: {@code https://{s}.tile.example/{z}/{x}/{y}.png} becomes
     * {@code https://*.tile.example}; a template CSP cannot express that way allows its scheme only.
     */
    static String tileSource(@Nullable String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return "";
        }
        String template = tileUrl.strip();
        int schemeEnd = template.indexOf("://");
        if (schemeEnd < 1) {
            throw new IllegalArgumentException("headwater.map.tile-url must be an absolute URL: " + tileUrl);
        }
        String scheme = template.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        String rest = template.substring(schemeEnd + 3);
        int pathStart = rest.indexOf('/');
        String authority = pathStart < 0 ? rest : rest.substring(0, pathStart);
        String host = authority.replaceFirst("^\\{[a-z]+}\\.", "*.");
        if (host.contains("{") || host.contains("*") && !host.startsWith("*.") || !isHost(host)) {
            return scheme + ":";
        }
        return scheme + "://" + host;
    }

    private static boolean isHost(String host) {
        try {
            return URI.create("https://" + host.replace("*.", "wildcard.")).getHost() != null;
        } catch (IllegalArgumentException notAHost) {
            return false;
        }
    }
}

package org.headwater.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The webhook endpoint the server pages: an HTTP server inside the bench that counts the first page
 * ({@code "kind":"FIRST"}) of each alert by the alert's source, answering 200 to every page.
 */
final class PageCounter implements AutoCloseable {

    private static final Pattern FIRST_PAGE = Pattern.compile(
            "\"kind\":\"FIRST\".*\"alert\":\\{\"id\":\"[^\"]*\",\"type\":\"([A-Z_]+)\",.*\"source\":\"([^\"]+)\"");

    private final HttpServer server;
    private final Map<String, AtomicLong> firstPagesPerSource = new ConcurrentHashMap<>();

    private PageCounter(HttpServer server) {
        this.server = server;
    }

    static PageCounter start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        PageCounter counter = new PageCounter(server);
        server.createContext("/page", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                counter.count(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return counter;
    }

    private void count(String body) {
        Matcher page = FIRST_PAGE.matcher(body);
        if (page.find() && page.group(1).equals("BACKFLOW")) {
            firstPagesPerSource
                    .computeIfAbsent(page.group(2), s -> new AtomicLong())
                    .incrementAndGet();
        }
    }

    /** The URL to configure as the webhook contact's address. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/page";
    }

    /** Of {@code meters}, those paged at least once. */
    long paged(List<String> meters) {
        return meters.stream().filter(firstPagesPerSource::containsKey).count();
    }

    /** First pages beyond one per alarmed meter. */
    long duplicatePages(List<String> meters) {
        return meters.stream()
                .mapToLong(m -> Math.max(
                        0, firstPagesPerSource.getOrDefault(m, new AtomicLong()).get() - 1))
                .sum();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package org.headwater.app.cmms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small, strict HxGN EAM-shaped server for the connector tests: checks the tenant, organization and X-API-Key
 * headers, accepts only the documented body (unknown fields, a DESCRIPTION over 80 characters, another organization's
 * code are refused), numbers orders, and refuses an update whose {@code recordid} is stale.
 */
final class StrictEamServer implements AutoCloseable {

    static final String PATH = "/axis/restservices/workorders";
    static final String COMMENTS = "/comments";
    static final String STALE =
            "This record has been modified by another user. Reload the record to view and/or edit the updated record.";
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "WORKORDERID", Set.of("JOBNUM", "ORGANIZATIONID", "DESCRIPTION"),
            "STATUS", Set.of("STATUSCODE"),
            "TYPE", Set.of("TYPECODE"),
            "EQUIPMENTID", Set.of("EQUIPMENTCODE"),
            "LOCATIONID", Set.of("LOCATIONCODE"),
            "PRIORITY", Set.of("PRIORITYCODE"),
            "USERDEFINEDAREA", Set.of("UDFCHAR01"));
    private static final Set<String> STATUSES = Set.of("R", "A", "Q", "IP", "C", "CL", "CANC", "HOLD");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final String tenant;
    private final String organization;
    private final String apiKey;
    private final Clock clock;
    private final Map<String, ObjectNode> byJobNum = new LinkedHashMap<>();
    private final Map<String, List<ObjectNode>> comments = new LinkedHashMap<>();
    private long nextJobNum = 10001;
    private long tick;
    /** Another user edits the record just before each of the next this many PATCHes. */
    volatile int concurrentEdits;
    /** The next create is carried out and its answer held this long (past the client's timeout). */
    volatile java.time.Duration holdNextCreate = java.time.Duration.ZERO;

    StrictEamServer(String tenant, String organization, String apiKey, Clock clock) throws IOException {
        this.tenant = tenant;
        this.organization = organization;
        this.apiKey = apiKey;
        this.clock = clock;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(PATH, this::handle);
        server.setExecutor(threads);
        server.start();
    }

    URI restServices() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/axis/restservices");
    }

    synchronized int countByReference(String reference) {
        return (int) byJobNum.values().stream()
                .filter(r -> reference.equals(
                        r.path("USERDEFINEDAREA").path("UDFCHAR01").asString()))
                .count();
    }

    synchronized ObjectNode record(String jobNum) {
        return byJobNum.get(jobNum).deepCopy();
    }

    /** A status change made in EAM itself. */
    synchronized void advance(String jobNum, String status) {
        ObjectNode record = byJobNum.get(jobNum);
        ((ObjectNode) record.get("STATUS")).put("STATUSCODE", status);
        touch(record);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var headers = exchange.getRequestHeaders();
            if (!tenant.equals(headers.getFirst("tenant")) || !organization.equals(headers.getFirst("organization"))) {
                error(exchange, 400, "the tenant and organization headers are required");
                return;
            }
            if (!apiKey.equals(headers.getFirst("X-API-Key"))) {
                error(exchange, 401, "invalid API key");
                return;
            }
            String rest = exchange.getRequestURI().getPath().substring(PATH.length());
            String method = exchange.getRequestMethod();
            if (rest.isEmpty() && method.equals("GET")) {
                collection(exchange);
            } else if (rest.isEmpty() && method.equals("POST")) {
                create(exchange);
            } else if (rest.startsWith("/") && rest.endsWith(COMMENTS) && method.equals("GET")) {
                comments(exchange, rest.substring(1, rest.length() - COMMENTS.length()));
            } else if (rest.startsWith("/") && method.equals("PATCH")) {
                patch(exchange, URLDecoder.decode(rest.substring(1), StandardCharsets.UTF_8));
            } else {
                error(exchange, 405, method + " " + rest + " is not supported");
            }
        }
    }

    /** A comment written in EAM itself (a crew's note on the work order). */
    synchronized void addComment(String jobNum, String user, String text) {
        List<ObjectNode> list = comments.computeIfAbsent(jobNum, j -> new ArrayList<>());
        ObjectNode comment = CmmsHttp.JSON.createObjectNode();
        comment.put("LINENUM", list.size() + 1);
        comment.put("COMMENTTEXT", text);
        comment.putObject("CREATEDBY").put("USERCODE", user);
        comment.put("CREATEDDATE", clock.instant().toString());
        list.add(comment);
    }

    /** The comments of {@code JOBNUM#ORG}: no query parameters, this organization's orders only. */
    private void comments(HttpExchange exchange, String id) throws IOException {
        if (exchange.getRequestURI().getRawQuery() != null) {
            error(
                    exchange,
                    400,
                    "comments take no query parameters; got "
                            + exchange.getRequestURI().getRawQuery());
            return;
        }
        ObjectNode root = CmmsHttp.JSON.createObjectNode();
        synchronized (this) {
            String jobNum = id.endsWith("#" + organization) ? id.substring(0, id.indexOf('#')) : "";
            if (!byJobNum.containsKey(jobNum)) {
                error(exchange, 404, "no work order " + id);
                return;
            }
            var rows = root.putObject("Result").putObject("ResultData").putArray("DATARECORD");
            comments.getOrDefault(jobNum, List.of()).forEach(c -> rows.add(c.deepCopy()));
        }
        send(exchange, 200, root);
    }

    private void collection(HttpExchange exchange) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        String reference = query.remove("UDFCHAR01");
        Instant since = query.containsKey("updatedsince") ? Instant.parse(query.remove("updatedsince")) : null;
        int pageSize = Integer.parseInt(query.getOrDefault("pagesize", "100"));
        int position = Integer.parseInt(query.getOrDefault("cursorposition", "0"));
        query.remove("pagesize");
        query.remove("cursorposition");
        if (reference == null || !query.isEmpty()) {
            error(
                    exchange,
                    400,
                    "filter by UDFCHAR01 (and optionally updatedsince, pagesize, cursorposition) only;" + " got "
                            + query.keySet());
            return;
        }
        List<ObjectNode> matching = new ArrayList<>();
        synchronized (this) {
            for (ObjectNode record : byJobNum.values()) {
                String ref = record.path("USERDEFINEDAREA").path("UDFCHAR01").asString("");
                boolean refMatches = reference.endsWith("*")
                        ? ref.startsWith(reference.substring(0, reference.length() - 1))
                        : ref.equals(reference);
                boolean recent = since == null
                        || !Instant.parse(record.path("DATEUPDATED").asString()).isBefore(since);
                if (refMatches && recent) {
                    matching.add(record.deepCopy());
                }
            }
        }
        matching.sort(java.util.Comparator.comparing(r -> r.path("DATEUPDATED").asString()));
        List<ObjectNode> page =
                matching.subList(Math.min(position, matching.size()), Math.min(position + pageSize, matching.size()));
        ObjectNode root = CmmsHttp.JSON.createObjectNode();
        ObjectNode data = root.putObject("Result").putObject("ResultData");
        page.forEach(data.putArray("DATARECORD")::add);
        boolean more = position + pageSize < matching.size();
        data.put("MORERECORDPRESENT", more ? "+" : "-");
        data.put("CURSORPOSITION", position + page.size());
        send(exchange, 200, root);
    }

    private void create(HttpExchange exchange) throws IOException {
        ObjectNode body = (ObjectNode) CmmsHttp.JSON.readTree(exchange.getRequestBody());
        String problem = shapeProblem(body, false);
        if (problem == null
                && !body.path("WORKORDERID").path("JOBNUM").asString("").isEmpty()) {
            problem = "WORKORDERID.JOBNUM must be empty: EAM numbers new work orders";
        }
        for (String required : List.of("WORKORDERID", "STATUS", "TYPE")) {
            if (problem == null && !body.has(required)) {
                problem = required + " is required";
            }
        }
        if (problem != null) {
            error(exchange, 400, problem);
            return;
        }
        ObjectNode created;
        synchronized (this) {
            String jobNum = Long.toString(nextJobNum++);
            ((ObjectNode) body.get("WORKORDERID")).put("JOBNUM", jobNum);
            body.put("recordid", 0);
            touch(body);
            byJobNum.put(jobNum, body);
            created = body.deepCopy();
        }
        if (!holdNextCreate.isZero()) {
            java.time.Duration hold = holdNextCreate;
            holdNextCreate = java.time.Duration.ZERO;
            try {
                Thread.sleep(hold);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ObjectNode root = CmmsHttp.JSON.createObjectNode();
        root.putObject("Result").set("ResultData", created);
        send(exchange, 201, root);
    }

    private void patch(HttpExchange exchange, String id) throws IOException {
        ObjectNode body = (ObjectNode) CmmsHttp.JSON.readTree(exchange.getRequestBody());
        String problem = shapeProblem(body, true);
        if (problem != null) {
            error(exchange, 400, problem);
            return;
        }
        ObjectNode answer;
        synchronized (this) {
            String jobNum = id.endsWith("#" + organization) ? id.substring(0, id.indexOf('#')) : "";
            ObjectNode record = byJobNum.get(jobNum);
            if (record == null) {
                error(exchange, 404, "no work order " + id);
                return;
            }
            if (concurrentEdits > 0) {
                concurrentEdits--;
                touch(record);
            }
            if (!body.has("recordid")
                    || body.path("recordid").asLong() != record.path("recordid").asLong()) {
                error(exchange, 400, STALE);
                return;
            }
            if (body.has("STATUS")
                    && !STATUSES.contains(body.path("STATUS").path("STATUSCODE").asString())) {
                error(exchange, 400, "STATUS.STATUSCODE " + body.path("STATUS").path("STATUSCODE") + " is not valid");
                return;
            }
            body.properties().stream()
                    .filter(e -> !e.getKey().equals("recordid"))
                    .forEach(e -> {
                        if (record.get(e.getKey()) instanceof ObjectNode existing
                                && e.getValue() instanceof ObjectNode given) {
                            existing.setAll(given);
                        } else {
                            record.set(e.getKey(), e.getValue());
                        }
                    });
            touch(record);
            answer = record.deepCopy();
        }
        ObjectNode root = CmmsHttp.JSON.createObjectNode();
        root.putObject("Result").set("ResultData", answer);
        send(exchange, 200, root);
    }

    private String shapeProblem(ObjectNode body, boolean update) {
        for (var entry : body.properties()) {
            if (update && entry.getKey().equals("recordid")) {
                continue;
            }
            Set<String> allowed = FIELDS.get(entry.getKey());
            if (allowed == null || !entry.getValue().isObject()) {
                return "unknown field " + entry.getKey();
            }
            for (String inner : entry.getValue().propertyNames()) {
                if (!allowed.contains(inner)) {
                    return "unknown field " + entry.getKey() + "." + inner;
                }
            }
        }
        JsonNode id = body.path("WORKORDERID");
        String description = id.path("DESCRIPTION").asString("");
        if (description.length() > 80) {
            return "WORKORDERID.DESCRIPTION is " + description.length() + " characters; at most 80";
        }
        if (id.has("ORGANIZATIONID")
                && !organization.equals(
                        id.path("ORGANIZATIONID").path("ORGANIZATIONCODE").asString())) {
            return "WORKORDERID.ORGANIZATIONID.ORGANIZATIONCODE must be " + organization;
        }
        return null;
    }

    private void touch(ObjectNode record) {
        record.put("recordid", record.path("recordid").asLong() + 1);
        record.put("DATEUPDATED", clock.instant().plusMillis(++tick).toString());
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        ObjectNode root = CmmsHttp.JSON.createObjectNode();
        root.putArray("ErrorAlert").addObject().put("Message", message);
        send(exchange, status, root);
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = CmmsHttp.JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

package org.headwater.app.cmms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A <b>simulated CMMS</b> speaking the IBM Maximo JSON API shape of MXAPIWODETAIL (lean mode), for the embedded
 * demo, the bench and the tests. It is not Maximo and says so: every answer carries {@value #LABEL_HEADER} and every
 * error message starts with "simulated CMMS".
 *
 * <p>It enforces the documented shape so a connector that drifts from it fails here first: the {@code apikey} header,
 * {@code lean=1}, the {@code properties} header on creates and updates, only the fields listed in {@link #CREATE_FIELDS}
 * and {@link #PATCH_FIELDS}, {@code description} at most 100 characters, {@code np_statusmemo} at most 50 (a longer
 * memo rejects the whole change, as in Maximo), a unique {@code wonum}, known status codes and moves, and an
 * {@code If-Match} equal to the record's {@code _rowstamp} when one is sent. It numbers orders ({@code &AUTOKEY&}),
 * pages queries ({@code oslc.pageSize}, {@code pageno}, {@code responseInfo.nextPage}), answers delta queries
 * ({@code fetchdeltamode=1}: header {@code maxrowstamp}; {@code lastfetchts}) and advances statuses on request
 * ({@link #advance}) or by itself ({@link #autoProgress}).
 *
 * <p>Faults for chaos tests: {@link #down}, {@link #failRandomly} (HTTP 500 with a seeded random) and
 * {@link #acceptThenTimeout} (the record is created, the answer held longer than the client waits),
 * {@link #changedByOthersBeforeNext} (a stale rowstamp on the next updates).
 */
public final class SimulatedMaximo implements AutoCloseable {

    public static final String PATH = "/maximo/oslc/os/mxapiwodetail";
    public static final String LABEL_HEADER = "X-Simulated-CMMS";
    public static final String LABEL = "simulated CMMS (Maximo-shaped), not a real Maximo";
    private static final Set<String> CONTENT_FIELDS = Set.of(
            "description", "description_longdescription", "worktype", "wopriority", "assetnum", "location", "status");
    public static final Set<String> CREATE_FIELDS = union(CONTENT_FIELDS, "wonum", "siteid", "orgid", "externalrefid");
    public static final Set<String> PATCH_FIELDS = union(CONTENT_FIELDS, "np_statusmemo");
    static final Set<String> SELECTABLE = union(CREATE_FIELDS, "statusdate", "workorderid", "_rowstamp");
    /** The work log's attributes a query may select, as {@code worklog{description,createdate}}. */
    static final Set<String> WORKLOG_SELECTABLE =
            Set.of("description", "description_longdescription", "createdate", "createby", "logtype");

    private static final String WORKLOG = "worklog";
    /** Maximo's standard work-order status moves. */
    static final Map<String, Set<String>> MOVES = Map.of(
            "WAPPR", Set.of("APPR", "WSCH", "WMATL", "INPRG", "COMP", "CAN"),
            "APPR", Set.of("WAPPR", "WSCH", "WMATL", "INPRG", "COMP", "CAN"),
            "WSCH", Set.of("APPR", "WMATL", "INPRG", "COMP", "CAN"),
            "WMATL", Set.of("APPR", "WSCH", "INPRG", "COMP", "CAN"),
            "INPRG", Set.of("WMATL", "COMP", "CAN"),
            "COMP", Set.of("CLOSE"),
            "CLOSE", Set.of(),
            "CAN", Set.of());

    private static final int DESCRIPTION_LIMIT = 100;
    /** What the demo's simulated crew writes in the work log as it completes an order. */
    static final String DEMO_WORK_LOG =
            "Simulated crew (no real field work): visited the site, work done as described, site left safe.";

    private static final int MEMO_LIMIT = 50;
    private static final System.Logger LOG = System.getLogger(SimulatedMaximo.class.getName());

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "simulated-maximo-progress");
        t.setDaemon(true);
        return t;
    });
    private final String apiKey;
    private final Clock clock;
    private final Map<String, Held> byWonum = new LinkedHashMap<>();
    // externalrefid never changes after a create; the index keeps the connector's lookup before each create cheap
    private final Map<String, List<Held>> byExternalRef = new HashMap<>();
    private long rowstamp = 1000;
    private long nextWonum = 1001;
    private long nextId = 1;
    private volatile boolean down;
    private double failShare;
    private double hangShare;
    private int touchBeforePatches;
    private Duration hang = Duration.ZERO;
    private Random faults = new Random(0);
    private long requests;
    private final Map<Fault, Long> injected = new java.util.EnumMap<>(Fault.class);

    private SimulatedMaximo(int port, String apiKey, Clock clock) throws IOException {
        this.apiKey = apiKey;
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.createContext(PATH, this::handle);
        server.setExecutor(handlers);
        server.start();
        LOG.log(System.Logger.Level.INFO, "{0} listening on {1}", LABEL, collection());
    }

    /** Starts one on {@code port} (0: any free port) on the loopback interface. */
    public static SimulatedMaximo start(int port, String apiKey) throws IOException {
        return start(port, apiKey, Clock.systemUTC());
    }

    public static SimulatedMaximo start(int port, String apiKey, Clock clock) throws IOException {
        return new SimulatedMaximo(port, apiKey, clock);
    }

    /** The collection URL to configure in {@link MaximoSettings#collection()}. */
    public URI collection() {
        return URI.create("http://127.0.0.1:" + port() + PATH);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    // ---- faults ----

    /** While down every request is answered 503. */
    public void down(boolean isDown) {
        this.down = isDown;
        LOG.log(System.Logger.Level.INFO, "{0} is {1}", LABEL, isDown ? "down" : "up");
    }

    /** Answers this share of requests with HTTP 500 before doing anything, drawn from a random with this seed. */
    public synchronized void failRandomly(double share, long seed) {
        this.failShare = share;
        this.faults = new Random(seed);
    }

    /** Creates the record for this share of creates, then holds the answer for {@code hold} (past the client's wait). */
    public synchronized void acceptThenTimeout(double share, Duration hold) {
        this.hangShare = share;
        this.hang = hold;
    }

    /** Another user changes the record just before each of the next {@code patches} updates (a stale rowstamp). */
    public synchronized void changedByOthersBeforeNext(int patches) {
        this.touchBeforePatches = patches;
    }

    /** No more injected faults (and up again). */
    public synchronized void healthy() {
        failShare = 0;
        hangShare = 0;
        touchBeforePatches = 0;
        down(false);
    }

    // ---- the CMMS's own side ----

    /** A status change made in the CMMS (a planner approving, a crew starting or completing). */
    public synchronized void advance(String wonum, String status) {
        Held held = byWonum.get(wonum);
        if (held == null) {
            throw new IllegalArgumentException("simulated CMMS holds no work order " + wonum);
        }
        String problem = moveProblem(held.status, status);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        setStatus(held, status);
    }

    /**
     * A crew's entry in the record's work log ({@code WORKLOG}): the first {@value #DESCRIPTION_LIMIT} characters in
     * {@code description}, the whole text in {@code description_longdescription} when longer, as Maximo keeps it.
     */
    public synchronized void addWorkLog(String wonum, String createdBy, String text) {
        Held held = byWonum.get(wonum);
        if (held == null) {
            throw new IllegalArgumentException("simulated CMMS holds no work order " + wonum);
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("description", text.length() > DESCRIPTION_LIMIT ? text.substring(0, DESCRIPTION_LIMIT) : text);
        if (text.length() > DESCRIPTION_LIMIT) {
            entry.put("description_longdescription", text);
        }
        entry.put("createdate", clock.instant().atOffset(ZoneOffset.UTC).toString());
        entry.put("createby", createdBy);
        entry.put("logtype", "WORK");
        held.workLog.add(entry);
    }

    /**
     * Moves every record one step along {@code statuses} (e.g. WAPPR, APPR, INPRG, COMP) once it has spent
     * {@code step} in its current one, checking every {@code step / 4}; for the demo.
     */
    public void autoProgress(List<String> statuses, Duration step) {
        long period = Math.max(10, step.toMillis() / 4);
        progress.scheduleAtFixedRate(() -> progressOnce(statuses, step), period, period, TimeUnit.MILLISECONDS);
    }

    synchronized void progressOnce(List<String> statuses, Duration step) {
        Instant now = clock.instant();
        for (Held held : byWonum.values()) {
            int at = statuses.indexOf(held.status);
            if (at >= 0
                    && at + 1 < statuses.size()
                    && !held.statusDate.plus(step).isAfter(now)) {
                String next = statuses.get(at + 1);
                if (next.equals("COMP")) {
                    addWorkLog(held.wonum, "SIMULATED", DEMO_WORK_LOG);
                }
                setStatus(held, next);
            }
        }
    }

    /** How many records name this Headwater id: exactly one for every order sent, however often it was sent. */
    public synchronized int countByExternalRef(String externalRefId) {
        return (int) byWonum.values().stream()
                .filter(h -> externalRefId.equals(h.fields.get("externalrefid")))
                .count();
    }

    /** Records per {@code externalrefid}. */
    public synchronized Map<String, Long> externalRefCounts() {
        return byWonum.values().stream()
                .filter(h -> h.fields.containsKey("externalrefid"))
                .collect(Collectors.groupingBy(h -> (String) h.fields.get("externalrefid"), Collectors.counting()));
    }

    /** The status of the record naming this Headwater id. */
    public synchronized Optional<String> statusOf(String externalRefId) {
        return byWonum.values().stream()
                .filter(h -> externalRefId.equals(h.fields.get("externalrefid")))
                .map(h -> h.status)
                .findFirst();
    }

    /** The wonum of the record naming this Headwater id. */
    public synchronized Optional<String> wonumOf(String externalRefId) {
        return byWonum.values().stream()
                .filter(h -> externalRefId.equals(h.fields.get("externalrefid")))
                .map(h -> h.wonum)
                .findFirst();
    }

    /** A field of a record as stored, e.g. {@code description_longdescription}. */
    public synchronized Optional<Object> field(String wonum, String field) {
        return Optional.ofNullable(byWonum.get(wonum)).map(h -> h.fields.get(field));
    }

    public synchronized int records() {
        return byWonum.size();
    }

    /** Requests received and the faults injected into them so far. */
    public synchronized Traffic traffic() {
        return new Traffic(
                requests,
                injected.getOrDefault(Fault.DOWN, 0L),
                injected.getOrDefault(Fault.FAIL, 0L),
                injected.getOrDefault(Fault.HANG, 0L));
    }

    /**
     * What the simulator saw.
     *
     * @param requests every request received
     * @param whileDown answered 503 because it was down
     * @param serverErrors answered 500 at random
     * @param heldAfterAccepting creates it carried out and then held the answer past the client's timeout
     */
    public record Traffic(long requests, long whileDown, long serverErrors, long heldAfterAccepting) {}

    /**
     * Runs the simulator on its own, e.g. for {@code ./headwater bench workorders}: {@code --port N} (0 for any) and
     * {@code --api-key KEY}. Prints {@code simulated Maximo at <collection>} once it listens and, when stopped,
     * {@code simulated Maximo records=<n> duplicates=<n> requests=<n>}.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--api-key")) {
            throw new IllegalArgumentException("--api-key: required (the apikey header the simulator accepts)");
        }
        SimulatedMaximo maximo = start(Integer.parseInt(options.getOrDefault("--port", "0")), options.get("--api-key"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long duplicates = maximo.externalRefCounts().values().stream()
                    .mapToLong(n -> n - 1)
                    .sum();
            System.out.printf(
                    Locale.ROOT,
                    "simulated Maximo records=%d duplicates=%d requests=%d%n",
                    maximo.records(),
                    duplicates,
                    maximo.traffic().requests());
            System.out.flush();
            maximo.close();
        }));
        System.out.println("simulated Maximo at " + maximo.collection());
        System.out.flush();
        Thread.currentThread().join();
    }

    @Override
    public void close() {
        progress.shutdownNow();
        server.stop(0);
        handlers.shutdownNow();
        LOG.log(System.Logger.Level.INFO, "{0} stopped", LABEL);
    }

    // ---- HTTP ----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().add(LABEL_HEADER, LABEL);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            Fault fault = fault(exchange);
            if (fault == Fault.DOWN) {
                error(exchange, 503, "BMXAA0000E", "simulated CMMS is down");
                return;
            }
            if (fault == Fault.FAIL) {
                error(exchange, 500, "BMXAA0001E", "simulated CMMS injected a server error");
                return;
            }
            if (!apiKey.equals(exchange.getRequestHeaders().getFirst("apikey"))) {
                error(exchange, 401, "BMXAA7901E", "simulated CMMS: the apikey header is missing or wrong");
                return;
            }
            Map<String, String> query = query(exchange.getRequestURI());
            if (!"1".equals(query.get("lean"))) {
                error(exchange, 400, "BMXAA9549E", "simulated CMMS speaks lean JSON only: add lean=1");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String member = path.length() > PATH.length() + 1 ? path.substring(PATH.length() + 1) : null;
            String method = exchange.getRequestMethod();
            if (member == null && "GET".equals(method)) {
                collection(exchange, query);
            } else if (member == null && "POST".equals(method)) {
                create(exchange, fault == Fault.HANG);
            } else if (member != null && "GET".equals(method)) {
                read(exchange, member, query);
            } else if (member != null && "POST".equals(method)) {
                patch(exchange, member);
            } else {
                error(exchange, 405, "BMXAA9550E", "simulated CMMS: " + method + " is not supported here");
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "simulated CMMS failed on a request", e);
            throw e;
        }
    }

    private enum Fault {
        NONE,
        DOWN,
        FAIL,
        HANG
    }

    private synchronized Fault fault(HttpExchange exchange) {
        requests++;
        Fault fault = Fault.NONE;
        if (down) {
            fault = Fault.DOWN;
        } else if (failShare > 0 && faults.nextDouble() < failShare) {
            fault = Fault.FAIL;
        } else if (hangShare > 0
                && "POST".equals(exchange.getRequestMethod())
                && exchange.getRequestURI().getPath().equals(PATH)
                && faults.nextDouble() < hangShare) {
            fault = Fault.HANG;
        }
        if (fault != Fault.NONE) {
            injected.merge(fault, 1L, Long::sum);
        }
        return fault;
    }

    private void collection(HttpExchange exchange, Map<String, String> query) throws IOException {
        Set<String> select;
        Predicate<Held> where;
        int pageSize;
        int pageNo;
        try {
            select = select(query.getOrDefault("oslc.select", "*"));
            where = where(query.get("oslc.where"));
            pageSize = Integer.parseInt(query.getOrDefault("oslc.pageSize", "1000"));
            pageNo = Integer.parseInt(query.getOrDefault("pageno", "1"));
            if (pageSize < 1 || pageNo < 1) {
                throw new IllegalArgumentException("oslc.pageSize and pageno must be positive");
            }
        } catch (IllegalArgumentException e) {
            error(exchange, 400, "BMXAA9551E", "simulated CMMS: " + e.getMessage());
            return;
        }
        boolean delta = "1".equals(query.get("fetchdeltamode"));
        long after = query.containsKey("lastfetchts") ? Long.parseLong(query.get("lastfetchts")) : Long.MIN_VALUE;
        List<ObjectNode> members = new ArrayList<>();
        long max;
        int total;
        synchronized (this) {
            String ref = exactExternalRef(query.get("oslc.where"));
            List<Held> matching = (ref == null ? byWonum.values() : byExternalRef.getOrDefault(ref, List.of()))
                    .stream()
                            .filter(where)
                            .filter(h -> h.rowstamp > after)
                            .sorted(Comparator.comparingLong((Held h) -> delta ? h.rowstamp : h.id))
                            .toList();
            total = matching.size();
            max = matching.stream().mapToLong(h -> h.rowstamp).max().orElse(0);
            matching.stream()
                    .skip((long) (pageNo - 1) * pageSize)
                    .limit(pageSize)
                    .forEach(h -> members.add(json(h, select)));
        }
        ObjectNode root = CmmsHttp.JSON.createObjectNode();
        members.forEach(root.putArray("member")::add);
        ObjectNode info = root.putObject("responseInfo");
        URI self = absolute(exchange.getRequestURI());
        info.put("href", self.toString());
        info.put("pagenum", pageNo);
        int pages = Math.max(1, (total + pageSize - 1) / pageSize);
        info.put("totalPages", pages);
        info.put("totalCount", total);
        if (pageNo < pages) {
            info.putObject("nextPage").put("href", withPage(self, pageNo + 1).toString());
        }
        if (delta && total > 0) {
            exchange.getResponseHeaders().add("maxrowstamp", Long.toString(max));
        }
        send(exchange, 200, root);
    }

    private void create(HttpExchange exchange, boolean hangAfter) throws IOException {
        if (exchange.getRequestHeaders().getFirst("properties") == null) {
            error(exchange, 400, "BMXAA9552E", "simulated CMMS: a create needs the properties header (e.g. '*')");
            return;
        }
        ObjectNode body = body(exchange);
        if (body == null) {
            return;
        }
        String problem = shapeProblem(body, CREATE_FIELDS);
        for (String required : List.of("wonum", "siteid", "orgid", "description", "status")) {
            if (problem == null && !body.hasNonNull(required)) {
                problem = "BMXAA4195E - simulated CMMS: " + required + " is required";
            }
        }
        Held created;
        synchronized (this) {
            if (problem == null && !MOVES.containsKey(body.path("status").asString())) {
                problem = "BMXAA4590E - simulated CMMS: status "
                        + body.path("status").asString() + " is not valid";
            }
            String wonum = body.path("wonum").asString("");
            if (problem == null && !"&AUTOKEY&".equals(wonum) && byWonum.containsKey(wonum)) {
                problem = "BMXAA4129E - simulated CMMS: work order " + wonum + " already exists for site "
                        + body.path("siteid").asString();
            }
            if (problem != null) {
                created = null;
            } else {
                created = new Held(nextId++, "&AUTOKEY&".equals(wonum) ? Long.toString(nextWonum++) : wonum);
                body.properties().forEach(e -> created.fields.put(e.getKey(), value(e.getValue())));
                created.fields.put("wonum", created.wonum);
                created.status = body.path("status").asString();
                created.statusDate = clock.instant();
                created.rowstamp = ++rowstamp;
                byWonum.put(created.wonum, created);
                Object ref = created.fields.get("externalrefid");
                if (ref != null) {
                    byExternalRef
                            .computeIfAbsent(ref.toString().toLowerCase(Locale.ROOT), r -> new ArrayList<>())
                            .add(created);
                }
            }
        }
        if (created == null) {
            error(
                    exchange,
                    400,
                    problem.substring(0, problem.indexOf(' ')),
                    problem.substring(problem.indexOf('-') + 2));
            return;
        }
        LOG.log(
                System.Logger.Level.DEBUG,
                "simulated CMMS created {0} for {1}",
                created.wonum,
                created.fields.get("externalrefid"));
        if (hangAfter) {
            sleep(hang);
        }
        exchange.getResponseHeaders().add("Location", href(created).toString());
        send(exchange, 201, snapshot(created, Set.of()));
    }

    private void read(HttpExchange exchange, String member, Map<String, String> query) throws IOException {
        Held held = byHref(member);
        if (held == null) {
            error(exchange, 404, "BMXAA8727E", "simulated CMMS: no record " + member);
            return;
        }
        Set<String> select;
        try {
            select = select(query.getOrDefault("oslc.select", "*"));
        } catch (IllegalArgumentException e) {
            error(exchange, 400, "BMXAA9551E", "simulated CMMS: " + e.getMessage());
            return;
        }
        ObjectNode json = snapshot(held, select);
        exchange.getResponseHeaders().add("ETag", json.path("_rowstamp").asString());
        send(exchange, 200, json);
    }

    private void patch(HttpExchange exchange, String member) throws IOException {
        if (!"PATCH".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("x-method-override"))) {
            error(
                    exchange,
                    400,
                    "BMXAA9553E",
                    "simulated CMMS: an update is POST {href} with x-method-override: PATCH");
            return;
        }
        if (exchange.getRequestHeaders().getFirst("properties") == null) {
            error(exchange, 400, "BMXAA9552E", "simulated CMMS: an update needs the properties header (e.g. '*')");
            return;
        }
        ObjectNode body = body(exchange);
        if (body == null) {
            return;
        }
        String problem = shapeProblem(body, PATCH_FIELDS);
        int status = 400;
        ObjectNode answer = null;
        synchronized (this) {
            Held held = byHref(member);
            if (held != null && touchBeforePatches > 0) {
                touchBeforePatches--;
                held.rowstamp = ++rowstamp;
            }
            String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
            if (held == null) {
                status = 404;
                problem = "BMXAA8727E - simulated CMMS: no record " + member;
            } else if (problem == null && ifMatch != null && !ifMatch.equals(Long.toString(held.rowstamp))) {
                status = 412;
                problem =
                        "BMXAA8229W - simulated CMMS: record " + held.wonum + " was changed by another user (rowstamp "
                                + held.rowstamp + ", If-Match " + ifMatch + "); refresh it and try again";
            } else if (problem == null && body.has("status")) {
                String to = body.path("status").asString();
                problem = to.equals(held.status) ? null : moveProblem(held.status, to);
            }
            if (problem == null) {
                String to = body.has("status") ? body.path("status").asString() : held.status;
                body.properties().stream()
                        .filter(e -> !e.getKey().equals("status") && !e.getKey().equals("np_statusmemo"))
                        .forEach(e -> held.fields.put(e.getKey(), value(e.getValue())));
                if (!to.equals(held.status)) {
                    held.memo = body.path("np_statusmemo").asString(null);
                    setStatus(held, to);
                } else {
                    held.rowstamp = ++rowstamp;
                }
                answer = snapshot(held, Set.of());
            }
        }
        if (answer == null) {
            error(
                    exchange,
                    status,
                    problem.substring(0, problem.indexOf(' ')),
                    problem.substring(problem.indexOf('-') + 2));
            return;
        }
        send(exchange, 200, answer);
    }

    /** Unknown fields and over-long values, as Maximo would refuse them; null when the body is fine. */
    private static @Nullable String shapeProblem(ObjectNode body, Set<String> allowed) {
        for (String name : body.propertyNames()) {
            if (!allowed.contains(name)) {
                return "BMXAA3817E - simulated CMMS: attribute " + name + " is not in object structure MXAPIWODETAIL"
                        + " or may not be set; allowed: " + new java.util.TreeSet<>(allowed);
            }
        }
        String description = body.path("description").asString("");
        if (description.length() > DESCRIPTION_LIMIT) {
            return "BMXAA4049E - simulated CMMS: description is " + description.length() + " characters, longer than "
                    + DESCRIPTION_LIMIT + "; put the rest in description_longdescription";
        }
        String memo = body.path("np_statusmemo").asString("");
        if (memo.length() > MEMO_LIMIT) {
            return "BMXAA4049E - simulated CMMS: np_statusmemo is " + memo.length() + " characters, longer than "
                    + MEMO_LIMIT + "; the whole change is rejected";
        }
        if (body.has("wopriority") && !body.path("wopriority").isIntegralNumber()) {
            return "BMXAA4211E - simulated CMMS: wopriority must be an integer";
        }
        return null;
    }

    private static @Nullable String moveProblem(String from, String to) {
        if (!MOVES.containsKey(to)) {
            return "BMXAA4590E - simulated CMMS: status " + to + " is not valid; known: "
                    + new java.util.TreeSet<>(MOVES.keySet());
        }
        if (!MOVES.get(from).contains(to)) {
            return "BMXAA4592E - simulated CMMS: cannot change status from " + from + " to " + to;
        }
        return null;
    }

    private void setStatus(Held held, String status) {
        held.status = status;
        held.statusDate = clock.instant();
        held.rowstamp = ++rowstamp;
    }

    private @Nullable ObjectNode body(HttpExchange exchange) throws IOException {
        String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        try {
            JsonNode node = CmmsHttp.JSON.readTree(text);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JacksonException e) {
            // answered below
        }
        error(exchange, 400, "BMXAA9554E", "simulated CMMS: the body must be one JSON object");
        return null;
    }

    private synchronized ObjectNode snapshot(Held held, Set<String> select) {
        return json(held, select);
    }

    private ObjectNode json(Held held, Set<String> select) {
        ObjectNode json = CmmsHttp.JSON.createObjectNode();
        json.put("href", href(held).toString());
        Map<String, Object> all = new LinkedHashMap<>(held.fields);
        all.put("workorderid", held.id);
        all.put("status", held.status);
        all.put("statusdate", held.statusDate.atOffset(ZoneOffset.UTC).toString());
        all.put("_rowstamp", Long.toString(held.rowstamp));
        all.forEach((name, value) -> {
            if (select.isEmpty() || select.contains(name)) {
                json.putPOJO(name, value);
            }
        });
        // child objects only when selected by name, as in the JSON API
        if (select.contains(WORKLOG)) {
            var entries = json.putArray(WORKLOG);
            for (Map<String, Object> entry : held.workLog) {
                ObjectNode logged = entries.addObject();
                entry.forEach((name, value) -> {
                    if (select.contains(WORKLOG + "." + name)) {
                        logged.putPOJO(name, value);
                    }
                });
            }
        }
        return json;
    }

    private static Object value(JsonNode node) {
        return node.isIntegralNumber() ? (Object) node.asLong() : node.asString();
    }

    private URI href(Held held) {
        String id = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((held.fields.get("siteid") + "/" + held.wonum).getBytes(StandardCharsets.UTF_8));
        return URI.create(collection() + "/_" + id);
    }

    private synchronized @Nullable Held byHref(String member) {
        if (!member.startsWith("_")) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(member.substring(1)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return byWonum.get(decoded.substring(decoded.indexOf('/') + 1));
    }

    /**
     * The selected attributes; empty for all. The work log is selected as {@code worklog{a,b}} and comes back as
     * {@code worklog} and {@code worklog.a}, {@code worklog.b}. Unknown attributes are refused.
     */
    static Set<String> select(String select) {
        if (select.equals("*")) {
            return Set.of();
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher child = CHILD.matcher(select);
        String flat = select;
        while (child.find()) {
            String object = child.group(1).toLowerCase(Locale.ROOT);
            if (!object.equals(WORKLOG)) {
                throw new IllegalArgumentException("oslc.select names unknown child object " + object);
            }
            names.add(WORKLOG);
            for (String name : child.group(2).split(",")) {
                String attribute = name.strip().toLowerCase(Locale.ROOT);
                if (!WORKLOG_SELECTABLE.contains(attribute)) {
                    throw new IllegalArgumentException("oslc.select names unknown worklog attribute " + attribute);
                }
                names.add(WORKLOG + "." + attribute);
            }
            flat = flat.replace(child.group(), "");
        }
        for (String name : flat.split(",")) {
            String attribute = name.strip().toLowerCase(Locale.ROOT);
            if (attribute.isEmpty()) {
                continue;
            }
            if (!SELECTABLE.contains(attribute)) {
                throw new IllegalArgumentException("oslc.select names unknown attribute " + attribute);
            }
            names.add(attribute);
        }
        return names;
    }

    private static final Pattern CHILD = Pattern.compile("(\\w+)\\{([^{}]*)}");

    private static final Pattern TERM = Pattern.compile("\\s*(\\w+)\\s*(!=|=)\\s*(\"((?:[^\"]|\"\")*)\"|\\d+)\\s*");

    /** {@code attr="value"} terms joined by {@code and}; {@code %} is a wildcard, a doubled quote a quote. */
    /**
     * The literal of a where clause that is exactly {@code externalrefid="..."} (no wildcard), in lower case like the
     * index, else null.
     */
    private static @Nullable String exactExternalRef(@Nullable String where) {
        Matcher m = where == null ? null : TERM.matcher(where);
        if (m == null
                || !m.matches()
                || !m.group(1).equalsIgnoreCase("externalrefid")
                || !m.group(2).equals("=")) {
            return null;
        }
        String literal = m.group(4) != null ? m.group(4).replace("\"\"", "\"") : m.group(3);
        return literal.contains("%") ? null : literal.toLowerCase(Locale.ROOT);
    }

    private static Predicate<Held> where(@Nullable String where) {
        if (where == null || where.isBlank()) {
            return h -> true;
        }
        Predicate<Held> all = h -> true;
        for (String term : where.split("(?i)\\s+and\\s+")) {
            Matcher m = TERM.matcher(term);
            if (!m.matches()) {
                throw new IllegalArgumentException("oslc.where clause not understood: " + term);
            }
            String attribute = m.group(1).toLowerCase(Locale.ROOT);
            if (!SELECTABLE.contains(attribute)) {
                throw new IllegalArgumentException("oslc.where names unknown attribute " + attribute);
            }
            String literal = m.group(4) != null ? m.group(4).replace("\"\"", "\"") : m.group(3);
            Pattern like = Pattern.compile(
                    Pattern.quote(literal).replace("%", "\\E.*\\Q"), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
            boolean negate = m.group(2).equals("!=");
            all = all.and(h -> {
                Object value = attribute.equals("status") ? h.status : h.fields.get(attribute);
                boolean matches =
                        value != null && like.matcher(value.toString()).matches();
                return negate != matches;
            });
        }
        return all;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.put(name, value);
        }
        return query;
    }

    private URI absolute(URI request) {
        return URI.create("http://127.0.0.1:" + port() + request.getRawPath()
                + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery()));
    }

    private static URI withPage(URI self, int page) {
        String raw = self.getRawQuery() == null ? "" : self.getRawQuery();
        String rest = java.util.Arrays.stream(raw.split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith("pageno="))
                .collect(Collectors.joining("&"));
        String path = self.toString()
                .substring(
                        0,
                        self.toString().indexOf('?') < 0
                                ? self.toString().length()
                                : self.toString().indexOf('?'));
        return URI.create(path + "?" + rest + (rest.isEmpty() ? "" : "&") + "pageno="
                + URLEncoder.encode(Integer.toString(page), StandardCharsets.UTF_8));
    }

    private static void error(HttpExchange exchange, int status, String reason, String message) throws IOException {
        ObjectNode root = CmmsHttp.JSON.createObjectNode();
        ObjectNode error = root.putObject("Error");
        error.put("message", reason + " - " + message);
        error.put("statusCode", Integer.toString(status));
        error.put("reasonCode", reason);
        send(exchange, status, root);
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = CmmsHttp.JSON.writeValueAsBytes(body);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> all = new java.util.TreeSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    private static final class Held {
        final long id;
        final String wonum;
        final Map<String, Object> fields = new LinkedHashMap<>();
        String status = "WAPPR";
        Instant statusDate = Instant.EPOCH;
        long rowstamp;

        @Nullable
        String memo;

        final List<Map<String, Object>> workLog = new ArrayList<>();

        Held(long id, String wonum) {
            this.id = id;
            this.wonum = wonum;
        }
    }
}

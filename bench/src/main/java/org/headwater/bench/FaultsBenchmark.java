package org.headwater.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code bench faults}: counts what a fault loses or duplicates. Each fault runs on fresh state: its
 * own persistent MQTT broker, PostgreSQL (a separate process on a fixed port and data directory) and
 * server jar ({@code serve --config}) with a webhook contact that pages into the bench. While a
 * {@link KnownTraffic} goes out over MQTT (QoS 1) and REST, the fault is injected once 30% of it was
 * handed over; when the publishers are done and the server has settled, the database is counted
 * per reading key and per alarmed meter, and the pages per alarmed meter.
 */
final class FaultsBenchmark implements Benchmark {

    private static final String PASSWORD = "faults-bench-password";
    private static final Duration FAULT_LENGTH = Duration.ofSeconds(10);
    private static final double INJECT_AT = 0.3;
    // How long the counts may stand still before the bench takes them as final.
    private static final Duration SETTLED_AFTER = Duration.ofSeconds(30);

    @Override
    public String name() {
        return "faults";
    }

    @Override
    public String lastLineForm() {
        return "faults lost=<n> duplicated=<n> alerts_missed=<n>";
    }

    @Override
    public String description() {
        return "Counts readings lost or duplicated and alerts not raised or paged once while --readings (12,000) reads"
                + " and --alarm-meters (10) reverse-flow alarms go over MQTT and REST at --rate (400/s) and each of"
                + " --faults ("
                + String.join(",", Arrays.stream(Fault.values()).map(Fault::id).toList()) + ") happens"
                + " in turn, each on a fresh broker, PostgreSQL and server (--app-jar). Prints a line per fault and ends"
                + " with `faults lost=<n> duplicated=<n> alerts_missed=<n>`";
    }

    @Override
    public Result run(List<String> args, PrintStream out) throws Exception {
        BenchArgs options = BenchArgs.parse(
                args,
                List.of("--faults", "--readings", "--meters", "--alarm-meters", "--rate", "--app-jar", "--broker"));
        List<Fault> faults = Arrays.stream(options.text("--faults", allFaults()).split(","))
                .map(Fault::byId)
                .toList();
        int readings = (int) options.count("--readings", 12_000);
        int meters = (int) options.count("--meters", 200);
        int alarmMeters = (int) options.count("--alarm-meters", 10);
        int rate = (int) options.count("--rate", 400);
        Path appJar = ServerProcess.appJar(options);
        List<FaultOutcome> outcomes = new ArrayList<>();
        for (Fault fault : faults) {
            out.printf(Locale.ROOT, "== %s: %s%n", fault.id(), fault.meaning());
            FaultOutcome outcome =
                    runOne(fault, new KnownTraffic(meters, readings, alarmMeters), rate, appJar, options, out);
            out.println(outcome.line());
            outcomes.add(outcome);
        }
        out.println("== summary");
        outcomes.forEach(o -> out.println(o.line()));
        long lost = outcomes.stream().mapToLong(FaultOutcome::lost).sum();
        long duplicated = outcomes.stream().mapToLong(FaultOutcome::duplicated).sum();
        long missed = outcomes.stream().mapToLong(FaultOutcome::alertsMissed).sum();
        return Result.line("faults lost=" + lost + " duplicated=" + duplicated + " alerts_missed=" + missed);
    }

    private static String allFaults() {
        return String.join(",", Arrays.stream(Fault.values()).map(Fault::id).toList());
    }

    private static FaultOutcome runOne(
            Fault fault, KnownTraffic traffic, int rate, Path appJar, BenchArgs options, PrintStream out)
            throws Exception {
        Path work = Files.createTempDirectory("headwater-faults-" + fault.id());
        String poisonMeter = traffic.alarmedMeters().getFirst();
        boolean clean = false;
        try (BenchBroker broker = BenchBroker.openPersistent(options, work.resolve("mqtt"), out);
                RestartableDatabase database = RestartableDatabase.start(work.resolve("pgdata"));
                PageCounter pages = PageCounter.start()) {
            out.println("PostgreSQL on port " + database.port() + ", data in " + work.resolve("pgdata"));
            String yaml = new ServerSettings(database.jdbcUrl(), PASSWORD, broker, "headwater-faults-server")
                    .httpPort(BenchBroker.freePort())
                    .headwaterLines(paging(pages.url()) + fault.serverLines(poisonMeter))
                    .yaml(work);
            FaultRig rig = new FaultRig(
                    broker,
                    database,
                    ServerProcess.start(appJar, work, yaml, BenchMeters.network(work, traffic.meters()), out),
                    appJar,
                    work,
                    out);
            try (rig) {
                ParkedEvents parked = new ParkedEvents(rig.baseUrl(), "admin", PASSWORD);
                if (fault.drill() && !parked.available()) {
                    clean = true; // nothing ran: nothing to look at
                    return FaultOutcome.skipped(
                            fault, "the server has no delivery drill (GET /api/v1/admin/parked did not answer 200)");
                }
                FaultOutcome outcome = drive(fault, traffic, rate, rig, pages, parked, poisonMeter, out);
                clean = outcome.clean();
                return outcome;
            }
        } finally {
            if (clean) {
                BenchMeters.deleteQuietly(work);
            } else {
                out.println("kept for a look at what went wrong (server output, server.log): " + work);
            }
        }
    }

    private static FaultOutcome drive(
            Fault fault,
            KnownTraffic traffic,
            int rate,
            FaultRig rig,
            PageCounter pages,
            ParkedEvents parked,
            String poisonMeter,
            PrintStream out)
            throws Exception {
        try (RetryingMqttPublisher mqtt = new RetryingMqttPublisher(
                        rig.broker().host(), rig.broker().port(), "headwater-faults-gateway", 1_000);
                RetryingRestPoster rest = new RetryingRestPoster(rig.baseUrl(), "admin", PASSWORD, 2)) {
            mqtt.connect();
            Thread sender = Thread.ofPlatform().name("known-traffic").start(() -> {
                try {
                    traffic.send(mqtt, rest, rate);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Thread injector = null;
            long started = System.nanoTime();
            while (sender.isAlive()) {
                sender.join(2_000);
                if (injector == null && traffic.handedOver() >= INJECT_AT * traffic.readings()) {
                    injector = Thread.ofPlatform().name("fault").start(() -> rig.inject(fault, FAULT_LENGTH));
                }
                progress(out, started, traffic, mqtt, rest);
            }
            if (injector != null) {
                injector.join();
            }
            if (!rest.drain(Duration.ofMinutes(5))) {
                out.println("REST batches still unanswered after 5 minutes");
            }
            Set<String> sentKeys = traffic.readingKeys();
            List<String> alarmed = traffic.alarmedMeters();
            StoredCounts counts = settle(rig, sentKeys, traffic.restKeys(), alarmed, pages, mqtt, rest, started, out);
            String parkedReport = fault.drill() ? parked.report(poisonMeter, fault == Fault.POISON_METER) : "-";
            String refusals = rest.refused() == 0
                    ? ""
                    : "REST batches refused " + rest.refused() + ", last: " + rest.lastRefusal();
            return new FaultOutcome(
                    fault,
                    traffic.readings(),
                    counts,
                    alarmed.size(),
                    pages.paged(alarmed),
                    pages.duplicatePages(alarmed),
                    parkedReport,
                    parked.wrong(),
                    refusals,
                    "");
        }
    }

    /** Waits until every reading, alert and page is in, or until the counts stood still for {@link #SETTLED_AFTER}. */
    private static StoredCounts settle(
            FaultRig rig,
            Set<String> sentKeys,
            Set<String> restKeys,
            List<String> alarmed,
            PageCounter pages,
            RetryingMqttPublisher mqtt,
            RetryingRestPoster rest,
            long started,
            PrintStream out)
            throws Exception {
        StoredCounts last = null;
        long unchangedSince = System.nanoTime();
        while (true) {
            StoredCounts now = StoredCounts.read(rig.jdbcUrl(), sentKeys, restKeys, alarmed);
            long paged = pages.paged(alarmed);
            if (now.stored() == sentKeys.size() && now.alertsRaised() == alarmed.size() && paged == alarmed.size()) {
                return now;
            }
            if (!now.equals(last)) {
                last = now;
                unchangedSince = System.nanoTime();
            } else if (System.nanoTime() - unchangedSince > SETTLED_AFTER.toNanos()) {
                return now;
            }
            out.printf(
                    Locale.ROOT,
                    "%5.0f s settling: stored %,d of %,d, alerts %d of %d, paged %d (MQTT acknowledged %,d, REST batches accepted %,d)%n",
                    (System.nanoTime() - started) / 1e9,
                    now.stored(),
                    sentKeys.size(),
                    now.alertsRaised(),
                    alarmed.size(),
                    paged,
                    mqtt.acknowledged(),
                    rest.accepted());
            Thread.sleep(3_000);
        }
    }

    private static void progress(
            PrintStream out, long started, KnownTraffic traffic, RetryingMqttPublisher mqtt, RetryingRestPoster rest) {
        out.printf(
                Locale.ROOT,
                "%5.0f s: %,d of %,d readings handed over; MQTT acknowledged %,d (retried %d), REST batches accepted %,d"
                        + " (retried %d)%n",
                (System.nanoTime() - started) / 1e9,
                traffic.handedOver(),
                traffic.readings(),
                mqtt.acknowledged(),
                mqtt.retried(),
                rest.accepted(),
                rest.retried());
    }

    /** Notification settings: every BACKFLOW alert pages one webhook contact once, at once; no reminders in a run. */
    private static String paging(String webhookUrl) {
        return """
                notify:
                  enabled: true
                  tick: PT1S
                  webhook-secret: faults-bench
                  routes:
                    - {name: bench-backflow, types: [BACKFLOW], channels: [WEBHOOK]}
                  chains:
                    - {types: [BACKFLOW], steps: [{role: CONTROL_CENTER_OPERATOR, after: PT0S}], reminder-every: PT24H}
                  contacts:
                    - {id: bench-webhook, role: CONTROL_CENTER_OPERATOR, channel: WEBHOOK, address: "%s"}
                """.formatted(webhookUrl);
    }
}

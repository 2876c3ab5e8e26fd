package org.headwater.ingest.modbus;

import com.digitalpetri.modbus.ExceptionCode;
import com.digitalpetri.modbus.client.ModbusTcpClient;
import com.digitalpetri.modbus.exceptions.ModbusExecutionException;
import com.digitalpetri.modbus.exceptions.ModbusResponseException;
import com.digitalpetri.modbus.exceptions.ModbusTimeoutException;
import com.digitalpetri.modbus.pdu.ReadCoilsRequest;
import com.digitalpetri.modbus.pdu.ReadDiscreteInputsRequest;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadInputRegistersRequest;
import com.digitalpetri.modbus.tcp.client.NettyTcpClientTransport;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.headwater.ingest.reads.ReadIntake;
import org.headwater.ingest.sources.ConnectorReport;
import org.headwater.ingest.sources.MappedValues;
import org.headwater.ingest.sources.SourceQuality;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.Rejection;
import org.headwater.telemetry.RejectionReason;
import org.headwater.telemetry.TelemetrySink;

/**
 * Polls one Modbus TCP device: every {@code interval}, each register of the map is read with its own
 * request (functions 1 to 4 only: this class calls no other), decoded, scaled and validated through
 * the shared {@link MappedValues} path, and the poll's readings go to the {@link TelemetrySink} at the
 * poll's time (Modbus values carry none). A register the device refuses (an exception response such
 * as ILLEGAL_DATA_ADDRESS for an address it does not have) or answers with the wrong number of bytes
 * is quarantined once with the reason and counted as an error on every later poll until it reads
 * again; the other registers go on. A lost connection ends the poll; the next poll reconnects.
 */
public final class ModbusPoller implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ModbusPoller.class.getName());

    private final ModbusSourceSettings settings;
    private final RegisterMap map;
    private final ReadIntake intake;
    private final MappedValues mapped;
    private final TelemetrySink sink;
    private final ConnectorReport report;
    private final Clock clock;
    private final ModbusTcpClient client;
    private final ScheduledExecutorService scheduler;
    private final Map<String, String> failing = new HashMap<>();
    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong readings = new AtomicLong();
    private boolean connected;

    public ModbusPoller(
            ModbusSourceSettings settings,
            RegisterMap map,
            ReadIntake intake,
            TelemetrySink sink,
            ConnectorReport report,
            Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.map = Objects.requireNonNull(map, "map");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.mapped = new MappedValues(map.tagMap());
        this.sink = Objects.requireNonNull(sink, "sink");
        this.report = Objects.requireNonNull(report, "report");
        this.clock = Objects.requireNonNull(clock, "clock");
        NettyTcpClientTransport transport = NettyTcpClientTransport.create(config -> {
            config.setHostname(settings.host());
            config.setPort(settings.port());
            config.setConnectTimeout(settings.connectTimeout());
            config.setConnectPersistent(
                    false); // each poll reconnects itself, so a dead device costs no background loop
        });
        this.client = ModbusTcpClient.create(transport, config -> config.setRequestTimeout(settings.requestTimeout()));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r ->
                Thread.ofPlatform().daemon().name("modbus-" + settings.name()).unstarted(r));
    }

    /** Polls now and then every {@code interval}, on the poller's own thread. */
    public void start() {
        report.connecting();
        scheduler.scheduleAtFixedRate(this::pollQuietly, 0, settings.interval().toNanos(), TimeUnit.NANOSECONDS);
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: log, count, and keep polling.
            report.error("poll failed: " + e);
            LOG.log(System.Logger.Level.ERROR, "poll of modbus source " + settings.name() + " failed", e);
        }
    }

    /** One poll of every register; returns what it handed to the sink. Not thread-safe: the poller's thread only. */
    IngestBatch poll() {
        polls.incrementAndGet();
        Instant at = clock.instant();
        IngestBatch.Builder out = IngestBatch.builder();
        if (!connect()) {
            return out.drain();
        }
        ReadIntake.Session session = intake.session("modbus:" + settings.name(), at, out);
        int position = 0;
        for (ModbusRegister register : map.registers()) {
            session.position(position++);
            if (!read(register, at, session)) {
                break;
            }
        }
        IngestBatch batch = out.drain();
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
        readings.addAndGet(batch.readings().size());
        report.values(
                batch.readings().size() + batch.rejected().size(),
                batch.rejected().size(),
                at);
        return batch;
    }

    private boolean connect() {
        if (connected && client.isConnected()) {
            return true;
        }
        try {
            client.connect();
            connected = true;
            report.connected();
            return true;
        } catch (ModbusExecutionException e) {
            if (connected) {
                connected = false;
            }
            report.disconnected("cannot connect to " + device() + ": " + e.getMessage());
            return false;
        }
    }

    /** Reads one register into the session; false when the connection is gone and the poll must end. */
    private boolean read(ModbusRegister register, Instant at, ReadIntake.Session session) {
        String key = register.key();
        try {
            double raw = value(register);
            failing.remove(key);
            mapped.accept(session, key, raw, at, SourceQuality.GOOD, "read");
            return true;
        } catch (ModbusResponseException e) {
            String code =
                    ExceptionCode.from(e.getExceptionCode()).map(Enum::name).orElse("unknown");
            refuse(
                    session,
                    register,
                    RejectionReason.BAD_QUALITY,
                    "device answered exception " + e.getExceptionCode() + " (" + code + ")");
            return true;
        } catch (IllegalArgumentException e) {
            refuse(session, register, RejectionReason.MALFORMED_RECORD, e.getMessage());
            return true;
        } catch (ModbusTimeoutException e) {
            report.error("read of " + describe(register) + " timed out after " + settings.requestTimeout());
            return true;
        } catch (ModbusExecutionException e) {
            connected = false;
            report.disconnected("lost " + device() + " reading " + describe(register) + ": " + e.getMessage());
            return false;
        }
    }

    // Quarantined once per failure, not on every poll: a map line the device does not have would otherwise
    // fill the quarantine at the poll rate. Every poll still counts it as an error on the status board.
    private void refuse(ReadIntake.Session session, ModbusRegister register, RejectionReason reason, String problem) {
        String detail = describe(register) + " for " + register.mapping().sensorId() + ": " + problem;
        report.error(detail);
        if (!detail.equals(failing.put(register.key(), detail))) {
            session.reject(new Rejection(reason, detail), register.key() + " " + register.type());
        }
    }

    private double value(ModbusRegister register)
            throws ModbusExecutionException, ModbusResponseException, ModbusTimeoutException {
        int unit = register.unitId();
        int address = register.address();
        int count = register.type().registers();
        return switch (register.function()) {
            case 1 ->
                bit(client.readCoils(unit, new ReadCoilsRequest(address, 1)).coils());
            case 2 ->
                bit(client.readDiscreteInputs(unit, new ReadDiscreteInputsRequest(address, 1))
                        .inputs());
            case 3 ->
                register.type()
                        .decode(
                                client.readHoldingRegisters(unit, new ReadHoldingRegistersRequest(address, count))
                                        .registers(),
                                register.lowWordFirst());
            case 4 ->
                register.type()
                        .decode(
                                client.readInputRegisters(unit, new ReadInputRegistersRequest(address, count))
                                        .registers(),
                                register.lowWordFirst());
            default -> throw new IllegalStateException("function " + register.function() + " is not a read");
        };
    }

    private static double bit(byte[] bits) {
        if (bits.length < 1) {
            throw new IllegalArgumentException("device sent no byte for a bit");
        }
        return (bits[0] & 1) == 1 ? 1.0 : 0.0;
    }

    private static String describe(ModbusRegister register) {
        return "unit " + register.unitId() + " function " + register.function() + " address " + register.address();
    }

    private String device() {
        return settings.host() + ":" + settings.port();
    }

    /** Polls started so far. */
    public long polls() {
        return polls.get();
    }

    /** Readings handed to the sink so far. */
    public long readings() {
        return readings.get();
    }

    /** Stops polling (waiting for a poll under way) and disconnects. */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(
                    settings.requestTimeout().toMillis() * (map.registers().size() + 1), TimeUnit.MILLISECONDS)) {
                scheduler.shutdownNow();
            }
            client.disconnect();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ModbusExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "disconnect from " + device() + " failed: " + e.getMessage());
        }
        report.stopped();
    }
}

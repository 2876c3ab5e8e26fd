package org.headwater.telemetry;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.headwater.network.ElementKind;
import org.headwater.network.MeterSpec;
import org.headwater.network.Network;

/** A {@link MeterDirectory} held in memory: for tests, benchmarks and small networks. Thread-safe. */
public final class InMemoryMeterDirectory implements MeterDirectory {

    private final Map<String, MeterSpec> meters = new ConcurrentHashMap<>();
    private final Set<String> sensors = ConcurrentHashMap.newKeySet();

    /** Every METER of the network with the spec its attributes give, and every SENSOR. */
    public static InMemoryMeterDirectory of(Network network) {
        InMemoryMeterDirectory directory = new InMemoryMeterDirectory();
        network.elements(ElementKind.METER).forEach(m -> directory.putMeter(m.id(), MeterSpec.of(m)));
        network.elements(ElementKind.SENSOR).forEach(s -> directory.putSensor(s.id()));
        return directory;
    }

    public InMemoryMeterDirectory putMeter(String meterId, MeterSpec spec) {
        meters.put(meterId, spec);
        return this;
    }

    public InMemoryMeterDirectory putSensor(String sensorId) {
        sensors.add(sensorId);
        return this;
    }

    @Override
    public Optional<MeterSpec> meter(String meterId) {
        return Optional.ofNullable(meters.get(meterId));
    }

    @Override
    public boolean isKnownSensor(String sensorId) {
        return sensors.contains(sensorId);
    }
}

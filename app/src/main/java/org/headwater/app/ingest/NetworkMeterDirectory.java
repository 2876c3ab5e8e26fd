package org.headwater.app.ingest;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.network.MeterSpec;
import org.headwater.network.Network;
import org.headwater.telemetry.InMemoryMeterDirectory;
import org.headwater.telemetry.MeterDirectory;
import org.springframework.stereotype.Component;

/** The meters and sensors of the current network; rebuilt when a new network is imported. */
@Component
class NetworkMeterDirectory implements MeterDirectory {

    private record Snapshot(Network network, InMemoryMeterDirectory directory) {}

    private final CurrentNetwork currentNetwork;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    NetworkMeterDirectory(CurrentNetwork currentNetwork) {
        this.currentNetwork = currentNetwork;
    }

    private InMemoryMeterDirectory directory() {
        Network network = currentNetwork.get();
        Snapshot current = snapshot.get();
        if (current == null || current.network() != network) {
            current = new Snapshot(network, InMemoryMeterDirectory.of(network));
            snapshot.set(current);
        }
        return current.directory();
    }

    @Override
    public Optional<MeterSpec> meter(String meterId) {
        return directory().meter(meterId);
    }

    @Override
    public boolean isKnownSensor(String sensorId) {
        return directory().isKnownSensor(sensorId);
    }
}

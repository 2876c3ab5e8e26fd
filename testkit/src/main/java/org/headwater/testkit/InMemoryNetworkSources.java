package org.headwater.testkit;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.headwater.network.NetworkSource;
import org.headwater.network.NetworkSources;

/** A {@link NetworkSources} held in memory. */
public final class InMemoryNetworkSources implements NetworkSources {

    private final AtomicReference<NetworkSource> current = new AtomicReference<>();

    @Override
    public void save(NetworkSource source) {
        current.set(source);
    }

    @Override
    public void clear() {
        current.set(null);
    }

    @Override
    public Optional<NetworkSource> current() {
        return Optional.ofNullable(current.get());
    }
}

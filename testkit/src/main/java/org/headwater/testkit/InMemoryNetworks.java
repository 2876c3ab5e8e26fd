package org.headwater.testkit;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.headwater.network.Network;
import org.headwater.network.Networks;

/** A {@link Networks} held in memory. */
public final class InMemoryNetworks implements Networks {

    private final AtomicReference<Network> current = new AtomicReference<>();

    @Override
    public void save(Network network) {
        current.set(network);
    }

    @Override
    public Optional<Network> current() {
        return Optional.ofNullable(current.get());
    }
}

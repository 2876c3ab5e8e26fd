package org.headwater.app.config;

import java.util.concurrent.atomic.AtomicReference;
import org.headwater.network.Network;
import org.headwater.network.Networks;
import org.springframework.stereotype.Component;

/** The network snapshot in memory, loaded once from the store and replaced on every import. */
@Component
public class CurrentNetwork {

    private final Networks networks;
    private final AtomicReference<Network> cached = new AtomicReference<>();

    public CurrentNetwork(Networks networks) {
        this.networks = networks;
    }

    /** The current network, or an empty one named "none" before the first import. */
    public Network get() {
        Network network = cached.get();
        if (network == null) {
            network = networks.current().orElseGet(() -> Network.builder("none").build());
            cached.compareAndSet(null, network);
        }
        return network;
    }

    /** Stores a newly imported network and makes it current. */
    public void replace(Network network) {
        networks.save(network);
        cached.set(network);
    }
}

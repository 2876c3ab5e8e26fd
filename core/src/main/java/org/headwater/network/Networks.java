package org.headwater.network;

import java.util.Optional;

/** Where the utility's current network model is kept. */
public interface Networks {

    /** Replaces the stored network with this one (an import is a whole new snapshot). */
    void save(Network network);

    Optional<Network> current();
}

package org.headwater.network;

import java.util.Optional;

/** Where the source file of the current network is kept, so the hydraulic model can be rebuilt from it. */
public interface NetworkSources {

    /** Keeps this file as the current network's source, replacing the previous one. */
    void save(NetworkSource source);

    /** Forgets the source (the current network came from a file the hydraulic model cannot read). */
    void clear();

    Optional<NetworkSource> current();
}

package org.headwater.app.twin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.headwater.hydraulics.HydraulicModel;
import org.headwater.network.NetworkSource;
import org.headwater.network.NetworkSources;
import org.springframework.stereotype.Component;

/**
 * The hydraulic model of the current network, read from the EPANET file the network was imported from
 * (kept by {@link NetworkSources}); every what-if gets a fresh copy, because a scenario edits its model.
 */
@Component
class TwinModel {

    private final NetworkSources sources;

    TwinModel(NetworkSources sources) {
        this.sources = sources;
    }

    /** A reader of fresh models of the current network, or empty when it came from no EPANET file. */
    Optional<ModelSource> current() {
        return sources.current().filter(NetworkSource::isEpanet).map(ModelSource::new);
    }

    /** One kept EPANET file; {@link #read()} parses it anew. */
    record ModelSource(NetworkSource source) {

        HydraulicModel read() {
            String name = source.fileName().replaceFirst("(?i)\\.inp(\\.gz)?$", "");
            try (InputStream raw = new ByteArrayInputStream(source.content());
                    InputStream in =
                            source.fileName().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")
                                    ? new GZIPInputStream(raw)
                                    : raw) {
                return HydraulicModel.read(in, name);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the kept network file " + source.fileName(), e);
            }
        }
    }
}

package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.headwater.network.NetworkSource;
import org.headwater.network.NetworkSources;
import org.junit.jupiter.api.Test;

/** What every {@link NetworkSources} implementation must do. */
public abstract class NetworkSourcesContract {

    protected abstract NetworkSources sources();

    @Test
    void aSavedSourceComesBackByteForByteAndTheNextSaveReplacesIt() {
        byte[] first = {0x1f, (byte) 0x8b, 0, 1, 2, (byte) 0xff};
        sources().save(new NetworkSource("Net1.inp.gz", first));
        assertThat(sources().current()).contains(new NetworkSource("Net1.inp.gz", first));

        byte[] second = "[TITLE]\n[END]\n".getBytes(StandardCharsets.UTF_8);
        sources().save(new NetworkSource("small.inp", second));
        assertThat(sources().current()).contains(new NetworkSource("small.inp", second));
    }

    @Test
    void aClearedSourceIsGone() {
        sources().save(new NetworkSource("small.inp", new byte[] {1}));
        sources().clear();
        assertThat(sources().current()).isEmpty();
    }
}

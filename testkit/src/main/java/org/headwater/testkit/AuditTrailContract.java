package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditChain;
import org.headwater.audit.AuditEvent;
import org.headwater.audit.AuditTrail;
import org.headwater.audit.AuditVerification;
import org.junit.jupiter.api.Test;

/** What every {@link AuditTrail} must do; each test gets an empty trail. */
public abstract class AuditTrailContract {

    /** A new, empty trail. */
    protected abstract AuditTrail emptyTrail();

    @Test
    void anEmptyTrailIsIntact() {
        AuditVerification verification = emptyTrail().verify();

        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).isZero();
    }

    @Test
    void entriesChainFromGenesisAndComeBackAsAppended() {
        AuditTrail trail = emptyTrail();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("version", "2");
        details.put("after", "backflow_volume_litres=8.0");
        details.put("before", "");
        AuditEvent first = trail.append("admin", AuditAction.THRESHOLD_CHANGED, "system", details);
        AuditEvent second = trail.append("system:alerts", AuditAction.ALERT_RAISED, "M-1/BACKFLOW/t", Map.of());

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(AuditChain.GENESIS_HASH);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(trail.page(0, 10)).containsExactly(first, second);
        assertThat(trail.page(0, 10).getFirst().details().keySet()).containsExactly("version", "after", "before");
        assertThat(trail.verify().intact()).isTrue();
        assertThat(trail.verify().entries()).isEqualTo(2);
    }

    @Test
    void pagesStartAfterTheGivenSequence() {
        AuditTrail trail = emptyTrail();
        for (int i = 0; i < 5; i++) {
            trail.append("admin", AuditAction.DATA_EXPORTED, "export-" + i, Map.of());
        }

        assertThat(trail.page(2, 2)).extracting(AuditEvent::sequence).containsExactly(3L, 4L);
        assertThat(trail.page(5, 10)).isEmpty();
    }

    @Test
    void personalDataIsMaskedBeforeItIsWritten() {
        AuditTrail trail = emptyTrail();
        trail.append(
                "admin",
                AuditAction.USER_CREATED,
                "operator-1",
                Map.of("email", "op@example.org", "note", "call +44 20 7946 0958"));

        AuditEvent stored = trail.page(0, 1).getFirst();
        assertThat(stored.details()).containsEntry("email", "[masked]").containsEntry("note", "call [phone]");
    }

    @Test
    void concurrentAppendsFormOneChainWithoutForks() throws Exception {
        AuditTrail trail = emptyTrail();
        int threads = 8;
        int each = 25;
        List<Callable<Void>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String actor = "system:writer-" + t;
            writers.add(() -> {
                for (int i = 0; i < each; i++) {
                    trail.append(actor, AuditAction.READS_IMPORTED, "batch-" + i, Map.of());
                }
                return null;
            });
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        }

        AuditVerification verification = trail.verify();
        assertThat(verification.firstBad()).isNull();
        assertThat(verification.entries()).isEqualTo(threads * each);
        assertThat(trail.page(0, threads * each))
                .extracting(AuditEvent::sequence)
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, threads * each).boxed().toList());
    }
}

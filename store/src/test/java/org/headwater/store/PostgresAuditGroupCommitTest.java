package org.headwater.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditEvent;
import org.headwater.audit.AuditTrail;
import org.junit.jupiter.api.Test;

/** Appends written together (group commit) succeed or fail each on its own. */
class PostgresAuditGroupCommitTest {

    @Test
    void aBadEntryAmongConcurrentAppendsFailsAloneAndEveryOtherIsChained() throws Exception {
        AuditTrail trail = AuditTables.emptiedTrail();
        List<Future<AuditEvent>> good = new ArrayList<>();
        List<Future<AuditEvent>> bad = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 400; i++) {
                String subject = "WO-" + i;
                if (i % 50 == 7) {
                    // PostgreSQL refuses a NUL character in text: this entry cannot be written
                    bad.add(callers.submit(() -> trail.append(
                            "system:test", AuditAction.WORK_ORDER_SENT, subject, Map.of("note", "a\u0000b"))));
                } else {
                    good.add(callers.submit(() ->
                            trail.append("system:test", AuditAction.WORK_ORDER_SENT, subject, Map.of("cmms", "1001"))));
                }
            }
        }

        for (Future<AuditEvent> f : bad) {
            assertThatThrownBy(f::get).hasCauseInstanceOf(StoreException.class);
        }
        List<Long> sequences = new ArrayList<>();
        for (Future<AuditEvent> f : good) {
            sequences.add(f.get().sequence());
        }
        assertThat(sequences).doesNotHaveDuplicates().hasSize(392);
        assertThat(trail.page(0, 1_000)).hasSize(392);
        assertThat(trail.verify().intact()).isTrue();
    }
}

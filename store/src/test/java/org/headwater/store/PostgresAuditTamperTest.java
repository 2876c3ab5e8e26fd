package org.headwater.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditTrail;
import org.headwater.audit.ChainBreak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 4 item 2: rows edited, deleted or reordered directly in PostgreSQL make verification fail
 * at that entry.
 */
class PostgresAuditTamperTest {

    private AuditTrail trail;

    @BeforeEach
    void fiveEntries() {
        trail = AuditTables.emptiedTrail();
        for (int i = 1; i <= 5; i++) {
            trail.append("admin", AuditAction.THRESHOLD_CHANGED, "system", Map.of("version", "" + i));
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "edited detail|UPDATE audit_event SET detail_values = '{99}' WHERE sequence = 3|3|HASH_MISMATCH",
                "edited actor|UPDATE audit_event SET actor = 'someone-else' WHERE sequence = 2|2|HASH_MISMATCH",
                "edited time|UPDATE audit_event SET recorded_at = recorded_at - interval '1 day' WHERE sequence = 1"
                        + "|1|HASH_MISMATCH",
                "unknown action code|UPDATE audit_event SET action = 'nothing.happened' WHERE sequence = 4|4|HASH_MISMATCH",
                "deleted row|DELETE FROM audit_event WHERE sequence = 2|2|SEQUENCE_GAP",
                "deleted last row|DELETE FROM audit_event WHERE sequence = 5|5|SEQUENCE_GAP",
                "replaced link|UPDATE audit_event SET previous_hash = repeat('a', 64) WHERE sequence = 4|4|HASH_MISMATCH"
            })
    void aRowChangedInTheDatabaseIsNamed(String tampering, String sql, long sequence, ChainBreak.Reason reason) {
        AuditTables.execute(sql);

        assertThat(trail.verify().firstBad())
                .as(tampering)
                .extracting(ChainBreak::sequence, ChainBreak::reason)
                .containsExactly(sequence, reason);
    }

    @Test
    void reorderedRowsAreNamed() {
        AuditTables.execute(
                "UPDATE audit_event SET sequence = -1 WHERE sequence = 3",
                "UPDATE audit_event SET sequence = 3 WHERE sequence = 4",
                "UPDATE audit_event SET sequence = 4 WHERE sequence = -1");

        assertThat(trail.verify().firstBad())
                .extracting(ChainBreak::sequence, ChainBreak::reason)
                .containsExactly(3L, ChainBreak.Reason.HASH_MISMATCH);
    }

    @Test
    void aReplacedStoredHashIsNamed() {
        AuditTables.execute("UPDATE audit_event SET hash = repeat('b', 64) WHERE sequence = 2");

        // The stored hash of 2 no longer matches its content: named at 2 itself.
        assertThat(trail.verify().firstBad().sequence()).isEqualTo(2);
        assertThat(trail.verify().entries()).isEqualTo(5);
    }
}

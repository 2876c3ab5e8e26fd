package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.headwater.workorder.CmmsOutbox;
import org.headwater.workorder.OutboxAction;
import org.headwater.workorder.OutboxEntry;
import org.junit.jupiter.api.Test;

/** What every {@link CmmsOutbox} implementation must do; extend it and supply the implementation. */
public abstract class CmmsOutboxContract {

    protected static final Instant T = Instant.parse("2025-05-06T03:00:00Z");

    /** A fresh, empty outbox. */
    protected abstract CmmsOutbox outbox();

    /** The same outbox as a restarted process would see it. */
    protected abstract CmmsOutbox reopened();

    /** The id of a stored order the entries may refer to (a store may require the order to exist). */
    protected abstract String anOrder();

    @Test
    void aFailedSendKeepsItsAttemptsAndNextAttemptAcrossARestart() {
        String id = anOrder();
        outbox().put(OutboxEntry.sendFailed(id, "HTTP 503", T.plusSeconds(5)));
        OutboxEntry first = reopened().find(id, OutboxAction.SEND).orElseThrow();

        assertThat(reopened().replace(first.failed("timed out", T.plusSeconds(20))))
                .isTrue();

        OutboxEntry stored = reopened().find(id, OutboxAction.SEND).orElseThrow();
        assertThat(stored.failures()).isEqualTo(2);
        assertThat(stored.nextAttempt()).isEqualTo(T.plusSeconds(20));
        assertThat(stored.lastError()).isEqualTo("timed out");
    }

    @Test
    void twoEditsBeforeTheCmmsHeardOweBothEditsFields() {
        CmmsOutbox outbox = outbox();
        String id = anOrder();
        outbox.put(OutboxEntry.update(id, Set.of("title"), T));
        outbox.put(OutboxEntry.update(id, Set.of("priority"), T.plusSeconds(3)));

        OutboxEntry owed = outbox.find(id, OutboxAction.UPDATE).orElseThrow();
        assertThat(owed.fields()).containsExactly("priority", "title");
        assertThat(owed.nextAttempt()).isEqualTo(T);
    }

    @Test
    void anEntryPutWhileAnAttemptRanIsNeitherRemovedNorOverwrittenByThatAttempt() {
        CmmsOutbox outbox = outbox();
        String id = anOrder();
        outbox.put(OutboxEntry.update(id, Set.of("title"), T));
        OutboxEntry attempted = outbox.find(id, OutboxAction.UPDATE).orElseThrow();
        outbox.put(OutboxEntry.update(id, Set.of("title"), T.plusSeconds(1)));

        assertThat(outbox.remove(attempted)).isFalse();
        assertThat(outbox.replace(attempted.failed("HTTP 503", T.plusSeconds(60))))
                .isFalse();
        assertThat(outbox.find(id, OutboxAction.UPDATE).orElseThrow().failures())
                .isZero();
    }

    @Test
    void removingManyForgetsEachOnlyAtTheRevisionRead() {
        CmmsOutbox outbox = outbox();
        String sent = anOrder();
        String cancelled = anOrder();
        String editedMeanwhile = anOrder();
        outbox.put(OutboxEntry.sendFailed(sent, "HTTP 503", T));
        outbox.put(OutboxEntry.cancel(cancelled, "duplicate", T));
        outbox.put(OutboxEntry.update(editedMeanwhile, Set.of("title"), T));
        List<OutboxEntry> read = List.of(
                outbox.find(sent, OutboxAction.SEND).orElseThrow(),
                outbox.find(cancelled, OutboxAction.CANCEL).orElseThrow(),
                outbox.find(editedMeanwhile, OutboxAction.UPDATE).orElseThrow());
        outbox.put(OutboxEntry.update(editedMeanwhile, Set.of("priority"), T.plusSeconds(1)));

        assertThat(outbox.removeAll(read)).isEqualTo(2);
        assertThat(outbox.removeAll(List.of())).isZero();

        assertThat(outbox.find(sent, OutboxAction.SEND)).isEmpty();
        assertThat(outbox.find(cancelled, OutboxAction.CANCEL)).isEmpty();
        assertThat(outbox.find(editedMeanwhile, OutboxAction.UPDATE)
                        .orElseThrow()
                        .fields())
                .containsExactly("priority", "title");
    }

    @Test
    void aFinishedEntryIsForgottenAndEachActionIsListedEarliestFirst() {
        CmmsOutbox outbox = outbox();
        String late = anOrder();
        String early = anOrder();
        outbox.put(OutboxEntry.cancel(late, "duplicate of WO-1", T.plusSeconds(9)));
        outbox.put(OutboxEntry.cancel(early, "crew already on site", T));
        outbox.put(OutboxEntry.update(early, Set.of("title"), T));

        assertThat(outbox.list(OutboxAction.CANCEL))
                .extracting(OutboxEntry::orderId)
                .containsExactly(early, late);
        assertThat(outbox.list(OutboxAction.CANCEL).getFirst().reason()).isEqualTo("crew already on site");
        assertThat(outbox.remove(outbox.find(early, OutboxAction.CANCEL).orElseThrow()))
                .isTrue();
        assertThat(reopened().list(OutboxAction.CANCEL))
                .extracting(OutboxEntry::orderId)
                .containsExactly(late);
        assertThat(reopened().list(OutboxAction.UPDATE)).hasSize(1);
        assertThat(reopened().list(OutboxAction.SEND)).isEmpty();
    }
}

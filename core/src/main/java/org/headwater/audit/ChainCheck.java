package org.headwater.audit;

import org.jspecify.annotations.Nullable;

/**
 * Walks an audit chain entry by entry, in sequence order, and remembers the first break; a store
 * feeds it rows as it reads them, so a long trail is never held in memory.
 */
public final class ChainCheck {

    private long expectedSequence = 1;
    private String expectedPrevious = AuditChain.GENESIS_HASH;
    private long entries;
    private @Nullable ChainBreak firstBad;

    /** Checks the next entry read; after a break the rest are only counted. */
    public void accept(AuditEvent event) {
        entries++;
        if (firstBad != null) {
            return;
        }
        if (event.sequence() != expectedSequence) {
            firstBad = new ChainBreak(
                    expectedSequence,
                    ChainBreak.Reason.SEQUENCE_GAP,
                    "expected sequence " + expectedSequence + ", found " + event.sequence());
        } else if (!AuditChain.hashOf(event).equals(event.hash())) {
            firstBad = new ChainBreak(
                    event.sequence(),
                    ChainBreak.Reason.HASH_MISMATCH,
                    "stored hash " + event.hash() + ", content hashes to " + AuditChain.hashOf(event));
        } else if (!event.previousHash().equals(expectedPrevious)) {
            firstBad = new ChainBreak(
                    event.sequence(),
                    ChainBreak.Reason.BROKEN_LINK,
                    "previous hash " + event.previousHash() + ", entry before hashes to " + expectedPrevious);
        }
        expectedSequence = event.sequence() + 1;
        expectedPrevious = event.hash();
    }

    /**
     * Records a stored row that no longer reads as an entry (for example an unknown action code):
     * its content was altered, so it counts as a hash mismatch.
     */
    public void acceptUnreadable(long sequence, String storedHash, String problem) {
        entries++;
        if (firstBad == null) {
            firstBad = new ChainBreak(sequence, ChainBreak.Reason.HASH_MISMATCH, "entry unreadable: " + problem);
        }
        expectedSequence = sequence + 1;
        expectedPrevious = storedHash;
    }

    /**
     * The verdict, given the last sequence the trail says it appended (0 when it keeps none): fewer
     * entries than that means the tail was cut off.
     */
    public AuditVerification result(long recordedLastSequence) {
        if (firstBad == null && recordedLastSequence >= expectedSequence) {
            return new AuditVerification(
                    entries,
                    new ChainBreak(
                            expectedSequence,
                            ChainBreak.Reason.SEQUENCE_GAP,
                            "the trail recorded entries up to " + recordedLastSequence + ", the last found is "
                                    + (expectedSequence - 1)));
        }
        return new AuditVerification(entries, firstBad);
    }
}

package org.headwater.audit;

/**
 * The first entry at which an audit chain stops being intact.
 *
 * @param sequence the sequence of the bad (or missing) entry
 * @param reason what is wrong with it
 * @param detail the expected and found values, for a person
 */
public record ChainBreak(long sequence, Reason reason, String detail) {

    /** Why an entry breaks the chain. */
    public enum Reason {
        /** The entry's content no longer hashes to its stored hash: it was edited. */
        HASH_MISMATCH,
        /** The entry's previous hash is not the hash of the entry before: one of them was replaced. */
        BROKEN_LINK,
        /** An entry with this sequence is missing (deleted, or the tail cut off). */
        SEQUENCE_GAP
    }
}

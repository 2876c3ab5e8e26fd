package org.headwater.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking a whole audit chain.
 *
 * @param entries how many entries were read
 * @param firstBad the first entry that breaks the chain, or null when the chain is intact
 */
public record AuditVerification(long entries, @Nullable ChainBreak firstBad) {

    /** True when every entry hashes to its hash and links to the one before, without gaps. */
    public boolean intact() {
        return firstBad == null;
    }
}

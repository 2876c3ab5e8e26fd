package org.headwater.audit;

import java.util.List;
import java.util.Map;

/**
 * The append-only audit log: every human and system action, each entry chained to the one before
 * by its hash so that an edit, a deletion or a reordering is found by {@link #verify()}.
 */
public interface AuditTrail {

    /**
     * Appends an entry; concurrent appends are serialised so the chain never forks. Details are
     * masked by {@link PersonalDataMask#standard()} before they are written.
     *
     * @param actor a user name, or {@code system:<component>}
     */
    AuditEvent append(String actor, AuditAction action, String subject, Map<String, String> details);

    /** Re-reads the whole chain and reports the first entry that breaks it, if any. */
    AuditVerification verify();

    /** Up to {@code limit} entries with a sequence above {@code afterSequence}, oldest first. */
    List<AuditEvent> page(long afterSequence, int limit);
}

package org.headwater.testkit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditChain;
import org.headwater.audit.AuditEvent;
import org.headwater.audit.AuditTrail;
import org.headwater.audit.AuditVerification;
import org.headwater.audit.ChainCheck;

/** An {@link AuditTrail} held in memory; appends are serialised by the object's lock. */
public final class InMemoryAuditTrail implements AuditTrail {

    private final List<AuditEvent> entries = new ArrayList<>();
    private final Clock clock;

    public InMemoryAuditTrail(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized AuditEvent append(
            String actor, AuditAction action, String subject, Map<String, String> details) {
        long lastSequence = entries.isEmpty() ? 0 : entries.getLast().sequence();
        String lastHash =
                entries.isEmpty() ? AuditChain.GENESIS_HASH : entries.getLast().hash();
        AuditEvent event = AuditChain.next(lastSequence, lastHash, clock.instant(), actor, action, subject, details);
        entries.add(event);
        return event;
    }

    @Override
    public synchronized AuditVerification verify() {
        ChainCheck check = new ChainCheck();
        entries.forEach(check::accept);
        return check.result(entries.size());
    }

    @Override
    public synchronized List<AuditEvent> page(long afterSequence, int limit) {
        return entries.stream()
                .filter(e -> e.sequence() > afterSequence)
                .limit(limit)
                .toList();
    }
}

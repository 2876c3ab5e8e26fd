package org.headwater.testkit;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headwater.workorder.CmmsOutbox;
import org.headwater.workorder.OutboxAction;
import org.headwater.workorder.OutboxEntry;

/** {@link CmmsOutbox} held in memory. */
public final class InMemoryCmmsOutbox implements CmmsOutbox {

    private final Map<Key, OutboxEntry> entries = new LinkedHashMap<>();

    @Override
    public synchronized void put(OutboxEntry entry) {
        Key key = Key.of(entry);
        OutboxEntry stored = entries.get(key);
        entries.put(key, stored == null ? entry.withRevision(1) : stored.overwrittenBy(entry));
    }

    @Override
    public synchronized boolean replace(OutboxEntry entry) {
        OutboxEntry stored = entries.get(Key.of(entry));
        if (stored == null || stored.revision() != entry.revision()) {
            return false;
        }
        entries.put(Key.of(entry), entry);
        return true;
    }

    @Override
    public synchronized boolean remove(OutboxEntry entry) {
        OutboxEntry stored = entries.get(Key.of(entry));
        if (stored == null || stored.revision() != entry.revision()) {
            return false;
        }
        entries.remove(Key.of(entry));
        return true;
    }

    @Override
    public synchronized Optional<OutboxEntry> find(String orderId, OutboxAction action) {
        return Optional.ofNullable(entries.get(new Key(orderId, action)));
    }

    @Override
    public synchronized List<OutboxEntry> list(OutboxAction action) {
        return entries.values().stream()
                .filter(e -> e.action() == action)
                .sorted(Comparator.comparing(OutboxEntry::nextAttempt).thenComparing(OutboxEntry::orderId))
                .toList();
    }

    private record Key(String orderId, OutboxAction action) {
        static Key of(OutboxEntry entry) {
            return new Key(entry.orderId(), entry.action());
        }
    }
}

package org.headwater.testkit;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headwater.alert.Alert;
import org.headwater.alert.Alerts;

/** {@link Alerts} held in memory, for tests of code that needs the port but not PostgreSQL. */
public final class InMemoryAlerts implements Alerts {

    private final Map<String, Alert> byId = new LinkedHashMap<>();

    @Override
    public synchronized void add(Alert alert) {
        byId.putIfAbsent(alert.id(), alert);
    }

    @Override
    public synchronized void update(Alert alert) {
        if (!byId.containsKey(alert.id())) {
            throw new IllegalArgumentException("no alert " + alert.id() + " to update");
        }
        byId.put(alert.id(), alert);
    }

    @Override
    public synchronized Optional<Alert> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<Alert> active(Alert.ConditionKey condition) {
        return byId.values().stream()
                .filter(a -> a.state().active() && a.conditionKey().equals(condition))
                .findFirst();
    }

    @Override
    public synchronized List<Alert> active() {
        return byId.values().stream()
                .filter(a -> a.state().active())
                .sorted(Comparator.comparing(Alert::time).thenComparing(Alert::id))
                .toList();
    }

    @Override
    public synchronized List<Alert> raisedBetween(Instant from, Instant to) {
        return byId.values().stream()
                .filter(a -> !a.time().isBefore(from) && a.time().isBefore(to))
                .sorted(Comparator.comparing(Alert::time).thenComparing(Alert::id))
                .toList();
    }
}

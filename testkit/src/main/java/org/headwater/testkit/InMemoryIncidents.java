package org.headwater.testkit;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headwater.alert.Incident;
import org.headwater.alert.Incidents;

/** {@link Incidents} held in memory, for tests of code that needs the port but not PostgreSQL. */
public final class InMemoryIncidents implements Incidents {

    private final Map<String, Incident> byId = new LinkedHashMap<>();

    @Override
    public synchronized void save(Incident incident) {
        byId.put(incident.id(), incident);
    }

    @Override
    public synchronized Optional<Incident> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<Incident> open() {
        return byId.values().stream()
                .filter(Incident::open)
                .sorted(byFirstAlert())
                .toList();
    }

    @Override
    public synchronized List<Incident> between(Instant from, Instant to) {
        return byId.values().stream()
                .filter(i ->
                        !i.firstAlertAt().isBefore(from) && i.firstAlertAt().isBefore(to))
                .sorted(byFirstAlert())
                .toList();
    }

    @Override
    public synchronized Optional<Incident> containing(String alertId) {
        return byId.values().stream()
                .filter(i -> i.alertIds().contains(alertId))
                .findFirst();
    }

    @Override
    public synchronized List<Incident> latest(int limit) {
        return byId.values().stream()
                .sorted(Comparator.comparing(Incident::lastAlertAt).reversed().thenComparing(Incident::id))
                .limit(limit)
                .toList();
    }

    private static Comparator<Incident> byFirstAlert() {
        return Comparator.comparing(Incident::firstAlertAt).thenComparing(Incident::id);
    }
}

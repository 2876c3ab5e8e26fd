package org.headwater.testkit;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.headwater.investigate.Investigation;
import org.headwater.investigate.InvestigationQuery;
import org.headwater.investigate.Investigations;

/** {@link Investigations} held in memory, for tests of code that needs the port but not PostgreSQL. */
public final class InMemoryInvestigations implements Investigations {

    private final Map<String, Investigation> byId = new LinkedHashMap<>();

    @Override
    public synchronized void save(Investigation investigation) {
        byId.put(investigation.id(), investigation);
    }

    @Override
    public synchronized Optional<Investigation> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<Investigation> about(String incidentOrAlertId) {
        return matching(i -> incidentOrAlertId.equals(i.subject().incidentId())
                || i.subject().alertIds().contains(incidentOrAlertId));
    }

    @Override
    public synchronized List<Investigation> list(InvestigationQuery query) {
        return matching(query::matches);
    }

    private List<Investigation> matching(Predicate<Investigation> filter) {
        return byId.values().stream()
                .filter(filter)
                .sorted(Comparator.comparing((Investigation i) -> i.subject().alertTime())
                        .thenComparing(Investigation::id))
                .toList();
    }
}

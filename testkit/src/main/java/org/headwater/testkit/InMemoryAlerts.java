package org.headwater.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertCount;
import org.headwater.alert.AlertQuery;
import org.headwater.alert.AlertState;
import org.headwater.alert.AlertType;
import org.headwater.alert.Alerts;
import org.headwater.alert.DailyAlertCount;

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

    @Override
    public synchronized List<Alert> search(AlertQuery query) {
        return byId.values().stream()
                .filter(query::matches)
                .sorted(Comparator.comparing(Alert::time).reversed().thenComparing(Alert::id))
                .limit(query.limit())
                .toList();
    }

    // Ordered by the names, as the database orders its text columns.
    @Override
    public synchronized List<AlertCount> countsByTypeAndState() {
        Map<AlertType, Map<AlertState, Long>> counts = new TreeMap<>(Comparator.comparing(AlertType::name));
        byId.values()
                .forEach(a -> counts.computeIfAbsent(
                                a.type(), t -> new TreeMap<>(Comparator.comparing(AlertState::name)))
                        .merge(a.state(), 1L, Long::sum));
        List<AlertCount> rows = new ArrayList<>();
        counts.forEach(
                (type, byState) -> byState.forEach((state, count) -> rows.add(new AlertCount(type, state, count))));
        return rows;
    }

    @Override
    public synchronized List<DailyAlertCount> countsByDayAndType(Instant from, Instant to) {
        Map<LocalDate, Map<AlertType, Long>> counts = new TreeMap<>();
        raisedBetween(from, to)
                .forEach(a -> counts.computeIfAbsent(
                                LocalDate.ofInstant(a.time(), ZoneOffset.UTC),
                                d -> new TreeMap<>(Comparator.comparing(AlertType::name)))
                        .merge(a.type(), 1L, Long::sum));
        List<DailyAlertCount> rows = new ArrayList<>();
        counts.forEach(
                (day, byType) -> byType.forEach((type, count) -> rows.add(new DailyAlertCount(day, type, count))));
        return rows;
    }
}

package org.headwater.testkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headwater.workorder.ProblemKey;
import org.headwater.workorder.WorkOrder;
import org.headwater.workorder.WorkOrderEvent;
import org.headwater.workorder.WorkOrderQuery;
import org.headwater.workorder.WorkOrderType;
import org.headwater.workorder.WorkOrders;

/** {@link WorkOrders} held in memory, for tests of code that needs the port but not PostgreSQL. */
public final class InMemoryWorkOrders implements WorkOrders {

    private final Map<String, WorkOrder> byId = new LinkedHashMap<>();
    private final Map<String, List<WorkOrderEvent>> histories = new LinkedHashMap<>();
    private long lastId;

    @Override
    public synchronized String nextId() {
        return "WO-%06d".formatted(++lastId);
    }

    @Override
    public synchronized void create(WorkOrder order, WorkOrderEvent drafted) {
        if (byId.containsKey(order.id())) {
            throw new IllegalStateException("work order " + order.id() + " exists");
        }
        if (order.status().open()
                && findOpen(order.problem(), order.content().type()).isPresent()) {
            throw new OpenOrderExists(order.problem(), order.content().type());
        }
        byId.put(order.id(), order);
        histories.computeIfAbsent(order.id(), id -> new ArrayList<>()).add(drafted);
    }

    @Override
    public synchronized void update(WorkOrder next, WorkOrderEvent event) {
        WorkOrder stored = byId.get(next.id());
        if (stored == null) {
            throw new IllegalStateException("no work order " + next.id());
        }
        if (stored.version() != next.version() - 1) {
            throw new StaleWorkOrder(next.id(), next.version() - 1, stored.version());
        }
        byId.put(next.id(), next);
        histories.get(next.id()).add(event);
    }

    @Override
    public synchronized Optional<WorkOrder> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<WorkOrder> findOpen(ProblemKey problem, WorkOrderType type) {
        return byId.values().stream()
                .filter(o -> o.status().open()
                        && o.problem().equals(problem)
                        && o.content().type() == type)
                .findFirst();
    }

    @Override
    public synchronized List<WorkOrder> list(WorkOrderQuery query) {
        return byId.values().stream()
                .filter(query::matches)
                .sorted(Comparator.comparing(WorkOrder::createdAt)
                        .thenComparing(WorkOrder::id)
                        .reversed())
                .limit(query.limit())
                .toList();
    }

    @Override
    public synchronized List<WorkOrderEvent> history(String id) {
        return List.copyOf(histories.getOrDefault(id, List.of()));
    }
}

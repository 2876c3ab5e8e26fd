package org.headwater.testkit;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.headwater.workorder.CmmsChanges;
import org.headwater.workorder.CmmsGateway;
import org.headwater.workorder.CmmsReceipt;
import org.headwater.workorder.CmmsStatusChange;
import org.headwater.workorder.CmmsStatusMap;
import org.headwater.workorder.WorkOrder;
import org.jspecify.annotations.Nullable;

/**
 * A CMMS held in memory behind the {@link CmmsGateway} port, with Maximo's status codes and scripted faults, for
 * tests of the outbox and status sync without HTTP. Idempotent like a real connector: a second send of an order it
 * holds returns the existing record.
 */
public final class InMemoryCmms implements CmmsGateway {

    /** What the next sends do instead of succeeding. */
    public enum Fault {
        /** Unreachable: nothing is created. */
        DOWN,
        /** A validation error: nothing is created. */
        REJECT,
        /** The record is created but the answer never arrives. */
        ACCEPT_THEN_TIME_OUT
    }

    private final CmmsStatusMap statuses = CmmsStatusMap.maximoDefaults();
    private final Clock clock;
    private final Map<String, Held> byOrder = new LinkedHashMap<>();
    private final List<CmmsStatusChange> feed = new ArrayList<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final List<String> updates = new ArrayList<>();
    private boolean down;
    private int sends;
    private int blindCreatesOfHeld;

    public InMemoryCmms(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public synchronized CmmsReceipt send(WorkOrder order) throws CmmsUnavailable, CmmsRejected {
        sends++;
        Fault fault = down ? Fault.DOWN : faults.poll();
        if (fault == Fault.DOWN) {
            throw new CmmsUnavailable("memory CMMS is down", null);
        }
        if (fault == Fault.REJECT) {
            throw new CmmsRejected("BMXAA4195E - location is not valid");
        }
        Held existing = byOrder.get(order.id());
        Held held = existing != null ? existing : create(order.id());
        if (fault == Fault.ACCEPT_THEN_TIME_OUT) {
            throw new CmmsUnavailable("memory CMMS timed out after accepting", null);
        }
        return new CmmsReceipt(held.number, statuses.ours(held.status), held.status, existing != null);
    }

    /** Like a connector that skips its lookup on a first attempt; one for an order already held is counted. */
    @Override
    public synchronized CmmsReceipt sendFirstAttempt(WorkOrder order) throws CmmsUnavailable, CmmsRejected {
        if (byOrder.containsKey(order.id())) {
            blindCreatesOfHeld++;
        }
        return send(order);
    }

    /** First attempts made for an order already held: a CMMS that is not asked first would hold those twice. */
    public synchronized int blindCreatesOfHeld() {
        return blindCreatesOfHeld;
    }

    @Override
    public synchronized Optional<CmmsReceipt> update(WorkOrder order, Set<String> fields)
            throws CmmsUnavailable, CmmsRejected {
        Held held = reachable(order);
        if (held == null) {
            return Optional.empty();
        }
        updates.add(order.id() + " " + fields);
        return Optional.of(new CmmsReceipt(held.number, statuses.ours(held.status), held.status, true));
    }

    @Override
    public synchronized Optional<CmmsReceipt> cancel(WorkOrder order, String reason)
            throws CmmsUnavailable, CmmsRejected {
        Held held = reachable(order);
        if (held == null) {
            return Optional.empty();
        }
        if (List.of("COMP", "CLOSE").contains(held.status)) {
            throw new CmmsRejected("BMXAA4590E - work order " + held.number + " is " + held.status);
        }
        advance(order.id(), "CAN", reason);
        return Optional.of(new CmmsReceipt(held.number, statuses.ours(held.status), held.status, true));
    }

    /** The record of the order, after the same faults a send meets; null when the CMMS never had it. */
    private @Nullable Held reachable(WorkOrder order) throws CmmsUnavailable, CmmsRejected {
        Fault fault = down ? Fault.DOWN : faults.poll();
        if (fault == Fault.DOWN || fault == Fault.ACCEPT_THEN_TIME_OUT) {
            throw new CmmsUnavailable("memory CMMS is down", null);
        }
        if (fault == Fault.REJECT) {
            throw new CmmsRejected("BMXAA4195E - location is not valid");
        }
        return byOrder.get(order.id());
    }

    /** The edits it received, as {@code <order id> [fields]}, in order. */
    public synchronized List<String> updates() {
        return List.copyOf(updates);
    }

    @Override
    public synchronized CmmsChanges changesSince(@Nullable String cursor) throws CmmsUnavailable {
        if (down) {
            throw new CmmsUnavailable("memory CMMS is down", null);
        }
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        return new CmmsChanges(feed.subList(from, feed.size()), Integer.toString(feed.size()));
    }

    /** The next sends meet these faults, in order. */
    public synchronized void failNext(Fault... next) {
        faults.addAll(List.of(next));
    }

    public synchronized void down(boolean isDown) {
        this.down = isDown;
    }

    /** The CMMS moves the order to {@code cmmsStatus} (a Maximo code), with optional notes. */
    public synchronized void advance(String orderId, String cmmsStatus, @Nullable String notes) {
        Held held = byOrder.get(orderId);
        if (held == null) {
            throw new IllegalArgumentException("memory CMMS holds no order " + orderId);
        }
        held.status = cmmsStatus;
        feed.add(new CmmsStatusChange(
                orderId, held.number, statuses.ours(cmmsStatus), cmmsStatus, notes, clock.instant()));
    }

    /** A record someone created in the CMMS naming an order Headwater never had. */
    public synchronized void stray(String orderId, String cmmsStatus) {
        create(orderId);
        advance(orderId, cmmsStatus, null);
    }

    /** Records held, one per order however many times it was sent. */
    public synchronized int records() {
        return byOrder.size();
    }

    public synchronized int sends() {
        return sends;
    }

    public synchronized Optional<String> statusOf(String orderId) {
        return Optional.ofNullable(byOrder.get(orderId)).map(h -> h.status);
    }

    private Held create(String orderId) {
        Held held = new Held("%d".formatted(1000 + byOrder.size() + 1), "WAPPR");
        byOrder.put(orderId, held);
        return held;
    }

    private static final class Held {
        final String number;
        String status;

        Held(String number, String status) {
            this.number = number;
            this.status = status;
        }
    }
}

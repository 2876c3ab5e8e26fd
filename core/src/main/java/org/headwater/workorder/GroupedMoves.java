package org.headwater.workorder;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Stores the moves the outbox's concurrent tasks hand in, together (group commit): the first task that finds no one
 * writing writes everything waiting with one {@link WorkOrders#updateAll}, batch after batch, while the others wait
 * for theirs. Under load a pass commits a few times instead of once per order and move; alone, a task writes at once.
 */
final class GroupedMoves {

    private static final int MOST = 500;

    private final WorkOrders orders;
    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    private boolean writing;

    private record Pending(WorkOrderMoves moves, CompletableFuture<Boolean> stored) {}

    GroupedMoves(WorkOrders orders) {
        this.orders = orders;
    }

    /**
     * Stores the moves, with whatever else waits.
     *
     * @return false when someone else changed the order first (nothing of these moves was stored)
     * @throws RuntimeException what the store threw for these moves (nothing of them was stored)
     */
    boolean store(WorkOrderMoves moves) {
        Pending mine = new Pending(moves, new CompletableFuture<>());
        boolean leader;
        synchronized (waiting) {
            waiting.add(mine);
            leader = !writing;
            writing = true;
        }
        if (leader) {
            try {
                writeUntilNoneWaits();
            } catch (Error e) {
                abandonWaiting(e);
                throw e;
            }
        }
        try {
            return mine.stored().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void writeUntilNoneWaits() {
        while (true) {
            List<Pending> next = new ArrayList<>();
            synchronized (waiting) {
                while (!waiting.isEmpty() && next.size() < MOST) {
                    next.add(waiting.poll());
                }
                if (next.isEmpty()) {
                    writing = false;
                    return;
                }
            }
            try {
                if (!write(next)) {
                    // one order's failure must not fail the others written with it: each alone
                    next.forEach(p -> write(List.of(p)));
                }
            } catch (Error e) {
                next.forEach(p -> p.stored().completeExceptionally(e));
                throw e;
            }
        }
    }

    /** @return false, with nothing stored, when a group of several failed */
    private boolean write(List<Pending> group) {
        Set<String> stale;
        try {
            stale = orders.updateAll(group.stream().map(Pending::moves).toList());
        } catch (RuntimeException e) {
            if (group.size() > 1) {
                return false;
            }
            group.getFirst().stored().completeExceptionally(e);
            return true;
        }
        for (Pending p : group) {
            p.stored().complete(!stale.contains(p.moves().orderId()));
        }
        return true;
    }

    // something no transaction recovers from (out of memory): no one is left to write for the waiting
    private void abandonWaiting(Error e) {
        synchronized (waiting) {
            waiting.forEach(p -> p.stored().completeExceptionally(e));
            waiting.clear();
            writing = false;
        }
    }
}

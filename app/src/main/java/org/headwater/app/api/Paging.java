package org.headwater.app.api;

import java.util.List;

/** Offset/limit paging with the limits every list endpoint shares. */
final class Paging {

    static final int MAX_LIMIT = 10_000;

    private Paging() {}

    static void check(int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }

    static <T> List<T> page(List<T> all, int offset, int limit) {
        if (offset >= all.size()) {
            return List.of();
        }
        return all.subList(offset, Math.min(all.size(), offset + limit));
    }
}

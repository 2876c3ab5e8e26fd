package org.headwater.delivery;

/**
 * Thrown by a consumer that cannot take an event until another consumer has taken it (work-order
 * drafting waits for incident grouping): the event is tried again shortly without counting a
 * failure, up to a bounded wait, so waiting never parks an event that would have been fine.
 */
public final class NotReadyYet extends RuntimeException {

    public NotReadyYet(String message) {
        super(message);
    }
}

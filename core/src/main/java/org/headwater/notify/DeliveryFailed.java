package org.headwater.notify;

/** A channel could not deliver; the message says why without the address. */
public final class DeliveryFailed extends Exception {
    public DeliveryFailed(String message) {
        super(message);
    }

    public DeliveryFailed(String message, Throwable cause) {
        super(message, cause);
    }
}

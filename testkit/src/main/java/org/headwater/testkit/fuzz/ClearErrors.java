package org.headwater.testkit.fuzz;

import java.util.List;
import java.util.function.Predicate;

/**
 * What counts as a clear refusal: an exception of the parser's documented type whose message says
 * what is wrong. The JDK's own parse errors ({@code NumberFormatException}: "For input string") leak
 * implementation detail and name no field, so they never count, whatever type the parser documents.
 */
public final class ClearErrors {

    private static final int MIN_MESSAGE_LENGTH = 12;

    private ClearErrors() {}

    /** The exception is one of {@code documented} and its message (or a cause's) explains itself. */
    @SafeVarargs
    public static Predicate<Throwable> ofType(Class<? extends Throwable>... documented) {
        List<Class<? extends Throwable>> types = List.of(documented);
        return error -> types.stream().anyMatch(t -> t.isInstance(error)) && explains(error);
    }

    /** Nothing may be thrown: for parsers that quarantine every kind of bad input. */
    public static Predicate<Throwable> none() {
        return error -> false;
    }

    static boolean explains(Throwable error) {
        if (error instanceof NumberFormatException
                || error instanceof IndexOutOfBoundsException
                || error instanceof NullPointerException
                || error instanceof ClassCastException) {
            return false;
        }
        String message = error.getMessage();
        return message != null
                && message.strip().length() >= MIN_MESSAGE_LENGTH
                && !message.startsWith("For input string")
                && !message.contains("Cannot invoke \"");
    }
}

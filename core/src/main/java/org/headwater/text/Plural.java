package org.headwater.text;

import java.util.Locale;

/**
 * A count and its noun as a reader says them: "1 pipe", "0 pipes", "2 alarm codes". Messages and
 * notes use it instead of "pipe(s)" or a plural that is wrong for one.
 */
public final class Plural {

    private Plural() {}

    /** The count and the noun, with an "s" added unless the count is exactly one. */
    public static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    /** The count and the noun, for a noun whose plural is not the singular plus "s". */
    public static String of(long count, String singular, String plural) {
        if (singular.isBlank() || plural.isBlank()) {
            throw new IllegalArgumentException(
                    "singular and plural must not be blank, were \"" + singular + "\" and \"" + plural + "\"");
        }
        return String.format(Locale.ROOT, "%d %s", count, count == 1 ? singular : plural);
    }
}

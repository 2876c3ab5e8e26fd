package org.headwater.audit;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data before it is written to the audit trail or exported.
 *
 * <ul>
 *   <li>Named fields: the whole value of a detail called {@code name}, {@code email}, {@code phone}
 *       or {@code address} (any case; also with a prefix ending in {@code _}, {@code -} or
 *       {@code .}, like {@code customer_name}) becomes {@value #MASKED}.
 *   <li>E-mail addresses anywhere in a value become {@value #EMAIL}.
 *   <li>Phone numbers anywhere in a value become {@value #PHONE}: 9 to 15 digits, optionally
 *       after a {@code +}, grouped by spaces, dashes or parentheses. Dates written
 *       {@code yyyy-MM-dd} are left alone.
 * </ul>
 *
 * Identifiers such as meter or alert ids and user names are not personal data here and are kept.
 */
public final class PersonalDataMask {

    static final String MASKED = "[masked]";
    static final String EMAIL = "[email]";
    static final String PHONE = "[phone]";

    private static final PersonalDataMask STANDARD = new PersonalDataMask(Set.of("name", "email", "phone", "address"));
    private static final Pattern EMAIL_ADDRESS =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE_LIKE = Pattern.compile("(?<![\\w+])\\+?\\(?\\d[\\d ()\\-]{6,22}\\d(?!\\w)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    private final Set<String> namedFields;

    private PersonalDataMask(Set<String> namedFields) {
        this.namedFields = namedFields;
    }

    /** The mask every audit entry and export goes through. */
    public static PersonalDataMask standard() {
        return STANDARD;
    }

    /** A copy of the details, in the same order, with personal data masked. */
    public SequencedMap<String, String> mask(Map<String, String> details) {
        SequencedMap<String, String> masked = new LinkedHashMap<>();
        details.forEach((field, value) -> masked.put(field, isNamedField(field) ? MASKED : maskText(value)));
        return masked;
    }

    /** Free text with e-mail addresses and phone numbers masked. */
    public String maskText(String text) {
        String withoutEmail = EMAIL_ADDRESS.matcher(text).replaceAll(EMAIL);
        Matcher phone = PHONE_LIKE.matcher(withoutEmail);
        return phone.replaceAll(m -> Matcher.quoteReplacement(looksLikePhone(m.group()) ? PHONE : m.group()));
    }

    private static boolean looksLikePhone(String candidate) {
        long digits = candidate.chars().filter(Character::isDigit).count();
        return digits >= 9
                && digits <= 15
                && !ISO_DATE.matcher(candidate.trim()).matches();
    }

    private boolean isNamedField(String field) {
        String lower = field.toLowerCase(Locale.ROOT);
        for (String named : namedFields) {
            if (lower.equals(named)
                    || lower.endsWith("_" + named)
                    || lower.endsWith("-" + named)
                    || lower.endsWith("." + named)) {
                return true;
            }
        }
        return false;
    }
}

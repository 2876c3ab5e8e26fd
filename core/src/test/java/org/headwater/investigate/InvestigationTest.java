package org.headwater.investigate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.headwater.alert.AlertType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every path through EPA figure 6-1, and the moves and inputs it refuses. */
class InvestigationTest {

    private static final CauseCatalogue CAUSES = CauseCatalogue.epaTable61();
    private static final InvestigationMoves MOVES = new InvestigationMoves(CAUSES, Checklists.epaDefaults());
    private static final Instant T = Alerts.T;

    private static Instant at(int minutes) {
        return T.plusSeconds(60L * minutes);
    }

    private static StepInput by(int minutes) {
        return new StepInput("jean", at(minutes), null, null, List.of());
    }

    private static StepInput closing(int minutes, String cause, String notes) {
        return new StepInput("jean", at(minutes), cause, notes, List.of());
    }

    private static Investigation reviewed(AlertType type) {
        return Alerts.opened(type).acknowledge("jean", at(1)).dataReviewed(at(10));
    }

    @Test
    void figure61Step3InvalidOnDataReviewClosesWithAnInvalidCause() {
        Investigation closed = reviewed(AlertType.BACKFLOW)
                .close(
                        CAUSES.require("SENSOR_MALFUNCTION"),
                        "Meter replaced. See work order AM 12020.",
                        "jean",
                        at(14));

        assertThat(closed.step()).isEqualTo(InvestigationStep.CLOSE_AND_LOG);
        assertThat(closed.conclusion())
                .isInstanceOfSatisfying(
                        Conclusion.Closed.class,
                        c -> assertThat(c.cause().valid()).isFalse());
        assertThat(closed.enteredAt())
                .containsOnlyKeys(
                        InvestigationStep.RECEIVE_ALERT,
                        InvestigationStep.REVIEW_DATA,
                        InvestigationStep.CAN_DATA_REVIEW_DETERMINE_INVALID,
                        InvestigationStep.CLOSE_AND_LOG);
        assertThat(closed.staffTime()).hasValue(java.time.Duration.ofMinutes(13));
    }

    @Test
    void figure61Step3RefusesAValidCauseForAnAlertShownInvalid() {
        assertThatThrownBy(() -> reviewed(AlertType.TAMPER).close(CAUSES.require("WATER_THEFT"), "n", "jean", at(12)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cause: WATER_THEFT");
    }

    @Test
    void figure61Step4ContaminationRuledOutOnDataReviewClosesWithANonContaminationCause() {
        Investigation closed = reviewed(AlertType.BACKFLOW)
                .notShownInvalid(at(11))
                .close(CAUSES.require("SYSTEM_ACTIVITY"), "Hydrant testing on Main St.", "jean", at(15));

        assertThat(closed.step()).isEqualTo(InvestigationStep.CLOSE_AND_LOG);
        assertThat(((Conclusion.Closed) closed.conclusion()).cause().code()).isEqualTo("SYSTEM_ACTIVITY");
        assertThatThrownBy(() -> reviewed(AlertType.BACKFLOW)
                        .notShownInvalid(at(11))
                        .close(CAUSES.require("CROSS_CONNECTION"), "n", "jean", at(15)))
                .hasMessageContaining("cause: CROSS_CONNECTION");
    }

    @Test
    void figure61Steps5To8FieldInvestigationEndsInACauseWithItsChecklist() {
        Investigation investigation =
                MOVES.apply(Alerts.opened(AlertType.TAMPER), InvestigationStep.REVIEW_DATA, by(1));
        investigation = MOVES.apply(
                investigation,
                InvestigationStep.CAN_DATA_REVIEW_DETERMINE_INVALID,
                new StepInput(
                        "jean",
                        at(5),
                        null,
                        null,
                        List.of(new ChecklistResult("HISTORY_OF_WATER_THEFT", ChecklistResult.Finding.FOUND, "2019"))));
        investigation = MOVES.apply(investigation, InvestigationStep.CAN_CONTAMINATION_BE_RULED_OUT, by(6));
        investigation = MOVES.apply(investigation, InvestigationStep.INSPECT_ON_SITE, by(7));
        investigation = MOVES.apply(
                investigation,
                InvestigationStep.SIGNS_OF_CONTAMINATION,
                new StepInput(
                        "john",
                        at(40),
                        null,
                        null,
                        List.of(new ChecklistResult(
                                "METER_REVERSED", ChecklistResult.Finding.FOUND, "turned around"))));
        investigation = MOVES.apply(investigation, InvestigationStep.DETERMINE_CAUSE, by(41));
        investigation = MOVES.apply(
                investigation,
                InvestigationStep.CLOSE_AND_LOG,
                closing(45, "WATER_THEFT", "Meter was reversed to steal water."));

        assertThat(investigation.step()).isEqualTo(InvestigationStep.CLOSE_AND_LOG);
        assertThat(investigation.checklist())
                .extracting(ChecklistResult::itemId)
                .containsExactly("HISTORY_OF_WATER_THEFT", "METER_REVERSED");
        assertThat(InvestigationRecord.of(investigation).conclusion())
                .isEqualTo("Valid alert: NON_CONTAMINATION (WATER_THEFT)");
    }

    @ParameterizedTest
    @EnumSource(
            value = AlertType.class,
            names = {"BACKFLOW", "TAMPER", "BACKFLOW_AND_TAMPER", "PRESSURE_LOW"})
    void figure61Step9ContaminationSuspectedNotifiesPerAlertType(AlertType type) {
        Investigation escalated = reviewed(type)
                .notShownInvalid(at(11))
                .contaminationNotRuledOut(at(12))
                .siteInspected(at(30))
                .signsOfContamination("Hoses and containers at the meter box.", "john", at(31));

        assertThat(escalated.step()).isEqualTo(InvestigationStep.CONTAMINATION_SUSPECTED);
        assertThat(escalated.step().terminal()).isTrue();
        var notified = ((Conclusion.Escalated) escalated.conclusion()).notified();
        // EPA section 6.1 Resolution: SRS manager always; table 6-2 Resolution: public health for
        // backflow, law enforcement for tampering
        assertThat(notified).contains(NotifiedParty.SRS_MANAGER);
        assertThat(notified.contains(NotifiedParty.PUBLIC_HEALTH))
                .isEqualTo(type == AlertType.BACKFLOW || type == AlertType.BACKFLOW_AND_TAMPER);
        assertThat(notified.contains(NotifiedParty.LAW_ENFORCEMENT))
                .isEqualTo(type == AlertType.TAMPER || type == AlertType.BACKFLOW_AND_TAMPER);
    }

    @Test
    void aStepOutOfOrderIsRefusedNamingFromAndTo() {
        assertThatThrownBy(() -> Alerts.opened(AlertType.BACKFLOW).siteInspected(at(3)))
                .isInstanceOf(InvestigationTransitions.IllegalInvestigationMove.class)
                .hasMessageContaining("from RECEIVE_ALERT (step 1)")
                .hasMessageContaining("to SIGNS_OF_CONTAMINATION (step 6)");
        assertThatThrownBy(() -> MOVES.apply(
                        Alerts.opened(AlertType.BACKFLOW),
                        InvestigationStep.CLOSE_AND_LOG,
                        closing(3, "NO_SUCH_CAUSE", "n")))
                .isInstanceOf(InvestigationTransitions.IllegalInvestigationMove.class);
    }

    @Test
    void aConcludedInvestigationMovesNowhere() {
        Investigation closed =
                reviewed(AlertType.BACKFLOW).close(CAUSES.require("ALGORITHM_ERROR"), "n", "jean", at(12));
        for (InvestigationStep to : InvestigationStep.values()) {
            assertThat(InvestigationTransitions.isAllowed(closed.step(), to)).isFalse();
        }
    }

    @Test
    void closingRefusesAnUnknownCauseNamingIt() {
        assertThatThrownBy(() -> MOVES.apply(
                        reviewed(AlertType.BACKFLOW), InvestigationStep.CLOSE_AND_LOG, closing(12, "GREMLINS", "n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cause: unknown cause 'GREMLINS'");
    }

    @Test
    void closingRefusesAMissingCauseOrMissingNotes() {
        assertThatThrownBy(() -> MOVES.apply(reviewed(AlertType.BACKFLOW), InvestigationStep.CLOSE_AND_LOG, by(12)))
                .hasMessageStartingWith("cause:");
        assertThatThrownBy(() -> MOVES.apply(
                        reviewed(AlertType.BACKFLOW),
                        InvestigationStep.CLOSE_AND_LOG,
                        closing(12, "ALGORITHM_ERROR", " ")))
                .hasMessageStartingWith("notes:");
    }

    @Test
    void aChecklistItemOfAnotherStepOrTypeIsRefusedNamingIt() {
        Investigation reviewing = Alerts.opened(AlertType.TAMPER).acknowledge("jean", at(1));
        assertThatThrownBy(() -> reviewing.record(
                        List.of(new ChecklistResult("METER_REVERSED", ChecklistResult.Finding.FOUND, "")),
                        Checklists.epaDefaults()))
                .hasMessageContaining("itemId: checklist item 'METER_REVERSED' belongs to step INSPECT_ON_SITE");
        assertThatThrownBy(() -> reviewing.record(
                        List.of(new ChecklistResult("WATER_SHUT_OFF", ChecklistResult.Finding.FOUND, "")),
                        Checklists.epaDefaults()))
                .hasMessageContaining("itemId: unknown checklist item 'WATER_SHUT_OFF' for TAMPER");
    }

    @Test
    void aMoveBeforeTheCurrentStepsTimeIsRefused() {
        assertThatThrownBy(() -> Alerts.opened(AlertType.BACKFLOW).acknowledge("jean", T))
                .hasMessageStartingWith("at: ");
    }
}

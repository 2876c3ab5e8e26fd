package org.headwater.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkOrderLifecycleTest {

    private static final Instant T = Instant.parse("2025-03-04T05:00:00Z");

    static WorkOrderContent content(WorkOrderType type, WorkPriority priority) {
        return new WorkOrderContent(
                type,
                "Check meter M-1",
                "continuous use",
                priority,
                "M-1",
                WorkLocation.of(null, "Z1"),
                "METER",
                1,
                List.of("read the register"),
                WorkEvidence.ofAlerts(List.of("a1"), List.of()));
    }

    private static WorkOrder draft() {
        return WorkOrder.draft(
                "WO-1",
                content(WorkOrderType.METER_CHECK, WorkPriority.HIGH),
                WorkSource.rule("r", "1"),
                ProblemKey.premise("PR-1"),
                T);
    }

    /** Approved by ann, sent, and taken by the CMMS as 1042 (version 6). */
    private static WorkOrder acknowledged() {
        return draft().submitForApproval(T.plusSeconds(1))
                .approve("ann", T.plusSeconds(2))
                .queue(T.plusSeconds(3))
                .sent(T.plusSeconds(4))
                .acknowledged("1042", T.plusSeconds(5));
    }

    @Test
    void anAssistedOrderWalksFromDraftToClosedAndEachStepRaisesTheVersion() {
        WorkOrder closed = acknowledged()
                .synced(WorkOrderStatus.IN_PROGRESS, null, null, T.plusSeconds(6))
                .synced(WorkOrderStatus.COMPLETED, null, "replaced washer", T.plusSeconds(7))
                .synced(WorkOrderStatus.CLOSED, null, null, T.plusSeconds(8));

        assertThat(closed.status()).isEqualTo(WorkOrderStatus.CLOSED);
        assertThat(closed.version()).isEqualTo(9);
        assertThat(closed.cmmsReference()).isEqualTo("1042");
        assertThat(closed.decidedBy()).isEqualTo("ann");
        assertThat(closed.closeOutNotes()).isEqualTo("replaced washer");
    }

    @Test
    void notesTheCrewWroteEarlierAreKeptWhenLaterChangesBringOtherOrNoNotes() {
        WorkOrder inProgress = acknowledged()
                .synced(WorkOrderStatus.IN_PROGRESS, null, "valve box buried under asphalt", T.plusSeconds(6));

        WorkOrder completed = inProgress
                .synced(WorkOrderStatus.COMPLETED, null, "replaced washer", T.plusSeconds(7))
                .synced(WorkOrderStatus.CLOSED, null, "  ", T.plusSeconds(8));

        assertThat(completed.closeOutNotes()).isEqualTo("valve box buried under asphalt\nreplaced washer");
        assertThat(completed.synced(WorkOrderStatus.CLOSED, null, "replaced washer", T.plusSeconds(9)))
                .as("notes the order already holds are not added twice")
                .isSameAs(completed);
        assertThat(inProgress
                        .synced(
                                WorkOrderStatus.COMPLETED,
                                null,
                                "valve box buried under asphalt; dug out, replaced washer",
                                T.plusSeconds(7))
                        .closeOutNotes())
                .as("a work log that grew replaces the shorter text it holds")
                .isEqualTo("valve box buried under asphalt; dug out, replaced washer");
    }

    @Test
    void aPersonCannotApproveADraftThatNeverEnteredTheQueue() {
        assertThatThrownBy(() -> draft().approve("ann", T))
                .isInstanceOf(WorkOrderTransitions.IllegalWorkOrderMove.class)
                .hasMessageContaining("WO-1")
                .hasMessageContaining("DRAFTED")
                .hasMessageContaining("APPROVED");
    }

    @Test
    void onlyAFreshDraftCanBeApprovedAutomatically() {
        assertThat(draft().approveAutomatically(T).decidedBy()).isEqualTo(WorkOrder.AUTOMATIC);
        assertThatThrownBy(() -> draft().submitForApproval(T).approveAutomatically(T))
                .isInstanceOf(WorkOrderTransitions.IllegalWorkOrderMove.class);
    }

    @Test
    void rejectingNeedsAReasonAndEndsTheOrder() {
        WorkOrder waiting = draft().submitForApproval(T);
        assertThatThrownBy(() -> waiting.reject("ann", " ", T)).hasMessageContaining("rejection reason");

        WorkOrder rejected = waiting.reject("ann", "meter replaced yesterday", T);
        assertThat(rejected.reason()).isEqualTo("meter replaced yesterday");
        assertThat(WorkOrderTransitions.allowedFrom(rejected.status())).isEmpty();
    }

    @Test
    void aFailedSendIsRetriedThroughTheQueue() {
        WorkOrder failed =
                draft().submitForApproval(T).approve("ann", T).queue(T).sendFailed("HTTP 503", T);
        assertThat(failed.reason()).isEqualTo("HTTP 503");
        assertThat(failed.queue(T).status()).isEqualTo(WorkOrderStatus.QUEUED);
    }

    @Test
    void anEditBeforeApprovalOrWhileTheCmmsHoldsTheOrderNamesEveryChangedFieldAndInTheOutboxIsRefused() {
        WorkOrder waiting = draft().submitForApproval(T);
        WorkOrderContent lower = content(WorkOrderType.METER_CHECK, WorkPriority.LOW);

        WorkOrder.Edited edited = waiting.edit(lower, T.plusSeconds(1));
        assertThat(edited.changes()).containsExactly(new FieldChange("priority", "HIGH", "LOW"));
        assertThat(edited.order().version()).isEqualTo(waiting.version() + 1);
        assertThat(waiting.edit(waiting.content(), T).changes()).isEmpty();

        WorkOrder queued = waiting.approve("ann", T).queue(T);
        assertThatThrownBy(() -> queued.edit(lower, T)).hasMessageContaining("can no longer be edited");
        WorkOrder acknowledged = queued.sent(T).acknowledged("1001", T);
        assertThat(acknowledged.edit(lower, T).changes()).containsExactly(new FieldChange("priority", "HIGH", "LOW"));
        WorkOrder completed = acknowledged.synced(WorkOrderStatus.COMPLETED, null, null, T);
        assertThatThrownBy(() -> completed.edit(lower, T)).hasMessageContaining("can no longer be edited");
    }

    @Test
    void evidenceAboutTheSameProblemIsAttachedOnce() {
        WorkOrder order = draft();
        WorkEvidence second = WorkEvidence.ofAlerts(List.of("a2"), List.of());

        WorkOrder attached = order.attach(second, T);
        assertThat(attached.content().evidence().alertIds()).containsExactly("a1", "a2");
        assertThat(attached.attach(second, T)).isSameAs(attached);
    }

    @Test
    void aClockThatStepsBackNeverMakesAnOrderUpdatedBeforeItWasCreated() {
        WorkOrder order = draft().submitForApproval(T.minusSeconds(60));
        assertThat(order.updatedAt()).isEqualTo(T);
    }

    @Test
    void everyStatusIsInTheTableAndOnlyTerminalOnesHaveNoWayOut() {
        for (WorkOrderStatus status : WorkOrderStatus.values()) {
            assertThat(WorkOrderTransitions.allowedFrom(status).isEmpty())
                    .as("%s", status)
                    .isEqualTo(status.terminal());
        }
        assertThat(EnumSet.allOf(WorkOrderStatus.class).stream().filter(WorkOrderStatus::open))
                .doesNotContain(WorkOrderStatus.COMPLETED, WorkOrderStatus.CLOSED, WorkOrderStatus.CANCELLED);
    }

    @Test
    void contentRefusesAMissingTitleAnOverlongTitleAndAnImpossibleDurationNamingTheField() {
        assertThatThrownBy(() -> repair(" ", 1)).hasMessageStartingWith("title:");
        assertThatThrownBy(() -> repair("x".repeat(201), 1)).hasMessageStartingWith("title:");
        assertThatThrownBy(() -> repair("Fix", Double.NaN)).hasMessageStartingWith("predictedDurationHours:");
        assertThatThrownBy(() -> repair("Fix", 0)).hasMessageStartingWith("predictedDurationHours:");
    }

    private static WorkOrderContent repair(String title, double hours) {
        return new WorkOrderContent(
                WorkOrderType.REPAIR,
                title,
                "",
                WorkPriority.LOW,
                null,
                WorkLocation.UNKNOWN,
                "D",
                hours,
                List.of(),
                WorkEvidence.NONE);
    }
}

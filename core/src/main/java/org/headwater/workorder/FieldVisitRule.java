package org.headwater.workorder;

import java.util.List;
import java.util.Optional;
import org.headwater.investigate.ChecklistItem;
import org.headwater.investigate.Checklists;
import org.headwater.investigate.InvestigatedAlert;
import org.headwater.investigate.Investigation;
import org.headwater.investigate.InvestigationStep;

/**
 * EPA figure 6-1 step 5 ("inspect meter and conduct an on-site investigation") drafts the field visit, with the
 * on-site items of the alert type's checklist (table 6-2 and section 6.1) for the crew to work through.
 */
public final class FieldVisitRule {

    public static final WorkSource SOURCE = WorkSource.rule("field-visit", "1");
    private static final double VISIT_HOURS = 2;

    private final Checklists checklists;

    public FieldVisitRule(Checklists checklists) {
        this.checklists = checklists;
    }

    public Optional<Draft> draft(Investigation investigation) {
        if (investigation.step() != InvestigationStep.INSPECT_ON_SITE) {
            return Optional.empty();
        }
        InvestigatedAlert subject = investigation.subject();
        List<String> onSite = checklists.forType(subject.type()).stream()
                .filter(item -> item.step().number() >= InvestigationStep.INSPECT_ON_SITE.number())
                .map(ChecklistItem::text)
                .toList();
        String where = subject.sourceId();
        WorkEvidence evidence = new WorkEvidence(
                subject.alertIds(),
                subject.incidentId(),
                investigation.id(),
                InvestigationStep.INSPECT_ON_SITE.number(),
                null,
                List.of(),
                List.of());
        WorkOrderContent content = new WorkOrderContent(
                WorkOrderType.INSPECTION,
                "Field investigation of " + words(subject) + " at " + where,
                "Investigation " + investigation.id() + " reached EPA figure 6-1 step 5: "
                        + InvestigationStep.INSPECT_ON_SITE.guideWording() + " Alert raised "
                        + subject.alertTime() + " by " + subject.detector() + ".",
                subject.type().defaultSeverity().compareTo(org.headwater.alert.Severity.HIGH) >= 0
                        ? WorkPriority.HIGH
                        : WorkPriority.MEDIUM,
                where,
                WorkLocation.of(subject.location(), subject.zoneId()),
                WorkOrderType.INSPECTION.usualCrew().name(),
                VISIT_HOURS,
                onSite,
                evidence);
        return Optional.of(new Draft(content, SOURCE, ProblemKey.investigation(investigation.id())));
    }

    static String words(InvestigatedAlert subject) {
        return subject.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " alert";
    }
}

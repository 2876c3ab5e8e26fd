package org.headwater.app.investigate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertState;
import org.headwater.alert.Alerts;
import org.headwater.alert.Incident;
import org.headwater.alert.Incidents;
import org.headwater.app.alert.AlertPipeline;
import org.headwater.app.config.WallClock;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditTrail;
import org.headwater.investigate.InvestigatedAlert;
import org.headwater.investigate.Investigation;
import org.headwater.investigate.InvestigationMoves;
import org.headwater.investigate.InvestigationStep;
import org.headwater.investigate.Investigations;
import org.headwater.investigate.StepInput;
import org.springframework.stereotype.Component;

/**
 * Opens investigations for incidents or lone alerts and moves them through figure 6-1, saving each
 * move; closing (step 8) closes the investigated alerts so their conditions can alert again.
 */
@Component
public class InvestigationDesk {

    private final Investigations investigations;
    private final InvestigationMoves moves;
    private final Alerts alerts;
    private final Incidents incidents;
    private final AlertPipeline pipeline;
    private final WallClock clock;
    private final AuditTrail audit;
    private final List<InvestigationFollowUp> followUps;

    InvestigationDesk(
            Investigations investigations,
            InvestigationMoves moves,
            Alerts alerts,
            Incidents incidents,
            AlertPipeline pipeline,
            WallClock clock,
            AuditTrail audit,
            List<InvestigationFollowUp> followUps) {
        this.audit = audit;
        this.followUps = List.copyOf(followUps);
        this.investigations = investigations;
        this.moves = moves;
        this.alerts = alerts;
        this.incidents = incidents;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    /**
     * Step 1: opens an investigation of the incident or alert {@code subjectId}; refuses a second
     * open investigation of the same subject.
     */
    public Investigation open(String subjectId) {
        InvestigatedAlert subject = subject(subjectId);
        investigations.about(subjectId).stream()
                .filter(Investigation::open)
                .findFirst()
                .ifPresent(running -> {
                    throw new IllegalArgumentException(
                            "subject: " + subjectId + " is already under investigation " + running.id());
                });
        // Opening is a person's action: wall-clock time, also in the demo's replay.
        Investigation opened = Investigation.open("inv-" + UUID.randomUUID(), subject, clock.now());
        investigations.save(opened);
        return opened;
    }

    public Investigation find(String id) {
        return investigations.find(id).orElseThrow(() -> new NoSuchElementException("no investigation " + id));
    }

    /** Moves investigation {@code id} to {@code to}; at step 8 its alerts are closed and forgotten by the detectors. */
    public Investigation move(String id, InvestigationStep to, StepInput input) {
        Investigation moved = moves.apply(find(id), to, input);
        investigations.save(moved);
        // Every step of figure 6-1 is a human action the audit trail keeps (issue: who did what, when).
        Map<String, String> details = new LinkedHashMap<>();
        details.put("step", to.name());
        if (input.cause() != null) {
            details.put("cause", input.cause());
        }
        details.put("checklist_items", Integer.toString(input.checklist().size()));
        audit.append(input.by(), AuditAction.INVESTIGATION_STEP, id, details);
        if (moved.step() == InvestigationStep.CLOSE_AND_LOG) {
            closeAlerts(moved.subject().alertIds());
        }
        followUps.forEach(f -> f.moved(moved));
        return moved;
    }

    /** The incident an investigation is about, if its subject is one. */
    public Optional<Incident> incidentOf(Investigation investigation) {
        String incidentId = investigation.subject().incidentId();
        return incidentId == null ? Optional.empty() : incidents.find(incidentId);
    }

    /** The first alert of the subject: the one whose evidence the data review starts from. */
    public Alert firstAlert(Investigation investigation) {
        return alert(investigation.subject().alertIds().getFirst());
    }

    private void closeAlerts(List<String> alertIds) {
        for (String alertId : alertIds) {
            alerts.find(alertId).filter(a -> a.state() != AlertState.CLOSED).ifPresent(alert -> {
                Alert closed = alert.moveTo(AlertState.CLOSED);
                alerts.update(closed);
                pipeline.forget(closed);
            });
        }
    }

    private InvestigatedAlert subject(String subjectId) {
        Incident incident = incidents.find(subjectId).orElse(null);
        if (incident != null) {
            return InvestigatedAlert.of(incident, alert(incident.alertIds().getFirst()));
        }
        return InvestigatedAlert.of(alert(subjectId));
    }

    private Alert alert(String alertId) {
        return alerts.find(alertId).orElseThrow(() -> new NoSuchElementException("no alert or incident " + alertId));
    }
}

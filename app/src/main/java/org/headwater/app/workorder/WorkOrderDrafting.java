package org.headwater.app.workorder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertEvent;
import org.headwater.alert.Alerts;
import org.headwater.alert.Incident;
import org.headwater.alert.Incidents;
import org.headwater.app.delivery.DeliveryConsumer;
import org.headwater.delivery.DeliveredEvent;
import org.headwater.delivery.NotReadyYet;
import org.headwater.delivery.RecordedAlert;
import org.headwater.delivery.Topic;
import org.headwater.workorder.AlertDraftRules;
import org.headwater.workorder.Draft;
import org.headwater.workorder.MainBreakInspectionRule;
import org.headwater.workorder.WorkOrderDrafter;

/**
 * The {@code work-orders} consumer: each raised alert drafts the work it calls for, and once it has been grouped, an
 * incident that became a distribution-system event drafts a main-break inspection. Drafting is idempotent (one order
 * per problem), so a redelivered alert changes nothing.
 */
final class WorkOrderDrafting implements DeliveryConsumer {

    private final WorkOrderDrafter drafter;
    private final Incidents incidents;
    private final Alerts alerts;
    private final AlertDraftRules alertRules = new AlertDraftRules();
    private final MainBreakInspectionRule mainBreaks = new MainBreakInspectionRule();

    WorkOrderDrafting(WorkOrderDrafter drafter, Incidents incidents, Alerts alerts) {
        this.drafter = drafter;
        this.incidents = incidents;
        this.alerts = alerts;
    }

    @Override
    public String name() {
        return "work-orders";
    }

    @Override
    public Topic topic() {
        return Topic.ALERTS;
    }

    @Override
    public void accept(DeliveredEvent event) {
        if (!(((RecordedAlert) event).event() instanceof AlertEvent.AlertRaised raised)) {
            return;
        }
        Alert alert = raised.alert();
        // grouping is another consumer: until it has seen this alert, the delivery path asks again shortly
        Incident incident = incidents
                .containing(alert.id())
                .orElseThrow(() -> new NotReadyYet(
                        "alert " + alert.id() + " is not grouped into an incident yet; drafting waits for it"));
        List<Draft> drafts = new ArrayList<>(alertRules.draft(alert));
        mainBreaks.draft(incident, members(incident)).ifPresent(drafts::add);
        drafts.forEach(drafter::submit);
    }

    private List<Alert> members(Incident incident) {
        return incident.alertIds().stream()
                .map(alerts::find)
                .flatMap(Optional::stream)
                .toList();
    }
}

package org.headwater.app.notify;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.headwater.alert.AlertEvent;
import org.headwater.app.alert.AlertAcknowledged;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditTrail;
import org.headwater.notify.Acknowledgement;
import org.headwater.notify.AlertSummary;
import org.headwater.notify.Channel;
import org.headwater.notify.Contact;
import org.headwater.notify.Contacts;
import org.headwater.notify.DeliveryFailed;
import org.headwater.notify.Escalation;
import org.headwater.notify.EscalationClock;
import org.headwater.notify.EscalationStep;
import org.headwater.notify.Notice;
import org.headwater.notify.Notification;
import org.headwater.notify.NotificationState;
import org.headwater.notify.Notifications;
import org.headwater.notify.OpenEscalations;
import org.headwater.notify.Page;
import org.headwater.notify.Period;
import org.headwater.notify.Sender;
import org.springframework.context.event.EventListener;

/**
 * Starts an escalation for each routed alert, pages roles as the {@link EscalationClock} says,
 * delivers due notifications with retries, and stops everything on acknowledgement. Paging and delivery
 * run on the notification worker ({@link #tick}), never on the thread that raised the alert, so a slow
 * mail server cannot hold up ingestion; open escalations are stored, so a restart continues them.
 */
public final class EscalationDesk {

    static final String ACTOR = "system:notify";

    private final NotifySettings settings;
    private final EscalationClock clock;
    private final Notifications notifications;
    private final Contacts contacts;
    private final Map<Channel, Sender> senders = new EnumMap<>(Channel.class);
    private final AuditTrail trail;
    private final OpenEscalations stored;
    private final Map<String, Escalation> open = new ConcurrentHashMap<>();
    private final Map<String, Set<Channel>> channelsByAlert = new ConcurrentHashMap<>();
    private volatile Runnable wakeWorker = this::tick;

    public EscalationDesk(
            NotifySettings settings,
            EscalationClock clock,
            Notifications notifications,
            Contacts contacts,
            List<Sender> senders,
            AuditTrail trail,
            OpenEscalations stored) {
        this.settings = settings;
        this.clock = clock;
        this.notifications = notifications;
        this.contacts = contacts;
        senders.forEach(s -> this.senders.put(s.channel(), s));
        this.trail = trail;
        this.stored = stored;
        for (OpenEscalations.Open restored : stored.all()) {
            open.put(restored.escalation().alert().alertId(), restored.escalation());
            channelsByAlert.put(restored.escalation().alert().alertId(), restored.channels());
        }
    }

    /** How a new alert wakes the worker that pages and delivers; without one, it is done on the caller's thread. */
    public void wakeWorkerWith(Runnable wake) {
        this.wakeWorker = wake;
    }

    /** Escalations in progress, by alert id (for the operator's view and tests). */
    public Set<String> openAlertIds() {
        return Set.copyOf(open.keySet());
    }

    /**
     * Backflow and tamper are paged on the spot (table 6-2), not on the next tick. Delivered at least
     * once (the {@code escalation} consumer): an alert already escalating is not started again.
     */
    public void onAlert(AlertEvent event) {
        if (!(event instanceof AlertEvent.AlertRaised raised) || open.containsKey(raised.alertId())) {
            return;
        }
        AlertSummary alert = AlertSummary.of(raised.alert());
        Period period = settings.schedule().periodAt(clock.now());
        Set<Channel> channels = settings.routing().channelsFor(alert, period);
        if (channels.isEmpty()) {
            return;
        }
        Escalation started = Escalation.start(alert, settings.escalation().chainFor(alert.type(), period), clock.now());
        stored.save(new OpenEscalations.Open(started, channels));
        channelsByAlert.put(alert.alertId(), channels);
        open.put(alert.alertId(), started);
        wakeWorker.run();
    }

    @EventListener
    public void onAcknowledged(AlertAcknowledged acknowledged) {
        String alertId = acknowledged.alert().id();
        notifications.acknowledge(new Acknowledgement(alertId, acknowledged.acknowledgedBy(), clock.now()));
        open.remove(alertId);
        channelsByAlert.remove(alertId);
        stored.remove(alertId);
        for (Notification n : notifications.forAlert(alertId)) {
            if (n.state() != NotificationState.ACKNOWLEDGED) {
                notifications.save(n.acknowledged(clock.now()));
            }
        }
    }

    /** The roles of the default escalation chain for this part of the week, first to last. */
    public List<String> chainRolesNow() {
        Period period = settings.schedule().periodAt(clock.now());
        return settings.escalation().defaultChain(period).steps().stream()
                .map(EscalationStep::role)
                .toList();
    }

    /**
     * Pages everyone in the notice's role at once, each on their contact's channel, for pages that are not about an
     * alert (a work order waiting for approval past its deadline). Each delivery is audited; a failed one is not
     * retried here: whoever calls pages the next level if nobody acts.
     *
     * @return how many people were reached
     */
    public int page(Notice notice) {
        int reached = 0;
        for (Contact contact : contacts.byRole(notice.role())) {
            Map<String, String> details = new java.util.LinkedHashMap<>();
            details.put("notice", notice.kind());
            details.put("contact", contact.id());
            details.put("channel", contact.channel().name());
            details.put("role", notice.role());
            details.put("level", Integer.toString(notice.level()));
            Sender sender = senders.get(contact.channel());
            try {
                if (sender == null) {
                    throw new DeliveryFailed("no sender configured for " + contact.channel());
                }
                sender.send(notice, contact);
                trail.append(ACTOR, AuditAction.NOTIFICATION_SENT, notice.subjectId(), details);
                reached++;
            } catch (DeliveryFailed e) {
                details.put("error", e.getMessage());
                trail.append(ACTOR, AuditAction.NOTIFICATION_FAILED, notice.subjectId(), details);
            }
        }
        return reached;
    }

    /** One step: page whoever is due, then deliver whatever is due. */
    public synchronized void tick() {
        for (Escalation escalation : open.values()) {
            EscalationClock.Tick tick = clock.step(escalation);
            if (tick.pages().isEmpty()) {
                continue;
            }
            String alertId = escalation.alert().alertId();
            if (open.computeIfPresent(alertId, (id, old) -> tick.escalation()) != null) {
                stored.save(
                        new OpenEscalations.Open(tick.escalation(), channelsByAlert.getOrDefault(alertId, Set.of())));
            }
            tick.pages().forEach(page -> page(escalation.alert(), page));
        }
        for (Notification due : notifications.due(clock.now(), 100)) {
            deliver(due);
        }
    }

    private void page(AlertSummary alert, Page page) {
        if (page.kind() != Page.Kind.FIRST) {
            trail.append(
                    ACTOR,
                    AuditAction.ALERT_ESCALATED,
                    alert.alertId(),
                    Map.of("role", page.role(), "kind", page.kind().name(), "step", Integer.toString(page.step())));
        }
        Set<Channel> channels = channelsByAlert.getOrDefault(alert.alertId(), Set.of());
        for (Contact contact : contacts.byRole(page.role())) {
            if (channels.contains(contact.channel())) {
                notifications.save(
                        Notification.pending(UUID.randomUUID().toString(), alert, contact, page, clock.now()));
            }
        }
    }

    private void deliver(Notification due) {
        Sender sender = senders.get(due.channel());
        Contact contact = contacts.byId(due.contactId()).orElse(null);
        try {
            if (sender == null || contact == null) {
                throw new DeliveryFailed(
                        sender == null
                                ? "no sender configured for " + due.channel()
                                : "contact " + due.contactId() + " is gone");
            }
            sender.send(due, contact);
            notifications.save(due.sent(clock.now()));
            trail.append(ACTOR, AuditAction.NOTIFICATION_SENT, due.alert().alertId(), details(due));
        } catch (DeliveryFailed e) {
            Notification failed = due.failed(e.getMessage(), settings.retry(), clock.now());
            notifications.save(failed);
            Map<String, String> details = new java.util.LinkedHashMap<>(details(failed));
            details.put("error", e.getMessage());
            trail.append(ACTOR, AuditAction.NOTIFICATION_FAILED, due.alert().alertId(), details);
        }
    }

    private static Map<String, String> details(Notification n) {
        // The contact is named by id: its address is personal data and stays in the contact table.
        return Map.of(
                "notification", n.id(),
                "contact", n.contactId(),
                "channel", n.channel().name(),
                "state", n.state().name(),
                "attempts", Integer.toString(n.attempts()));
    }
}

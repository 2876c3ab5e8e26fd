package org.headwater.detect.incident;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertType;

/**
 * Which alert types may share an incident, under which relation and how close in time, and the words
 * that say why (recorded on the incident for every member that joins). Types not paired here never
 * share an incident, however close they are: being in one zone is not a reason for a backflow and a
 * water-quality change to be one event.
 *
 * <ul>
 *   <li>customer use (leaks, high and low use): only at the same meter or premise;
 *   <li>the same kind of alert (backflow, non-reporting, pressure ...): nearby ({@link Proximity#relation});
 *       hydraulic ones (backflow, pressure, water quality, night flow) also within the pattern window;
 *   <li>tampering with backflow or other tampering: only at the same meter or premise (EPA section 2:
 *       backflow and tamper at one premise is possible intentional contamination);
 *   <li>pressure with backflow, with a water-quality change, or with DMA night flow: nearby and within
 *       {@link GroupingRules#patternWindow()} of each other (distribution system event, intrusion, burst);
 *   <li>a leak located by the network model (LEAK_BURST) with pressure alerts or DMA night flow: nearby and
 *       within the pattern window (a burst);
 *   <li>backflow with a water-quality change: hydraulically connected only ({@link
 *       Proximity#hydraulicRelation}) and within the pattern window (a contamination pattern).
 * </ul>
 */
public final class IncidentPatterns {

    private static final Set<AlertType> TAMPER_STORY =
            Set.of(AlertType.TAMPER, AlertType.REVERSED_METER, AlertType.BACKFLOW_AND_TAMPER, AlertType.BACKFLOW);
    private static final Set<AlertType> BACKFLOWS = Set.of(AlertType.BACKFLOW, AlertType.BACKFLOW_AND_TAMPER);

    private final GroupingRules rules;
    private final Proximity proximity;

    public IncidentPatterns(GroupingRules rules, Proximity proximity) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.proximity = Objects.requireNonNull(proximity, "proximity");
    }

    /** Why {@code joining} may share an incident with {@code member}, or empty when it may not. */
    public Optional<String> whyTogether(Alert joining, Alert member) {
        return pattern(joining, member)
                .map(why -> joining.type() + " at " + joining.sourceId() + " with " + member.type() + " at "
                        + member.sourceId() + ": " + why);
    }

    private Optional<String> pattern(Alert joining, Alert member) {
        AlertType a = joining.type();
        AlertType b = member.type();
        boolean customerUse = a.family() == AlertType.Family.CUSTOMER_USE;
        if (customerUse || b.family() == AlertType.Family.CUSTOMER_USE) {
            return customerUse && a.family() == b.family()
                    ? Proximity.samePlace(joining, member).map(how -> how + "; customer use at one premise")
                    : Optional.empty();
        }
        if (sameKind(a, b)) {
            // Hydraulic events at several places are one event only when they happen together.
            Optional<String> nearby = proximity.relation(joining, member);
            return (a.family() == AlertType.Family.HYDRAULIC ? inWindow(joining, member, nearby) : nearby)
                    .map(how -> how + "; " + severalOf(a));
        }
        boolean tampering = a.family() == AlertType.Family.TAMPER || b.family() == AlertType.Family.TAMPER;
        if (tampering && TAMPER_STORY.contains(a) && TAMPER_STORY.contains(b)) {
            return Proximity.samePlace(joining, member)
                    .map(how -> how + "; "
                            + (BACKFLOWS.contains(a) || BACKFLOWS.contains(b)
                                    ? "backflow and tampering at one premise: possible intentional contamination"
                                            + " (EPA section 2)"
                                    : "tampering signs at one premise"));
        }
        if (either(a, b, AlertType::isPressure, BACKFLOWS::contains)) {
            return inWindow(joining, member, proximity.relation(joining, member))
                    .map(how -> how + "; pressure loss and backflow in one area: a distribution system event"
                            + " (EPA section 6.1)");
        }
        if (either(a, b, AlertType::isPressure, t -> t == AlertType.WATER_QUALITY_EVENT)) {
            return inWindow(joining, member, proximity.relation(joining, member))
                    .map(how -> how + "; pressure change and water-quality change in one area: low pressure can"
                            + " draw contaminants in");
        }
        if (either(a, b, AlertType::isPressure, t -> t == AlertType.DMA_NIGHT_FLOW)) {
            return inWindow(joining, member, proximity.relation(joining, member))
                    .map(how -> how + "; night flow up and pressure down in one area: a burst");
        }
        if (either(a, b, t -> t == AlertType.LEAK_BURST, t -> t.isPressure() || t == AlertType.DMA_NIGHT_FLOW)) {
            return inWindow(joining, member, proximity.relation(joining, member))
                    .map(how -> how + "; the network model located a leak where pressure or night flow also"
                            + " changed: a burst");
        }
        if (either(a, b, BACKFLOWS::contains, t -> t == AlertType.WATER_QUALITY_EVENT)) {
            return inWindow(joining, member, proximity.hydraulicRelation(joining, member))
                    .map(how -> how + "; backflow where water reaches a water-quality change: a contamination"
                            + " pattern (EPA section 2)");
        }
        return Optional.empty();
    }

    private static boolean sameKind(AlertType a, AlertType b) {
        return a == b || (a.isPressure() && b.isPressure());
    }

    private static String severalOf(AlertType type) {
        return switch (type) {
            case BACKFLOW -> "backflow at several meters nearby (EPA section 6.1)";
            case NON_REPORTING -> "meters silent together nearby: a power or communications outage";
            default -> type.isPressure() ? "pressure alerts nearby" : "the same kind of alert nearby";
        };
    }

    private static boolean either(
            AlertType a,
            AlertType b,
            java.util.function.Predicate<AlertType> first,
            java.util.function.Predicate<AlertType> second) {
        return (first.test(a) && second.test(b)) || (first.test(b) && second.test(a));
    }

    private Optional<String> inWindow(Alert joining, Alert member, Optional<String> relation) {
        Duration apart = Duration.between(member.time(), joining.time()).abs();
        if (apart.compareTo(rules.patternWindow()) > 0) {
            return Optional.empty();
        }
        return relation.map(how -> how + ", " + apart.toMinutes() + " min apart");
    }
}

package org.headwater.investigate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.headwater.alert.Alert;
import org.headwater.alert.AlertType;
import org.headwater.alert.CauseHint;
import org.headwater.telemetry.AlarmCode;

/**
 * Suggests causes of EPA table 6-1 from an alert and the facts of its data review (figure 6-1 step 2),
 * most likely first ("structured to consider the most likely causes first", section 6.1). Every rule
 * names the guide statement it is written from; causes the utility removed from its catalogue are
 * never suggested.
 */
public final class LikelyCauses {

    private static final String DATA_REVIEW = "EPA section 6.1, Data Review: ";

    private final CauseCatalogue catalogue;

    public LikelyCauses(CauseCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<LikelyCause> suggest(Alert alert, EvidenceFacts facts) {
        Suggestions suggestions = new Suggestions();
        CauseHint hint = alert.causeHint();
        if (hint != null) {
            String why = "detector " + alert.detector() + " saw a likely " + hint + " cause";
            if (alert.type() == AlertType.REVERSED_METER) {
                suggestions.add(
                        "METER_INSTALLED_BACKWARDS",
                        why + ": a steady mirror image of normal use",
                        "EPA table 6-1, Employee Error: \"installed a meter backwards\"");
            }
            catalogue.ofCategory(hint).forEach(c -> suggestions.add(c.code(), why, "EPA table 6-1, " + hint));
        }
        boolean serviced =
                facts.meterRecentlyInstalledOrServiced() || facts.alarms().contains(AlarmCode.METER_REPLACED);
        if (serviced) {
            for (String code : List.of("METER_INSTALLED_BACKWARDS", "WIRE_CUT_BY_STAFF", "METER_MOVED_UNREPORTED")) {
                suggestions.add(
                        code,
                        "the meter was installed, replaced or serviced recently",
                        DATA_REVIEW
                                + "\"records of recent meter installation or maintenance of the meter could point to"
                                + " invalid alerts that are employee error causes\"");
            }
        }
        if (facts.alarms().contains(AlarmCode.CUT_WIRE)) {
            suggestions.add(
                    "FLOODING_FREEZING_OR_ANIMALS",
                    "the meter reported a cut wire",
                    "EPA figure 6-2, third record: \"Invalid alert: Environmental. Loose wire.\"");
        }
        if (facts.alarms().contains(AlarmCode.LOW_BATTERY) || alert.type() == AlertType.NON_REPORTING) {
            suggestions.add(
                    "COMMUNICATIONS_OR_POWER_FAILURE",
                    "low battery or missing transmissions",
                    DATA_REVIEW + "invalid alerts are identified by reviewing \"instrument alerts, the status of the"
                            + " communications system\"");
        }
        if (isBackflow(alert.type()) && (facts.otherBackflowMetersInZone() > 0 || facts.pressureEventsInZone() > 0)) {
            String why = backflowAndPressure(facts) + " in zone " + alert.zoneId();
            String source = DATA_REVIEW + "\"if backflow alerts are received from multiple meters [...] or if abnormal"
                    + " pressure data is observed in the area, then backflow is likely caused by a distribution system issue\"";
            suggestions.add("SYSTEM_ACTIVITY", why, source);
            suggestions.add("OPERATIONAL_CHANGE", why, source);
        }
        if (facts.workNearby()) {
            String source =
                    DATA_REVIEW + "\"system activities or operational changes such as flushing, hydrant testing,"
                            + " changes in nearby valving or pumping [...] may also suggest a distribution system disturbance\"";
            suggestions.add("SYSTEM_ACTIVITY", "utility work near the location", source);
            suggestions.add("OPERATIONAL_CHANGE", "utility work near the location", source);
        }
        if (alert.type().family() == AlertType.Family.TAMPER && facts.accountHistoryOfTampering()) {
            suggestions.add(
                    "WATER_THEFT",
                    "the account has a history of tampering or water theft",
                    "EPA table 6-2, Data Review, Tampering: \"check for customer potential to cause the alert or history"
                            + " of water theft\"; table 6-3, Customer Service");
        }
        return suggestions.list();
    }

    private static String backflowAndPressure(EvidenceFacts facts) {
        List<String> parts = new ArrayList<>();
        if (facts.otherBackflowMetersInZone() > 0) {
            parts.add(
                    count(facts.otherBackflowMetersInZone(), "other meter", "other meters") + " with backflow alerts");
        }
        if (facts.pressureEventsInZone() > 0) {
            parts.add(count(facts.pressureEventsInZone(), "pressure alert", "pressure alerts"));
        }
        return String.join(" and ", parts);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static boolean isBackflow(AlertType type) {
        return type == AlertType.BACKFLOW || type == AlertType.BACKFLOW_AND_TAMPER;
    }

    /** Suggestions in first-suggested order, each cause once with all its reasons. */
    private final class Suggestions {
        private final Map<String, List<LikelyCause.Reason>> reasons = new LinkedHashMap<>();

        void add(String code, String why, String source) {
            if (catalogue.find(code).isPresent()) {
                reasons.computeIfAbsent(code, c -> new ArrayList<>()).add(new LikelyCause.Reason(why, source));
            }
        }

        List<LikelyCause> list() {
            return reasons.entrySet().stream()
                    .map(e -> new LikelyCause(catalogue.require(e.getKey()), e.getValue()))
                    .toList();
        }
    }
}

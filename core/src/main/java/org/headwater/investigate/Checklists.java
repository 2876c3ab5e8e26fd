package org.headwater.investigate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.headwater.alert.AlertType;

/**
 * The investigation checklist of each alert type: EPA table 6-2 ("Differences in Key Action Examples
 * for Backflow and Tampering") and the field lists of section 6.1, editable per utility ("the AMI
 * Alert Investigation Procedure Template contains an editable AMI alert investigation checklist",
 * section 6.2). Immutable.
 */
public final class Checklists {

    private static final String FIELD = "EPA section 6.1, Field Investigation";
    private static final String TABLE_62 = "EPA table 6-2, ";

    private final Map<AlertType, List<ChecklistItem>> byType;

    private Checklists(Map<AlertType, List<ChecklistItem>> byType) {
        this.byType = Map.copyOf(byType);
    }

    /** The guide's checklists: every type gets the common field list, backflow and tamper their own items. */
    public static Checklists epaDefaults() {
        Map<AlertType, List<ChecklistItem>> byType = new EnumMap<>(AlertType.class);
        for (AlertType type : AlertType.values()) {
            List<ChecklistItem> items = new ArrayList<>();
            boolean backflow = type == AlertType.BACKFLOW || type == AlertType.BACKFLOW_AND_TAMPER;
            boolean tamper = type.family() == AlertType.Family.TAMPER;
            if (backflow) {
                items.addAll(backflowDataReview());
            }
            if (tamper) {
                items.addAll(tamperDataReview());
            }
            items.addAll(arrivalOnSite());
            if (backflow) {
                items.addAll(backflowOnSite());
            }
            if (tamper) {
                items.addAll(tamperOnSite());
            }
            items.addAll(potentialCausesOnSite());
            byType.put(type, List.copyOf(items));
        }
        return new Checklists(byType);
    }

    /** The checklist of {@code type}, data-review items first. */
    public List<ChecklistItem> forType(AlertType type) {
        return byType.getOrDefault(type, List.of());
    }

    /** These checklists with {@code item} added to (or replacing the item of the same id in) {@code type}'s list. */
    public Checklists with(AlertType type, ChecklistItem item) {
        List<ChecklistItem> items = new ArrayList<>(forType(type));
        int existing = indexOf(items, item.id());
        if (existing >= 0) {
            items.set(existing, item);
        } else {
            items.add(item);
        }
        return replaced(type, items);
    }

    /** These checklists without item {@code itemId} of {@code type}; refuses an id the list does not hold. */
    public Checklists without(AlertType type, String itemId) {
        List<ChecklistItem> items = new ArrayList<>(forType(type));
        items.remove(require(type, itemId));
        return replaced(type, items);
    }

    /** @throws IllegalArgumentException naming the item and the type when the checklist does not hold it */
    public ChecklistItem require(AlertType type, String itemId) {
        List<ChecklistItem> items = forType(type);
        int index = indexOf(items, itemId);
        if (index < 0) {
            throw new IllegalArgumentException("itemId: unknown checklist item '" + itemId + "' for " + type);
        }
        return items.get(index);
    }

    private Checklists replaced(AlertType type, List<ChecklistItem> items) {
        Map<AlertType, List<ChecklistItem>> next = new EnumMap<>(byType);
        next.put(type, List.copyOf(items));
        return new Checklists(next);
    }

    private static int indexOf(List<ChecklistItem> items, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static ChecklistItem review(String id, String text, String source) {
        return new ChecklistItem(id, InvestigationStep.REVIEW_DATA, text, source);
    }

    private static ChecklistItem onSite(String id, String text, String source) {
        return new ChecklistItem(id, InvestigationStep.INSPECT_ON_SITE, text, source);
    }

    private static List<ChecklistItem> backflowDataReview() {
        String source = TABLE_62 + "Data Review, Backflow";
        return List.of(
                review("OTHER_BACKFLOW_ALERTS_IN_AREA", "Other backflow alerts in the area?", source),
                review("PRESSURE_DROPS_OR_SPIKES", "Drops or spikes in system pressure?", source),
                review(
                        "SYSTEM_ACTIVITY_IN_AREA",
                        "Flushing, hydrant testing, valve operations, mainline breaks or firefighting in the area?",
                        source));
    }

    private static List<ChecklistItem> tamperDataReview() {
        String source = TABLE_62 + "Data Review, Tampering";
        return List.of(
                review("CUSTOMER_POTENTIAL_TO_CAUSE", "Customer potential to cause the alert?", source),
                review("HISTORY_OF_WATER_THEFT", "History of water theft on the account?", source));
    }

    private static List<ChecklistItem> arrivalOnSite() {
        String source = FIELD + " (on arrival, before proceeding)";
        return List.of(
                onSite(
                        "SAFETY_MEASURES",
                        "PPE worn, staff on site or standing by, police escort requested if suspicious?",
                        FIELD),
                onSite("PERPETRATORS_ON_SITE", "Perpetrators still on site?", source),
                onSite(
                        "SUSPICIOUS_VEHICLES_OR_EQUIPMENT",
                        "Suspicious vehicles or equipment (containers, hoses, discarded PPE)?",
                        source),
                onSite("UNUSUAL_VAPORS_OR_ODORS", "Unusual vapors or odors?", source),
                onSite("DEAD_OR_DISTRESSED_LIFE", "Dead or distressed vegetation or animals?", source));
    }

    private static List<ChecklistItem> backflowOnSite() {
        String source = FIELD + ", backflow alerts; " + TABLE_62 + "Dispatch Staff, Backflow";
        return List.of(
                onSite("METER_DIRECTION_CORRECT", "Meter installed in the correct direction?", source),
                onSite("WATER_SHUT_OFF", "Water shut off?", source),
                onSite(
                        "CUSTOMER_SIDE_PRESSURE",
                        "Pressure on the customer side of the meter (e.g. at a hose bib) checked?",
                        source),
                onSite(
                        "CROSS_CONNECTIONS",
                        "Cross connections (private well, irrigation system, swimming pool)?",
                        source));
    }

    private static List<ChecklistItem> tamperOnSite() {
        String source = FIELD + ", tampering alerts; " + TABLE_62 + "Dispatch Staff, Tampering";
        return List.of(
                onSite("METER_REMOVED", "Meter removed?", source),
                onSite("METER_REVERSED", "Meter reversed?", source),
                onSite("METER_BYPASSED", "Meter bypassed?", source),
                onSite("MAGNET_ON_METER", "Magnet on the meter?", source),
                onSite("COMMUNICATIONS_CABLE_DAMAGED", "Communications cable damaged?", source));
    }

    private static List<ChecklistItem> potentialCausesOnSite() {
        String source = FIELD + " (potential causes)";
        return List.of(
                onSite("METER_INSTALLATION_ERROR", "Meter installation error?", source),
                onSite("METER_OR_MIU_MALFUNCTION", "Malfunctioning meter or MIU?", source),
                onSite(
                        "METER_BOX_FLOODING_WIRE_OR_PESTS",
                        "Flooding in meter box, loose wire or damage by an animal, rodent or pest?",
                        source),
                onSite(
                        "VALVE_EXERCISING_OR_FLUSHING",
                        "Distribution system valve exercising or flushing of main?",
                        source),
                onSite("FIRE_DEMANDS", "Fire demands?", source),
                onSite(
                        "VISIBLE_WATER_FROM_BREAK",
                        "Main break or customer service line break with visible water on the ground?",
                        source),
                onSite("WATER_THEFT", "Water theft?", source),
                onSite("PRV_FAILURE_OR_BLOCKAGE", "Pressure Releasing Valve (PRV) failure or blockage?", source),
                onSite("BACKFLOW_PREVENTION_FAILURE", "Backflow prevention failure?", source));
    }
}

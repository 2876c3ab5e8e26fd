package org.headwater.investigate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headwater.alert.CauseHint;

/**
 * The causes a utility accepts when closing an investigation: EPA table 6-1 by default, with the
 * utility's additions and removals ("the list of acceptable alert causes should be customized by each
 * utility and may be adjusted based on experience investigating alerts", section 6.1). Immutable.
 */
public final class CauseCatalogue {

    private final Map<String, Cause> causes;
    private final List<String> order;

    private CauseCatalogue(Map<String, Cause> causes) {
        this.causes = Map.copyOf(causes);
        this.order = List.copyOf(causes.keySet());
    }

    /** EPA table 6-1 "Common Causes of AMI Alerts", one cause per described line, in the table's order. */
    public static CauseCatalogue epaTable61() {
        Map<String, Cause> causes = new LinkedHashMap<>();
        for (Cause cause : List.of(
                new Cause(
                        "METER_INSTALLED_BACKWARDS",
                        CauseHint.EMPLOYEE_ERROR,
                        "Employee or contractor installed a meter backwards."),
                new Cause(
                        "WIRE_CUT_BY_STAFF",
                        CauseHint.EMPLOYEE_ERROR,
                        "Employee or contractor accidently cut a wire at the meter."),
                new Cause(
                        "METER_MOVED_UNREPORTED",
                        CauseHint.EMPLOYEE_ERROR,
                        "Employee or contractor moved a meter without proper reporting."),
                new Cause("SENSOR_MALFUNCTION", CauseHint.EQUIPMENT_ISSUE, "Sensor malfunction."),
                new Cause(
                        "COMMUNICATIONS_OR_POWER_FAILURE",
                        CauseHint.EQUIPMENT_ISSUE,
                        "Communications fault or power failure."),
                new Cause(
                        "WATER_HEATER_EXPANSION",
                        CauseHint.EQUIPMENT_ISSUE,
                        "Water heater expansion causing backflow."),
                new Cause(
                        "ALGORITHM_ERROR",
                        CauseHint.DATA_ANALYSIS_ERROR,
                        "Automated data validation or analysis algorithm incorrectly generated an alert."),
                new Cause(
                        "FLOODING_FREEZING_OR_ANIMALS",
                        CauseHint.ENVIRONMENTAL,
                        "Flooding, freezing, or damage by animals."),
                new Cause("WATER_THEFT", CauseHint.NON_CONTAMINATION, "Water theft."),
                new Cause("VANDALISM", CauseHint.NON_CONTAMINATION, "Vandalism."),
                new Cause(
                        "SYSTEM_ACTIVITY",
                        CauseHint.NON_CONTAMINATION,
                        "System activities caused by flushing, hydrant testing, firefighting or mainline break."),
                new Cause(
                        "OPERATIONAL_CHANGE",
                        CauseHint.NON_CONTAMINATION,
                        "Operational changes caused by exercising valves or pumping operations."),
                new Cause(
                        "CROSS_CONNECTION",
                        CauseHint.POSSIBLE_CONTAMINATION,
                        "Cross connection (at customer connection)."),
                new Cause(
                        "SIGNS_OF_CONTAMINATION",
                        CauseHint.POSSIBLE_CONTAMINATION,
                        "Signs of contamination at the location of the AMI alert."),
                new Cause(
                        "CONTAMINATION_NOT_RULED_OUT",
                        CauseHint.POSSIBLE_CONTAMINATION,
                        "Investigators cannot rule out the possibility that the premise is a source of contamination introduced into the water distribution system."))) {
            causes.put(cause.code(), cause);
        }
        return new CauseCatalogue(causes);
    }

    /** This catalogue with {@code cause} added, or replacing the cause of the same code. */
    public CauseCatalogue with(Cause cause) {
        Map<String, Cause> next = ordered();
        next.put(cause.code(), cause);
        return new CauseCatalogue(next);
    }

    /** This catalogue without the cause {@code code}; refuses a code it does not hold. */
    public CauseCatalogue without(String code) {
        require(code);
        Map<String, Cause> next = ordered();
        next.remove(code);
        return new CauseCatalogue(next);
    }

    public Optional<Cause> find(String code) {
        return Optional.ofNullable(causes.get(code));
    }

    /** @throws IllegalArgumentException naming the cause when the catalogue does not hold it */
    public Cause require(String code) {
        Cause cause = causes.get(code);
        if (cause == null) {
            throw new IllegalArgumentException("cause: unknown cause '" + code + "'; known: " + order);
        }
        return cause;
    }

    /** All causes, table 6-1 order first, the utility's additions after. */
    public List<Cause> all() {
        List<Cause> all = new ArrayList<>();
        order.forEach(code -> all.add(causes.get(code)));
        return all;
    }

    /** The causes of one category, in catalogue order. */
    public List<Cause> ofCategory(CauseHint category) {
        return all().stream().filter(c -> c.category() == category).toList();
    }

    private Map<String, Cause> ordered() {
        Map<String, Cause> copy = new LinkedHashMap<>();
        all().forEach(c -> copy.put(c.code(), c));
        return copy;
    }
}

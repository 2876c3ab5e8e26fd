package org.headwater.investigate;

import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.headwater.alert.AlertType;
import org.headwater.audit.CsvCell;
import org.jspecify.annotations.Nullable;

/**
 * One row of the record of alert investigations, with the columns of EPA figure 6-2 "Example of
 * Alert Investigation Records".
 *
 * @param investigationId the investigation
 * @param alertTime "Alert Date/Time"
 * @param location "Alert Location": the meter, sensor or premise, with the zone when known
 * @param type "Backflow or Tamper", generalised to every alert type
 * @param investigator "Investigator"
 * @param start "Investigation Start Date/Time"
 * @param end "Investigation End Date/Time"
 * @param conclusion "Conclusion", e.g. "Invalid alert: EQUIPMENT_ISSUE (SENSOR_MALFUNCTION)"
 * @param notes "Notes"
 */
public record InvestigationRecord(
        String investigationId,
        Instant alertTime,
        String location,
        AlertType type,
        @Nullable String investigator,
        @Nullable Instant start,
        @Nullable Instant end,
        String conclusion,
        String notes) {

    /** The CSV header, in figure 6-2's column order after the investigation id. */
    public static final String CSV_HEADER =
            "investigation,alert_time,location,type,investigator,start,end,conclusion,notes";

    public InvestigationRecord {
        Objects.requireNonNull(investigationId, "investigationId");
        Objects.requireNonNull(alertTime, "alertTime");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(notes, "notes");
    }

    public static InvestigationRecord of(Investigation investigation) {
        InvestigatedAlert subject = investigation.subject();
        Conclusion conclusion = investigation.conclusion();
        return new InvestigationRecord(
                investigation.id(),
                subject.alertTime(),
                subject.zoneId() == null ? subject.sourceId() : subject.sourceId() + " (" + subject.zoneId() + ")",
                subject.type(),
                investigation.assignee(),
                investigation.startedAt().orElse(null),
                investigation.endedAt().orElse(null),
                describe(conclusion, investigation.step()),
                conclusion == null ? "" : conclusion.notes());
    }

    private static String describe(@Nullable Conclusion conclusion, InvestigationStep step) {
        return switch (conclusion) {
            case null -> "Open: step " + step.number() + " " + step;
            case Conclusion.Closed closed ->
                (closed.cause().valid() ? "Valid alert: " : "Invalid alert: ")
                        + closed.cause().category() + " (" + closed.cause().code() + ")";
            case Conclusion.Escalated escalated ->
                "Contamination suspected: Water Contamination Response; notified "
                        + escalated.notified().stream().sorted().map(Enum::name).collect(Collectors.joining(" "));
        };
    }

    /**
     * This record as one CSV line, columns as {@link #CSV_HEADER}: every cell safe to open in a spreadsheet
     * ({@link CsvCell}), and the notes, typed by people, with personal data masked as in the audit trail.
     */
    public String csvRow() {
        return Stream.concat(
                        Stream.of(
                                        investigationId,
                                        alertTime.toString(),
                                        location,
                                        type.name(),
                                        investigator == null ? "" : investigator,
                                        start == null ? "" : start.toString(),
                                        end == null ? "" : end.toString(),
                                        conclusion)
                                .map(CsvCell::of),
                        Stream.of(CsvCell.ofFreeText(notes)))
                .collect(Collectors.joining(","));
    }
}

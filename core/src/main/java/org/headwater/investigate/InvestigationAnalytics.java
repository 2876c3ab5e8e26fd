package org.headwater.investigate;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.headwater.alert.AlertType;

/**
 * What the record of investigations shows (EPA section 6.2: "alert frequency, average delay before
 * investigation begins, staff time required for investigation, common alert types"), plus the
 * invalid-alert rate per detector and threshold version so thresholds can be tuned.
 *
 * @param byType investigations per alert type
 * @param byZone investigations per zone ("unknown" when the alert had none)
 * @param byMonth investigations per month of the alert, in the utility's time zone
 * @param averageDelayToStart mean time from alert to acknowledgement, empty when none started
 * @param totalStaffTime summed start-to-end time of concluded investigations
 * @param averageStaffTime mean of the same, empty when none concluded
 * @param causes closed investigations per cause code
 * @param escalations investigations that ended in Water Contamination Response
 * @param invalidRates one row per detector and threshold version
 */
public record InvestigationAnalytics(
        Map<AlertType, Long> byType,
        Map<String, Long> byZone,
        Map<YearMonth, Long> byMonth,
        Optional<Duration> averageDelayToStart,
        Duration totalStaffTime,
        Optional<Duration> averageStaffTime,
        Map<String, Long> causes,
        long escalations,
        List<InvalidRate> invalidRates) {

    /** Zone key for alerts without a zone. */
    public static final String UNKNOWN_ZONE = "unknown";

    /**
     * Invalid alerts among the closed investigations of one detector at one threshold version.
     *
     * @param concluded investigations closed with a cause or escalated
     * @param invalid those closed with an invalid cause of table 6-1
     */
    public record InvalidRate(String detector, long thresholdVersion, long concluded, long invalid) {
        public double rate() {
            return concluded == 0 ? 0 : (double) invalid / concluded;
        }
    }

    public static InvestigationAnalytics of(List<Investigation> investigations, ZoneId utilityZone) {
        List<Duration> delays = investigations.stream()
                .flatMap(
                        i -> i.startedAt().map(s -> Duration.between(i.subject().alertTime(), s)).stream())
                .toList();
        List<Duration> staff =
                investigations.stream().flatMap(i -> i.staffTime().stream()).toList();
        Duration totalStaff = staff.stream().reduce(Duration.ZERO, Duration::plus);
        return new InvestigationAnalytics(
                count(investigations, i -> i.subject().type()),
                count(
                        investigations,
                        i -> i.subject().zoneId() == null
                                ? UNKNOWN_ZONE
                                : i.subject().zoneId()),
                count(
                        investigations,
                        i -> YearMonth.from(i.subject().alertTime().atZone(utilityZone))),
                average(delays),
                totalStaff,
                average(staff),
                count(
                        closed(investigations).toList(),
                        i -> ((Conclusion.Closed) i.conclusion()).cause().code()),
                investigations.stream()
                        .filter(i -> i.conclusion() instanceof Conclusion.Escalated)
                        .count(),
                invalidRates(investigations));
    }

    private static java.util.stream.Stream<Investigation> closed(List<Investigation> investigations) {
        return investigations.stream().filter(i -> i.conclusion() instanceof Conclusion.Closed);
    }

    private static List<InvalidRate> invalidRates(List<Investigation> investigations) {
        Map<List<Object>, List<Investigation>> byDetector = investigations.stream()
                .filter(i -> !i.open())
                .collect(Collectors.groupingBy(
                        i -> List.of(i.subject().detector(), i.subject().thresholdVersion())));
        return byDetector.entrySet().stream()
                .map(e -> new InvalidRate(
                        (String) e.getKey().get(0),
                        (Long) e.getKey().get(1),
                        e.getValue().size(),
                        closed(e.getValue())
                                .filter(i -> !((Conclusion.Closed) i.conclusion())
                                        .cause()
                                        .valid())
                                .count()))
                .sorted(Comparator.comparing(InvalidRate::detector).thenComparingLong(InvalidRate::thresholdVersion))
                .toList();
    }

    private static <K extends Comparable<K>> Map<K, Long> count(
            List<Investigation> investigations, Function<Investigation, K> key) {
        return investigations.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static Optional<Duration> average(List<Duration> durations) {
        return durations.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        durations.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(durations.size()));
    }
}

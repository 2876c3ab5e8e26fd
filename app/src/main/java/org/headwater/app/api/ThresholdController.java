package org.headwater.app.api;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.headwater.alert.ThresholdChange;
import org.headwater.alert.ThresholdHistory;
import org.headwater.alert.ThresholdKey;
import org.headwater.alert.ThresholdScope;
import org.headwater.alert.ThresholdValues;
import org.headwater.alert.Thresholds;
import org.headwater.app.units.ThresholdUnits;
import org.headwater.app.units.UnitsProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Detector thresholds: system defaults overridden per meter class and per meter, changed at run
 * time without a restart; every change is recorded (who, when, old, new) and versioned. Values are
 * shown and typed in the utility's unit system ({@code headwater.units.system}), rounded for reading.
 */
@RestController
@RequestMapping("/api/v1/thresholds")
class ThresholdController {

    private final Thresholds thresholds;
    private final ThresholdHistory history;
    private final ThresholdUnits units;

    private final ApplicationEventPublisher events;

    ThresholdController(
            Thresholds thresholds, ThresholdHistory history, ThresholdUnits units, ApplicationEventPublisher events) {
        this.events = events;
        this.thresholds = thresholds;
        this.history = history;
        this.units = units;
    }

    // One change at a time, so the stored history has the versions in the order they took effect.
    private synchronized ThresholdChange recordedChange(ThresholdScope scope, ThresholdValues values, String who) {
        ThresholdChange change = thresholds.set(scope, values, who);
        history.append(change);
        events.publishEvent(change);
        return change;
    }

    /** {@code field} is the identifier the API takes; {@code label} and {@code unit} are for people. */
    record ThresholdDefinition(String field, String label, String unit, double defaultValue) {}

    /**
     * {@code atScope}: the values set at exactly {@code scope} (system-wide unless asked for another);
     * every value in {@code unitSystem}.
     */
    record ThresholdView(
            long version,
            UnitsProperties.UnitSystem unitSystem,
            List<ThresholdDefinition> keys,
            Map<String, Double> systemWide,
            String scope,
            Map<String, Double> atScope) {}

    @GetMapping
    ThresholdView current(@RequestParam(defaultValue = "system") String scope) {
        List<ThresholdDefinition> keys = java.util.Arrays.stream(ThresholdKey.values())
                .map(k -> new ThresholdDefinition(
                        k.fieldName(),
                        ThresholdUnits.label(k),
                        units.unitOf(k).symbol(),
                        units.unitOf(k).shown(k.defaultValue())))
                .toList();
        ThresholdScope asked = ThresholdScope.parse(scope);
        return new ThresholdView(
                thresholds.version(),
                units.system(),
                keys,
                units.shown(thresholds.at(new ThresholdScope.SystemWide())),
                ThresholdScope.format(asked),
                units.shown(thresholds.at(asked)));
    }

    /**
     * Sets values for one scope: {@code scope=system}, {@code scope=class:SOLID_STATE/0.625} or
     * {@code scope=meter:M-17}; the body maps field names to values in the utility's unit system. Bad
     * fields or values are refused with a message naming them.
     */
    @PutMapping
    ChangeView set(@RequestParam String scope, @RequestBody Map<String, String> values, Principal who) {
        ThresholdScope at = ThresholdScope.parse(scope);
        ThresholdValues stored = ThresholdValues.parse(units.toStored(values, thresholds.at(at)));
        return ChangeView.of(recordedChange(at, stored, who.getName()), units);
    }

    /** Who changed which scope when, from what to what; values by field name. */
    record ChangeView(
            long version,
            String scope,
            String changedBy,
            Instant changedAt,
            Map<String, Double> before,
            Map<String, Double> after) {

        static ChangeView of(ThresholdChange change, ThresholdUnits units) {
            return new ChangeView(
                    change.version(),
                    ThresholdScope.format(change.scope()),
                    change.changedBy(),
                    change.changedAt(),
                    units.shown(change.before()),
                    units.shown(change.after()));
        }
    }

    @GetMapping("/changes")
    List<ChangeView> changes() {
        return thresholds.changes().stream().map(c -> ChangeView.of(c, units)).toList();
    }
}

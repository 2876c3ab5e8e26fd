package org.headwater.analytics.breakrisk;

import java.time.LocalDate;

/** A way to rank pipe segments by main-break risk for the year after a date. */
public interface BreakRiskRanker {

    String name();

    /**
     * Ranks every segment of {@code register} in service at {@code asOf}. Implementations must use
     * only breaks on or before {@code asOf}; {@link BreakHistory#upTo} is applied before this call
     * as well, so a leak would need a deliberate second source.
     */
    RiskRanking rank(AssetRegister register, BreakHistory history, LocalDate asOf);
}

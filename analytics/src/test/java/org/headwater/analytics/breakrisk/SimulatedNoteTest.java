package org.headwater.analytics.breakrisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.headwater.risk.RecordedBreak;
import org.junit.jupiter.api.Test;

class SimulatedNoteTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-01-01");

    private static BreakHistory used(List<RecordedBreak> stored) {
        return new BreakHistory(
                stored.stream()
                        .filter(b -> !b.date().isAfter(AS_OF))
                        .map(b -> new MainBreak(b.incidentId(), b.date(), b.assetId(), b.streetSegment()))
                        .toList(),
                List.of());
    }

    @Test
    void aRunOnSimulatedBreaksSaysHowManyOfItsBreaksWereSimulated() {
        List<RecordedBreak> stored = List.of(
                new RecordedBreak("SIMULATED-p1-2020-03-01-0", LocalDate.parse("2020-03-01"), "p1", ""),
                new RecordedBreak("SIMULATED-p2-2021-05-01-0", LocalDate.parse("2021-05-01"), "p2", ""),
                new RecordedBreak("W-77", LocalDate.parse("2022-01-01"), "p2", ""),
                new RecordedBreak("SIMULATED-p3-2026-06-01-0", LocalDate.parse("2026-06-01"), "p3", ""));

        assertThat(NetworkBreakRisk.simulatedNote(stored, AS_OF, used(stored)))
                .hasValueSatisfying(note ->
                        assertThat(note).startsWith("SIMULATED break history: 2 of the 3 breaks used were simulated"));
    }

    @Test
    void aRunOnARecordedHistoryHasNoSuchNote() {
        List<RecordedBreak> stored = List.of(new RecordedBreak("W-77", LocalDate.parse("2022-01-01"), "p2", ""));

        assertThat(NetworkBreakRisk.simulatedNote(stored, AS_OF, used(stored))).isEmpty();
    }
}

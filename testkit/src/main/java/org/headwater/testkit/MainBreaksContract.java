package org.headwater.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.headwater.risk.MainBreaks;
import org.headwater.risk.RecordedBreak;
import org.junit.jupiter.api.Test;

/** What every {@link MainBreaks} implementation must do. */
public abstract class MainBreaksContract {

    protected abstract MainBreaks mainBreaks();

    // implementations may share one database between tests: each test uses assets of its own
    private final String asset = "pipe-" + UUID.randomUUID();

    private List<RecordedBreak> mine() {
        return mainBreaks().all().stream()
                .filter(b -> b.assetId().equals(asset))
                .toList();
    }

    @Test
    void breaksComeBackOldestFirstWithEveryField() {
        mainBreaks()
                .add(List.of(
                        new RecordedBreak("I-2", LocalDate.parse("2019-02-01"), asset, "road-7"),
                        new RecordedBreak("I-1", LocalDate.parse("2001-12-31"), asset, "road-7")));

        assertThat(mine())
                .containsExactly(
                        new RecordedBreak("I-1", LocalDate.parse("2001-12-31"), asset, "road-7"),
                        new RecordedBreak("I-2", LocalDate.parse("2019-02-01"), asset, "road-7"));
    }

    @Test
    void importingTheSameBreaksTwiceStoresThemOnce() {
        List<RecordedBreak> file = List.of(
                new RecordedBreak("I-1", LocalDate.parse("2010-01-05"), asset, ""),
                new RecordedBreak("", LocalDate.parse("2011-03-05"), asset, ""));

        assertThat(mainBreaks().add(file)).isEqualTo(2);
        long count = mainBreaks().count();
        assertThat(mainBreaks().add(file)).isZero();

        assertThat(mainBreaks().count()).isEqualTo(count);
        assertThat(mine()).hasSize(2);
    }

    @Test
    void twoBreaksOnOnePipeOnOneDayAreKeptWhenTheirIncidentsDiffer() {
        LocalDate day = LocalDate.parse("2015-07-07");

        int added = mainBreaks()
                .add(List.of(new RecordedBreak("A", day, asset, ""), new RecordedBreak("B", day, asset, "")));

        assertThat(added).isEqualTo(2);
        assertThat(mine()).extracting(RecordedBreak::incidentId).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void addingNothingIsHarmless() {
        assertThat(mainBreaks().add(List.of())).isZero();
    }
}

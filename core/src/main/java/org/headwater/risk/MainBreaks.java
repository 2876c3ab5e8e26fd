package org.headwater.risk;

import java.util.Collection;
import java.util.List;

/** Where the utility's main-break history is kept. */
public interface MainBreaks {

    /**
     * Adds breaks not stored yet; a break already stored (same incident id, date and asset) is
     * skipped, so importing the same file twice is safe.
     *
     * @return how many breaks were new
     */
    int add(Collection<RecordedBreak> breaks);

    /** Every stored break, oldest first. */
    List<RecordedBreak> all();

    long count();
}

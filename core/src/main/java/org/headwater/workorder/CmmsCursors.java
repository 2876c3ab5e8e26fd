package org.headwater.workorder;

import java.util.Optional;

/**
 * Where status sync got to in each CMMS's change feed, kept so a restart resumes instead of re-reading everything
 * (re-reading is harmless, only slow: applying a change twice changes nothing).
 */
public interface CmmsCursors {

    /** The cursor last saved for this CMMS, empty before the first sync. */
    Optional<String> find(String cmms);

    /** Replaces the cursor for this CMMS. */
    void save(String cmms, String cursor);
}

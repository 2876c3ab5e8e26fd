package org.headwater.alert;

import java.util.List;

/** The recorded threshold changes (who, when, old, new), kept so a restart restores the same versions. */
public interface ThresholdHistory {

    void append(ThresholdChange change);

    /** Every change, oldest (lowest version) first. */
    List<ThresholdChange> all();
}

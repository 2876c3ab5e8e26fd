package org.headwater.workorder;

import java.util.List;
import java.util.Objects;

/** A page of status changes from the CMMS and the cursor to ask from next time. */
public record CmmsChanges(List<CmmsStatusChange> changes, String cursor) {

    public CmmsChanges {
        changes = List.copyOf(changes);
        Objects.requireNonNull(cursor, "cursor");
    }
}

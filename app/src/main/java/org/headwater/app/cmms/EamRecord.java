package org.headwater.app.cmms;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One EAM work order as the REST services return it.
 *
 * @param jobNum EAM's number ({@code WORKORDERID.JOBNUM})
 * @param status {@code STATUS.STATUSCODE}
 * @param recordId the optimistic lock: an update must carry the value it read
 * @param reference Headwater's id, from the configured user-defined field
 * @param updated when EAM last changed it ({@code DATEUPDATED})
 */
public record EamRecord(
        String jobNum,
        String status,
        long recordId,
        @Nullable String reference,
        @Nullable Instant updated) {

    static EamRecord of(JsonNode record, String referenceField, String what) {
        String jobNum = record.path("WORKORDERID").path("JOBNUM").asString("");
        String status = record.path("STATUS").path("STATUSCODE").asString("");
        if (jobNum.isBlank() || status.isBlank()) {
            throw new IllegalStateException(
                    what + ": a work order without WORKORDERID.JOBNUM or STATUS.STATUSCODE: " + record);
        }
        String reference = record.path("USERDEFINEDAREA").path(referenceField).asString("");
        String updated = record.path("DATEUPDATED").asString("");
        return new EamRecord(
                jobNum,
                status,
                record.path("recordid").asLong(0),
                reference.isBlank() ? null : reference,
                updated.isBlank() ? null : Instant.parse(updated));
    }
}

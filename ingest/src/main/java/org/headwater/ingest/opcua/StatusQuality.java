package org.headwater.ingest.opcua;

import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.headwater.ingest.sources.SourceQuality;

/** OPC UA status codes (Part 4, 7.39: the severity bits) as source quality, and their names for the quarantine. */
final class StatusQuality {

    private StatusQuality() {}

    static SourceQuality of(StatusCode status) {
        if (status.isGood()) {
            return SourceQuality.GOOD;
        }
        return status.isUncertain() ? SourceQuality.UNCERTAIN : SourceQuality.BAD;
    }

    /** e.g. {@code Bad_SensorFailure (0x808B0000)}. */
    static String name(StatusCode status) {
        String hex = String.format("0x%08X", status.getValue());
        return StatusCodes.lookup(status.getValue())
                .map(names -> names[0] + " (" + hex + ")")
                .orElse(hex);
    }
}

package org.headwater.app.cmms;

import java.net.URI;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One MXAPIWODETAIL record as the lean JSON API returns it.
 *
 * @param href the record's own URI, for updates
 * @param wonum Maximo's work-order number
 * @param status Maximo's status code
 * @param externalRefId Headwater's id, when Headwater created it
 * @param rowstamp Maximo's change counter, also the {@code If-Match} value that guards an update
 * @param statusDate when the status last changed, when selected
 */
public record MaximoRecord(
        URI href,
        String wonum,
        String status,
        @Nullable String externalRefId,
        long rowstamp,
        @Nullable Instant statusDate) {

    static MaximoRecord of(JsonNode member, String what) {
        String href = member.path("href").asString("");
        String wonum = member.path("wonum").asString("");
        String status = member.path("status").asString("");
        if (href.isBlank() || wonum.isBlank() || status.isBlank()) {
            throw new IllegalStateException(what + ": a record without href, wonum or status: " + member);
        }
        String ref = member.path("externalrefid").asString("");
        String date = member.path("statusdate").asString("");
        return new MaximoRecord(
                URI.create(href),
                wonum,
                status,
                ref.isBlank() ? null : ref,
                rowstamp(member.path("_rowstamp")),
                date.isBlank() ? null : java.time.OffsetDateTime.parse(date).toInstant());
    }

    /** Maximo sends {@code _rowstamp} as a string of digits. */
    static long rowstamp(JsonNode node) {
        if (node.isNumber()) {
            return node.asLong();
        }
        String text = node.asString("");
        return text.isBlank() ? 0 : Long.parseLong(text);
    }
}

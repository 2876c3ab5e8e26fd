package org.headwater.notify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A page about something other than an alert (a work order waiting for approval past its deadline), delivered at
 * once to everyone in a role. It carries its own words, and for machine receivers (the webhook channel) its fields.
 *
 * @param kind what it is about, e.g. {@code work-order-approval-overdue}
 * @param subjectId the id of what it is about, e.g. a work order's
 * @param role the role paged
 * @param level the escalation level: 1 for the first role after the one that should have acted
 * @param headline one line for a subject or a text message
 * @param body the message for channels that carry more than a line
 * @param fields the facts behind it, for machine receivers
 */
public record Notice(
        String kind,
        String subjectId,
        String role,
        int level,
        String headline,
        String body,
        Map<String, String> fields) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(body, "body");
        // kept in the order given: receivers read them as written
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}

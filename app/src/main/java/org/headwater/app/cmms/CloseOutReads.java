package org.headwater.app.cmms;

import java.net.http.HttpRequest;
import java.util.List;
import org.headwater.workorder.CmmsGateway.CmmsUnavailable;
import org.headwater.workorder.WorkOrderStatus;
import org.jspecify.annotations.Nullable;

/**
 * Reading a finished order's notes during status sync: only for orders the CMMS completed or closed, each read tried
 * a few times (a pass that reads many logs must not fail for one lost request), the entries joined oldest first.
 */
final class CloseOutReads {

    static final int ATTEMPTS = 3;

    private CloseOutReads() {}

    /** Whether a change to this status carries the crew's notes. */
    static boolean finished(WorkOrderStatus status) {
        return status == WorkOrderStatus.COMPLETED || status == WorkOrderStatus.CLOSED;
    }

    /**
     * The answer of a read, after up to {@value #ATTEMPTS} tries while the CMMS is unavailable.
     *
     * @throws IllegalStateException when the CMMS refuses the read (4xx): the pass stops, naming it
     */
    static CmmsHttp.Answer read(CmmsHttp http, HttpRequest request, String what) throws CmmsUnavailable {
        for (int attempt = 1; ; attempt++) {
            try {
                CmmsHttp.Answer answer = http.exchange(request, what);
                if (!answer.ok()) {
                    throw new IllegalStateException(
                            what + " answered HTTP " + answer.status() + ": " + CmmsHttp.message(answer.body()));
                }
                return answer;
            } catch (CmmsUnavailable e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** One line per entry, {@code <when> <who>: <text>}; entries without text are left out; null when none is left. */
    static @Nullable String lines(List<Entry> entries) {
        List<String> lines = entries.stream()
                .filter(e -> !e.text().isBlank())
                .map(e -> {
                    String by = (e.when() + " " + e.who()).strip();
                    return by.isEmpty()
                            ? e.text().strip()
                            : by + ": " + e.text().strip();
                })
                .toList();
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** One note as the CMMS keeps it. */
    record Entry(String when, String who, String text) {}
}

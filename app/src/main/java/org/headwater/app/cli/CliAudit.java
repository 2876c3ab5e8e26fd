package org.headwater.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditTrail;
import org.springframework.context.ApplicationContext;

/** Audit entries for what the command line changes; the operating-system user is who ran it. */
final class CliAudit {

    static final String ACTOR = "system:cli";

    private CliAudit() {}

    static void record(ApplicationContext context, AuditAction action, Path file, String countName, long count) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("file", file.toAbsolutePath().toString());
        details.put(countName, Long.toString(count));
        details.put("osUser", System.getProperty("user.name", ""));
        context.getBean(AuditTrail.class).append(ACTOR, action, String.valueOf(file.getFileName()), details);
    }
}

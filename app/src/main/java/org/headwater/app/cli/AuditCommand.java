package org.headwater.app.cli;

import java.util.concurrent.Callable;
import org.headwater.audit.AuditTrail;
import org.headwater.audit.AuditVerification;
import org.headwater.audit.ChainBreak;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./headwater audit verify}: checks the audit trail's hash chain without starting the web server. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "Inspect the tamper-evident audit trail (docs/audit-trail.md).",
        subcommands = {AuditCommand.VerifyCommand.class})
final class AuditCommand implements Runnable {

    /** Exit code when the chain is broken; 0 is intact, 2 bad input, 1 any other failure. */
    static final int BROKEN = 3;

    @Override
    public void run() {
        throw new IllegalArgumentException("name what to do: `audit verify`");
    }

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = {
                "Re-read and re-hash every audit entry. Exit code 0 when the chain is intact,",
                "3 when it is broken (the first bad entry is printed), 2 on bad input."
            })
    static final class VerifyCommand implements Callable<Integer> {

        @Mixin
        ImportCommand.Target target = new ImportCommand.Target();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            AuditVerification result;
            try (ConfigurableApplicationContext context = target.open()) {
                result = context.getBean(AuditTrail.class).verify();
            }
            ChainBreak bad = result.firstBad();
            if (bad == null) {
                spec.commandLine().getOut().println("Audit trail intact: " + result.entries() + " entries.");
                return 0;
            }
            spec.commandLine()
                    .getOut()
                    .println("Audit trail BROKEN at entry " + bad.sequence() + ": " + bad.reason() + " (" + bad.detail()
                            + "); " + result.entries() + " entries read.");
            return BROKEN;
        }
    }
}

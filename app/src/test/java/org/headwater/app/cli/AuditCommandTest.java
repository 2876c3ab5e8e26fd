package org.headwater.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.headwater.audit.AuditAction;
import org.headwater.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code ./headwater audit verify}: exit 0 when intact, 3 naming the first bad entry, 2 on bad input. */
class AuditCommandTest {

    @Test
    void verifyExplainsItselfWithHelp() {
        CliRun run = CliRun.of("audit", "verify", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: headwater audit verify").contains("--data-dir");
    }

    @Test
    void anUnreadableConfigIsBadInput() {
        CliRun run = CliRun.of("audit", "verify", "--config", "/no/such/headwater.yml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("/no/such/headwater.yml");
    }

    @Test
    void anIntactTrailExitsZeroAndADeletedEntryExitsThreeNamingIt(@TempDir Path dataDirectory) {
        String dir = dataDirectory.toString();
        CliRun intact = CliRun.of("audit", "verify", "--data-dir", dir);
        assertThat(intact.exitCode()).as(intact.err()).isZero();
        assertThat(intact.out()).contains("intact");

        ImportCommand.Target target = new ImportCommand.Target();
        target.dataDirectory = dataDirectory;
        try (ConfigurableApplicationContext context = target.open()) {
            AuditTrail trail = context.getBean(AuditTrail.class);
            long first = trail.page(0, 1_000).size();
            for (int i = 0; i < 3; i++) {
                trail.append("system:test", AuditAction.DATA_EXPORTED, "export-" + i, Map.of());
            }
            JdbcClient.create(context.getBean(DataSource.class))
                    .sql("DELETE FROM audit_event WHERE sequence = ?")
                    .param(first + 2)
                    .update();
        }

        CliRun broken = CliRun.of("audit", "verify", "--data-dir", dir);
        assertThat(broken.exitCode()).isEqualTo(AuditCommand.BROKEN);
        assertThat(broken.out()).contains("BROKEN at entry").contains("SEQUENCE_GAP");
    }
}

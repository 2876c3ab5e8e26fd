package org.headwater.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.headwater.app.risk.BreakHistoryImport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ./headwater import breaks FILE}: adds a main-break history to the stored one. */
@Command(
        name = "breaks",
        mixinStandardHelpOptions = true,
        description = {
            "Import a main-break history (plain or .gz): the City of Kitchener export (INCIDENT_DATE, ASSETID, ...)",
            "or the generic CSV (asset_id,date[,incident_id,break_type,street_segment]); see docs/break-risk.md.",
            "Breaks join the network's pipes by asset id; import the network first. Re-importing is safe."
        })
final class BreaksImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The break-history file.")
    Path file;

    @Mixin
    ImportCommand.Target target = new ImportCommand.Target();

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file.toAbsolutePath());
        }
        try (ConfigurableApplicationContext context = target.open()) {
            BreakHistoryImport.Report report =
                    context.getBean(BreakHistoryImport.class).importFile(file);
            target.out()
                    .println("Read " + report.read() + " main breaks from " + file + ": " + report.added() + " new, "
                            + (report.read() - report.added()) + " already stored.");
            report.notes().forEach(note -> target.out().println("  " + note));
            target.out().println("  " + report.joined() + " joined to a pipe of the network by asset id");
            if (report.unknownAsset() > 0) {
                target.out()
                        .println("  " + report.unknownAsset() + " name an asset the network has no pipe for"
                                + " (replaced, or not imported): kept, they count for their street segment");
            }
            if (report.noAsset() > 0) {
                target.out().println("  " + report.noAsset() + " name no asset: kept for street-segment counts");
            }
            if (!report.joins().isEmpty()) {
                target.out()
                        .printf(
                                java.util.Locale.ROOT,
                                "  %d with only coordinates joined to the nearest pipe within %.0f m (joinedBy NEAREST_PIPE);"
                                        + " %d had no pipe that close: kept unjoined%n",
                                report.joinedByNearestPipe(),
                                report.joinDistanceMetres(),
                                report.beyondDistance());
            }
            return report.read() == 0 ? 1 : 0;
        }
    }
}

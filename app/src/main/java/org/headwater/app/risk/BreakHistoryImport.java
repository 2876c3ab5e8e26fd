package org.headwater.app.risk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.headwater.analytics.breakrisk.BreakHistory;
import org.headwater.analytics.breakrisk.MainBreak;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.risk.MainBreaks;
import org.headwater.risk.RecordedBreak;
import org.springframework.stereotype.Component;

/**
 * Adds a break-history file to the stored history and reports how its breaks join the network's
 * pipes. Breaks on assets the network lacks are kept: they still count for their street segment.
 */
@Component
public class BreakHistoryImport {

    private final MainBreaks breaks;
    private final CurrentNetwork network;

    public BreakHistoryImport(MainBreaks breaks, CurrentNetwork network) {
        this.breaks = breaks;
        this.network = network;
    }

    /**
     * What one import did.
     *
     * @param read main breaks read from the file
     * @param added breaks not stored before
     * @param joined breaks naming a pipe of the network
     * @param unknownAsset breaks naming an asset the network has no pipe for
     * @param noAsset breaks naming no asset
     * @param notes what the reader left out (service-line breaks)
     */
    public record Report(int read, int added, long joined, long unknownAsset, long noAsset, List<String> notes) {}

    public Report importFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file.toAbsolutePath());
        }
        BreakHistory history = BreakHistory.read(file);
        List<RecordedBreak> read =
                history.breaks().stream().map(BreakHistoryImport::recorded).toList();
        int added = breaks.add(read);
        Set<String> pipes = pipeAssetIds();
        long noAsset = read.stream().filter(b -> b.assetId().isBlank()).count();
        long unknown = read.stream()
                .filter(b -> !b.assetId().isBlank() && !pipes.contains(b.assetId()))
                .count();
        return new Report(read.size(), added, read.size() - noAsset - unknown, unknown, noAsset, history.notes());
    }

    private static RecordedBreak recorded(MainBreak b) {
        return new RecordedBreak(b.incidentId(), b.date(), b.assetId(), b.roadSegmentId());
    }

    /** Breaks name the register's asset id: a pipe's source id when its import recorded one. */
    private Set<String> pipeAssetIds() {
        return network.get()
                .elements(ElementKind.PIPE)
                .map(pipe -> pipe.attribute(Attr.SOURCE_ID).orElse(pipe.id()))
                .collect(Collectors.toSet());
    }
}

package org.headwater.app.risk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.headwater.analytics.breakrisk.BreakHistory;
import org.headwater.analytics.breakrisk.LocatedBreak;
import org.headwater.analytics.breakrisk.MainBreak;
import org.headwater.analytics.breakrisk.NearestPipeJoin;
import org.headwater.analytics.breakrisk.NetworkPipeLines;
import org.headwater.app.config.CurrentNetwork;
import org.headwater.network.Attr;
import org.headwater.network.ElementKind;
import org.headwater.network.Network;
import org.headwater.risk.MainBreaks;
import org.headwater.risk.RecordedBreak;
import org.springframework.stereotype.Component;

/**
 * Adds a break-history file to the stored history and reports how its breaks join the network's
 * pipes: by asset id, or, for breaks with only coordinates, to the nearest pipe within
 * {@code headwater.risk.join-distance-metres}. Breaks on assets the network lacks and breaks with no pipe
 * close enough are kept: they still count for their street segment.
 */
@Component
public class BreakHistoryImport {

    private final MainBreaks breaks;
    private final CurrentNetwork network;
    private final double joinDistanceMetres;

    public BreakHistoryImport(MainBreaks breaks, CurrentNetwork network, RiskProperties properties) {
        this.breaks = breaks;
        this.network = network;
        this.joinDistanceMetres = properties.joinDistanceMetres();
    }

    /**
     * What one import did.
     *
     * @param read main breaks read from the file
     * @param added breaks not stored before
     * @param joined breaks naming a pipe of the network (joined by asset id)
     * @param unknownAsset breaks naming an asset the network has no pipe for
     * @param noAsset breaks naming no asset and giving no coordinates
     * @param joinedByNearestPipe breaks with only coordinates joined to the nearest pipe within the distance
     * @param beyondDistance breaks with only coordinates and no pipe within the distance: stored unjoined
     * @param joinDistanceMetres the nearest-pipe join distance
     * @param joins each break with only coordinates and how it was joined
     * @param notes what the reader left out (service-line breaks) and why a join could not be made
     */
    public record Report(
            int read,
            int added,
            long joined,
            long unknownAsset,
            long noAsset,
            long joinedByNearestPipe,
            long beyondDistance,
            double joinDistanceMetres,
            List<BreakJoin> joins,
            List<String> notes) {}

    public Report importFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file.toAbsolutePath());
        }
        List<LocatedBreak> located = new ArrayList<>();
        List<String> notes = new ArrayList<>(BreakHistory.readLocated(file, located));
        Network current = network.get();
        List<BreakJoin> joins = new ArrayList<>();
        List<RecordedBreak> read = joinByLocation(current, located, joins, notes);
        int added = breaks.add(read);
        Set<String> pipes = pipeAssetIds(current);
        long byNearest = joins.stream().filter(j -> j.joinedBy() != null).count();
        long beyond = joins.size() - byNearest;
        long noAsset = read.stream().filter(b -> b.assetId().isBlank()).count() - beyond;
        long unknown = read.stream()
                .filter(b -> !b.assetId().isBlank() && !pipes.contains(b.assetId()))
                .count();
        return new Report(
                read.size(),
                added,
                read.size() - noAsset - beyond - unknown - byNearest,
                unknown,
                noAsset,
                byNearest,
                beyond,
                joinDistanceMetres,
                joins,
                notes);
    }

    // A break naming an asset keeps it; one with only coordinates takes the nearest pipe's asset id
    // within the distance, or stays unjoined (blank asset, still stored) when none is that close.
    private List<RecordedBreak> joinByLocation(
            Network current, List<LocatedBreak> located, List<BreakJoin> joins, List<String> notes) {
        boolean needed = located.stream().anyMatch(b -> b.mainBreak().assetId().isBlank() && b.location() != null);
        NearestPipeJoin join = needed ? new NearestPipeJoin(NetworkPipeLines.of(current), joinDistanceMetres) : null;
        if (join != null && join.crs().isEmpty()) {
            notes.add("the network's pipes have no geometry (no located end nodes): breaks with only"
                    + " coordinates stay unjoined");
        }
        List<RecordedBreak> read = new ArrayList<>(located.size());
        for (LocatedBreak b : located) {
            MainBreak m = b.mainBreak();
            String assetId = m.assetId();
            if (assetId.isBlank() && b.location() != null && join != null) {
                Optional<NearestPipeJoin.Match> match = join.nearest(b.location());
                joins.add(match.map(p -> new BreakJoin(
                                m.incidentId(),
                                m.date(),
                                BreakJoin.JoinedBy.NEAREST_PIPE,
                                p.assetId(),
                                p.distanceMetres(),
                                p.tiedWith()))
                        .orElseGet(() -> new BreakJoin(m.incidentId(), m.date(), null, null, Double.NaN, 0)));
                assetId = match.map(NearestPipeJoin.Match::assetId).orElse("");
            }
            read.add(new RecordedBreak(m.incidentId(), m.date(), assetId, m.roadSegmentId()));
        }
        return read;
    }

    /** Breaks name the register's asset id: a pipe's source id when its import recorded one. */
    private static Set<String> pipeAssetIds(Network current) {
        return current.elements(ElementKind.PIPE)
                .map(pipe -> pipe.attribute(Attr.SOURCE_ID).orElse(pipe.id()))
                .collect(Collectors.toSet());
    }
}

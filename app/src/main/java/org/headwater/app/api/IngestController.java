package org.headwater.app.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.headwater.app.config.HeadwaterProperties;
import org.headwater.app.config.WallClock;
import org.headwater.ingest.reads.ReadPayloadParser;
import org.headwater.telemetry.IngestBatch;
import org.headwater.telemetry.RejectedRecord;
import org.headwater.telemetry.RejectionReason;
import org.headwater.telemetry.TelemetrySink;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST push of reads, sensor values and alarms as JSON batches (schema in docs/ingest-formats.md).
 * Good records of a batch are stored even when others in it are refused; the response counts both.
 */
@RestController
@RequestMapping("/api/v1/ingest")
class IngestController {

    private final ReadPayloadParser parser;
    private final TelemetrySink sink;
    private final WallClock wallClock;
    private final int maxPayloadBytes;

    IngestController(
            ReadPayloadParser parser, TelemetrySink sink, WallClock wallClock, HeadwaterProperties properties) {
        this.parser = parser;
        this.sink = sink;
        this.wallClock = wallClock;
        this.maxPayloadBytes = properties.ingest().maxPayloadBytes();
    }

    /** What happened to a pushed batch. */
    record IngestResult(int accepted, int alarms, int rejected, Map<RejectionReason, Integer> rejectedByReason) {}

    @PostMapping(path = "/reads", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IngestResult> push(HttpServletRequest request) throws IOException {
        Instant receivedAt = wallClock.now(); // an arrival: wall-clock time, also in the demo's replay
        String channel = "rest:" + request.getRemoteUser();
        byte[] body = readAtMost(request.getInputStream(), maxPayloadBytes + 1);
        if (body.length > maxPayloadBytes) {
            // Refused without parsing, but kept in the quarantine so the sender's mistake is visible.
            RejectedRecord tooLarge = new RejectedRecord(
                    channel,
                    -1,
                    new String(body, 0, Math.min(body.length, RejectedRecord.MAX_RAW_LENGTH), StandardCharsets.UTF_8),
                    RejectionReason.PAYLOAD_TOO_LARGE,
                    "payload is larger than the limit of " + maxPayloadBytes + " bytes",
                    receivedAt);
            sink.accept(new IngestBatch(List.of(), List.of(), List.of(tooLarge)));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(new IngestResult(0, 0, 1, Map.of(RejectionReason.PAYLOAD_TOO_LARGE, 1)));
        }
        IngestBatch batch = parser.parse(body, channel, null, receivedAt);
        sink.accept(batch);
        Map<RejectionReason, Integer> byReason = new TreeMap<>();
        batch.rejected().forEach(r -> byReason.merge(r.reason(), 1, Integer::sum));
        IngestResult result = new IngestResult(
                batch.readings().size(), batch.events().size(), batch.rejected().size(), byReason);
        boolean nothingAccepted = batch.readings().isEmpty()
                && batch.events().isEmpty()
                && !batch.rejected().isEmpty();
        return ResponseEntity.status(nothingAccepted ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
                .body(result);
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }
}

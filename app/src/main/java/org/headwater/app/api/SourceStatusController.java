package org.headwater.app.api;

import java.util.List;
import org.headwater.ingest.sources.ConnectorStatus;
import org.headwater.ingest.sources.ConnectorStatusBoard;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Each field connector's state, last value time, values per second and errors (the source-status page). */
@RestController
@RequestMapping("/api/v1/sources")
class SourceStatusController {

    private final ConnectorStatusBoard board;

    SourceStatusController(ConnectorStatusBoard board) {
        this.board = board;
    }

    @GetMapping
    List<ConnectorStatus> statuses() {
        return board.statuses();
    }
}

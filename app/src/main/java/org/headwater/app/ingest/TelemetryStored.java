package org.headwater.app.ingest;

import org.headwater.telemetry.IngestBatch;

/** A batch was stored; listeners (the detectors) see exactly what the store accepted. */
public record TelemetryStored(IngestBatch batch) {}

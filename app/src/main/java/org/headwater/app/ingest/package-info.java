/** Wiring of the ingestion paths (REST push, MQTT, files, demo replay) into the store. */
@NullMarked
package org.headwater.app.ingest;

import org.jspecify.annotations.NullMarked;

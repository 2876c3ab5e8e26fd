/** Meter reads, sensor values and meter alarms from headend CSV files, the DAIAD export and JSON over MQTT or REST. */
@NullMarked
package org.headwater.ingest.reads;

import org.jspecify.annotations.NullMarked;

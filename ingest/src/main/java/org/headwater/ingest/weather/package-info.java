/** Weather forecast files (CSV, Open-Meteo JSON) read into hourly weather for demand forecasting. */
@NullMarked
package org.headwater.ingest.weather;

import org.jspecify.annotations.NullMarked;

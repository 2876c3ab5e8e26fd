package org.headwater.app.cli.eval;

import java.nio.file.Path;

/** The BWDF development slice shipped in {@code data/bwdf-dma-inflows} (Dec 2021 – Apr 2022, weather from Oct 2021). */
final class ShippedBwdf {

    static final Path DATA =
            Path.of("..", "data", "bwdf-dma-inflows").toAbsolutePath().normalize();
    static final String INFLOWS =
            DATA.resolve("InflowData_2021-12-06_to_2022-04-03.csv.gz").toString();
    static final String WEATHER =
            DATA.resolve("WeatherData_2021-10-04_to_2022-04-03.csv.gz").toString();

    private ShippedBwdf() {}
}

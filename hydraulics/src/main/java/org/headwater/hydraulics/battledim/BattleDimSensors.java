package org.headwater.hydraulics.battledim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The BattLeDIM SCADA layout from {@code sensors.csv}: pressure nodes (m), flow links (m³/h), tank levels (m). */
public record BattleDimSensors(List<String> pressureNodes, List<String> flowLinks, List<String> tanks) {

    public BattleDimSensors {
        pressureNodes = List.copyOf(pressureNodes);
        flowLinks = List.copyOf(flowLinks);
        tanks = List.copyOf(tanks);
    }

    public static BattleDimSensors read(Path csv) {
        List<String> pressure = new ArrayList<>();
        List<String> flow = new ArrayList<>();
        List<String> tanks = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(csv)) {
                String[] f = line.split(",");
                if (f.length < 2) {
                    continue;
                }
                switch (f[0].strip()) {
                    case "pressure" -> pressure.add(f[1].strip());
                    case "flow" -> flow.add(f[1].strip());
                    case "tank_level" -> tanks.add(f[1].strip());
                    default -> {}
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        return new BattleDimSensors(pressure, flow, tanks);
    }
}

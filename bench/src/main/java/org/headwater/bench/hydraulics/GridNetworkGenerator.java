package org.headwater.bench.hydraulics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a large, valid EPANET network for the hydraulics benchmark: a looped street grid with dead-end
 * branches, trunk mains every {@value #TRUNK_SPACING} streets, gravity reservoirs and pumped wells at trunk
 * crossings, a few elevated tanks, three demand patterns and Hazen-Williams roughness. The same seed and
 * size always give the same file, so a figure measured on it can be reproduced.
 */
public final class GridNetworkGenerator {

    static final int TRUNK_SPACING = 16;
    private static final double BLOCK_METRES = 100;
    /** Share of the non-trunk north-south pipes left out, so the grid has irregular loops. */
    private static final double MISSING_CROSS_PIPE = 0.3;
    /** Share of the junctions that are dead-end branches hanging off the grid. */
    private static final double BRANCH_SHARE = 0.08;

    private final int junctions;
    private final long seed;

    /**
     * @param junctions how many junctions the network has (at least 500)
     * @param seed the random seed for elevations, demands, roughness and the pipes left out
     */
    public GridNetworkGenerator(int junctions, long seed) {
        if (junctions < 500) {
            throw new IllegalArgumentException("a generated network needs at least 500 junctions: " + junctions);
        }
        this.junctions = junctions;
        this.seed = seed;
    }

    /** {@code GridNetworkGenerator OUT.inp [JUNCTIONS] [SEED]}: writes one network (50,000 junctions, seed 1 by default). */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: GridNetworkGenerator OUT.inp [JUNCTIONS] [SEED]");
            System.exit(2);
        }
        int junctions = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        System.out.println(new GridNetworkGenerator(junctions, seed).write(Path.of(args[0])));
    }

    /** Writes the network to {@code file} and returns what it holds. */
    public Summary write(Path file) {
        try (Writer out = Files.newBufferedWriter(file)) {
            return write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes the network as .inp text. */
    public Summary write(Writer out) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int branches = (int) Math.round(junctions * BRANCH_SHARE);
        int gridNodes = junctions - branches;
        int columns = (int) Math.ceil(Math.sqrt(gridNodes));
        int rows = gridNodes / columns; // the last partial row is topped up with branches
        branches = junctions - rows * columns;

        List<String> junctionLines = new ArrayList<>();
        List<String> pipeLines = new ArrayList<>();
        List<String> coordinateLines = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double x = c * BLOCK_METRES;
                double y = r * BLOCK_METRES;
                junctionLines.add(junction(grid(r, c), elevation(x, y, random), random));
                coordinateLines.add(coordinate(grid(r, c), x, y));
            }
        }
        int pipes = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c + 1 < columns; c++) {
                pipeLines.add(street("PH" + r + "_" + c, grid(r, c), grid(r, c + 1), diameterAlong(r), random));
                pipes++;
            }
        }
        for (int r = 0; r + 1 < rows; r++) {
            for (int c = 0; c < columns; c++) {
                boolean trunk = c % TRUNK_SPACING == 0;
                // column 0 is always kept, so every row stays connected to the others
                if (!trunk && c != 0 && random.nextDouble() < MISSING_CROSS_PIPE) {
                    continue;
                }
                pipeLines.add(street("PV" + r + "_" + c, grid(r, c), grid(r + 1, c), diameterAlong(c), random));
                pipes++;
            }
        }
        // dead-end branches: chains of up to four junctions off random grid junctions
        int made = 0;
        while (made < branches) {
            int r = random.nextInt(rows);
            int c = random.nextInt(columns);
            String previous = grid(r, c);
            int length = Math.min(1 + random.nextInt(4), branches - made);
            for (int k = 1; k <= length; k++) {
                String id = "B" + made;
                double x = c * BLOCK_METRES + 15 + 20 * k;
                double y = r * BLOCK_METRES + 30;
                junctionLines.add(junction(id, elevation(x, y, random), random));
                coordinateLines.add(coordinate(id, x, y));
                pipeLines.add(pipe("PB" + made, previous, id, 40.0, 100, 95 + random.nextInt(20)));
                pipes++;
                previous = id;
                made++;
            }
        }

        // sources at trunk crossings: gravity reservoirs, pumped wells, and tanks between them
        List<int[]> crossings = new ArrayList<>();
        for (int r = TRUNK_SPACING / 2; r < rows; r += TRUNK_SPACING * 3) {
            for (int c = TRUNK_SPACING / 2; c < columns; c += TRUNK_SPACING * 3) {
                crossings.add(new int[] {r - r % TRUNK_SPACING, c - c % TRUNK_SPACING});
            }
        }
        List<String> reservoirLines = new ArrayList<>();
        List<String> pumpLines = new ArrayList<>();
        List<String> tankLines = new ArrayList<>();
        int pumps = 0;
        int tanks = 0;
        for (int i = 0; i < crossings.size(); i++) {
            int[] at = crossings.get(i);
            String node = grid(at[0], at[1]);
            double x = at[1] * BLOCK_METRES;
            double y = at[0] * BLOCK_METRES;
            if (i % 3 == 1) {
                // a well: a low reservoir and a pump onto the grid
                String well = "W" + pumps;
                reservoirLines.add(String.format(Locale.ROOT, "%-12s %8.2f", well, 20.0));
                coordinateLines.add(coordinate(well, x - 40, y - 40));
                pumpLines.add(String.format(Locale.ROOT, "%-12s %-12s %-12s HEAD PUMPCURVE", "PU" + pumps, well, node));
                pumps++;
            } else if (i % 3 == 2) {
                String tank = "T" + tanks;
                tankLines.add(String.format(
                        Locale.ROOT, "%-12s %8.2f %6.2f %6.2f %6.2f %6.1f 0", tank, 105.0, 4.0, 1.0, 8.0, 30.0));
                coordinateLines.add(coordinate(tank, x - 40, y + 40));
                pipeLines.add(pipe("PT" + tanks, tank, node, 50.0, 600, 130));
                pipes++;
                tanks++;
            } else {
                String reservoir = "R" + reservoirLines.size();
                reservoirLines.add(String.format(Locale.ROOT, "%-12s %8.2f", reservoir, 115.0));
                coordinateLines.add(coordinate(reservoir, x + 40, y - 40));
                pipeLines.add(pipe("PR" + reservoir, reservoir, node, 50.0, 800, 130));
                pipes++;
            }
        }

        out.write("[TITLE]\n");
        out.write(String.format(
                Locale.ROOT,
                "Generated grid network: %d junctions (%d x %d grid and %d branch junctions), seed %d%n%n",
                junctions,
                rows,
                columns,
                branches,
                seed));
        writeSection(out, "JUNCTIONS", ";ID Elev Demand Pattern", junctionLines);
        writeSection(out, "RESERVOIRS", ";ID Head", reservoirLines);
        writeSection(out, "TANKS", ";ID Elev InitLevel MinLevel MaxLevel Diameter MinVol", tankLines);
        writeSection(out, "PIPES", ";ID Node1 Node2 Length Diameter Roughness MinorLoss Status", pipeLines);
        writeSection(out, "PUMPS", ";ID Node1 Node2 Parameters", pumpLines);
        writeSection(out, "CURVES", ";ID Flow Head", List.of("PUMPCURVE 250 85"));
        writeSection(
                out,
                "PATTERNS",
                ";ID Multipliers (1 h each)",
                List.of(
                        "RES 0.55 0.45 0.40 0.40 0.45 0.70 1.10 1.45 1.40 1.20 1.05 1.00",
                        "RES 1.00 0.95 0.95 1.00 1.10 1.25 1.45 1.50 1.35 1.10 0.85 0.65",
                        "COM 0.30 0.30 0.30 0.30 0.35 0.50 0.90 1.40 1.70 1.70 1.65 1.60",
                        "COM 1.60 1.60 1.55 1.50 1.40 1.10 0.80 0.60 0.45 0.40 0.35 0.30",
                        "IND 0.90 0.90 0.90 0.90 0.95 1.00 1.10 1.15 1.15 1.15 1.10 1.10",
                        "IND 1.10 1.10 1.10 1.10 1.05 1.00 0.95 0.95 0.90 0.90 0.90 0.90"));
        writeSection(
                out,
                "OPTIONS",
                "",
                List.of(
                        "Units LPS",
                        "Headloss H-W",
                        "Trials 100",
                        "Accuracy 0.001",
                        "Unbalanced Continue 10",
                        "Pattern RES"));
        writeSection(
                out,
                "TIMES",
                "",
                List.of("Duration 24:00", "Hydraulic Timestep 1:00", "Pattern Timestep 1:00", "Report Timestep 1:00"));
        writeSection(out, "COORDINATES", ";Node X Y", coordinateLines);
        out.write("[END]\n");
        return new Summary(junctions, reservoirLines.size(), tanks, pipes, pumps);
    }

    private static String grid(int row, int column) {
        return "J" + row + "_" + column;
    }

    /** Rolling terrain between about 20 and 60 m, so pressures vary across the grid. */
    private static double elevation(double x, double y, SplittableRandom random) {
        return 40
                + 12 * Math.sin(x / 3100) * Math.cos(y / 2300)
                + 6 * Math.sin((x + y) / 900)
                + random.nextDouble(-0.5, 0.5);
    }

    private static String junction(String id, double elevation, SplittableRandom random) {
        double kind = random.nextDouble();
        String pattern = kind < 0.75 ? "RES" : kind < 0.93 ? "COM" : "IND";
        double demand = random.nextDouble(0.02, 0.12);
        return String.format(Locale.ROOT, "%-12s %7.2f %7.4f %s", id, elevation, demand, pattern);
    }

    /** Trunk mains every {@value #TRUNK_SPACING} streets, distribution mains elsewhere. */
    private static int diameterAlong(int street) {
        return street % TRUNK_SPACING == 0 ? 400 : street % (TRUNK_SPACING / 2) == 0 ? 200 : 150;
    }

    /** A street pipe: one block long, roughness C between 100 and 140. */
    private static String street(String id, String from, String to, int diameter, SplittableRandom random) {
        return pipe(id, from, to, BLOCK_METRES, diameter, 100 + random.nextInt(41));
    }

    private static String pipe(String id, String from, String to, double length, int diameter, int roughness) {
        return String.format(
                Locale.ROOT, "%-12s %-12s %-12s %6.1f %5d %5d 0 Open", id, from, to, length, diameter, roughness);
    }

    private static String coordinate(String id, double x, double y) {
        return String.format(Locale.ROOT, "%-12s %10.1f %10.1f", id, x, y);
    }

    private static void writeSection(Writer out, String name, String header, List<String> lines) throws IOException {
        out.write("[" + name + "]\n");
        if (!header.isEmpty()) {
            out.write(header + "\n");
        }
        for (String line : lines) {
            out.write(line);
            out.write('\n');
        }
        out.write('\n');
    }

    /** What a generated network holds. */
    public record Summary(int junctions, int reservoirs, int tanks, int pipes, int pumps) {}
}

package org.headwater.analytics.breakrisk;

import org.headwater.network.CoordinateSystem;
import org.headwater.network.Location;
import org.jspecify.annotations.Nullable;

/** The {@code x,y,crs} columns of a generic break file. */
final class BreakCoordinates {

    private BreakCoordinates() {}

    /** The row's location; null when both x and y are blank, an error naming the column when one is bad. */
    static @Nullable Location of(CsvTable table, int row) {
        String x = table.value(row, "x");
        String y = table.value(row, "y");
        if (x.isEmpty() && y.isEmpty()) {
            return null;
        }
        String crs = table.value(row, "crs");
        double east = number(table, row, "x", x);
        double north = number(table, row, "y", y);
        try {
            return new Location(east, north, crs.isEmpty() ? CoordinateSystem.WGS84 : new CoordinateSystem(crs));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    table.where(row) + ": x,y,crs " + x + "," + y + "," + crs + ": " + e.getMessage(), e);
        }
    }

    private static double number(CsvTable table, int row, String column, String text) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the row and column
        }
        throw new IllegalArgumentException(
                table.where(row) + ": column " + column + " '" + text + "' is not a finite number");
    }
}

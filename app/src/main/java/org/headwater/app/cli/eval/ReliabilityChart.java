package org.headwater.app.cli.eval;

import java.util.Locale;
import org.headwater.analytics.breakrisk.Reliability;

/**
 * A reliability curve as a small SVG: stated probability against observed frequency on log axes
 * (most pipes sit well under 1 %), the diagonal for perfect calibration, calibrated and raw points.
 */
final class ReliabilityChart {

    private static final int SIZE = 420;
    private static final int MARGIN = 60;
    private static final double LOW = 5e-4;
    private static final double HIGH = 1;

    private ReliabilityChart() {}

    static String svg(Reliability calibrated, Reliability raw) {
        StringBuilder svg = new StringBuilder();
        int full = SIZE + 2 * MARGIN;
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\""
                        + " font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
                full,
                full));
        svg.append(String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#888\"/>%n",
                MARGIN,
                MARGIN,
                SIZE,
                SIZE));
        for (double tick : new double[] {0.001, 0.01, 0.1, 1}) {
            double at = x(tick);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n"
                            + "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
                    at,
                    MARGIN,
                    at,
                    MARGIN + SIZE,
                    at,
                    MARGIN + SIZE + 16,
                    tick,
                    MARGIN,
                    y(tick),
                    MARGIN + SIZE,
                    y(tick),
                    MARGIN - 6,
                    y(tick) + 4,
                    tick));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>%n",
                x(LOW),
                y(LOW),
                x(HIGH),
                y(HIGH)));
        points(svg, raw, "#d62728", "raw 1 - e^-expected");
        points(svg, calibrated, "#1f77b4", "isotonic-calibrated");
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">stated probability of a break within the year</text>%n"
                        + "<text x=\"16\" y=\"%d\" transform=\"rotate(-90 16 %d)\" text-anchor=\"middle\">observed share"
                        + " of pipes that broke</text>%n",
                MARGIN + SIZE / 2,
                MARGIN + SIZE + 40,
                MARGIN + SIZE / 2,
                MARGIN + SIZE / 2));
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"30\" text-anchor=\"middle\" font-size=\"14\">Reliability, walk-forward (Brier"
                        + " calibrated %.5f, raw %.5f)</text>%n</svg>%n",
                MARGIN + SIZE / 2,
                calibrated.brier(),
                raw.brier()));
        return svg.toString();
    }

    private static void points(StringBuilder svg, Reliability reliability, String colour, String label) {
        StringBuilder path = new StringBuilder();
        for (Reliability.Bin bin : reliability.bins()) {
            double px = x(Math.max(bin.meanProbability(), LOW));
            double py = y(Math.max(bin.observed(), LOW));
            path.append(path.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", px, py));
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"><title>%s: %d pipe-years, stated %.4f,"
                            + " observed %.4f</title></circle>%n",
                    px,
                    py,
                    2 + Math.log10(bin.pipes()),
                    colour,
                    label,
                    bin.pipes(),
                    bin.meanProbability(),
                    bin.observed()));
        }
        svg.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\"/>%n", path, colour));
        int legendY = colour.equals("#1f77b4") ? MARGIN + 20 : MARGIN + 38;
        svg.append(String.format(
                Locale.ROOT,
                "<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
                MARGIN + 14,
                legendY - 4,
                colour,
                MARGIN + 24,
                legendY,
                label));
    }

    private static double x(double probability) {
        return MARGIN + SIZE * (Math.log(probability / LOW) / Math.log(HIGH / LOW));
    }

    private static double y(double probability) {
        return MARGIN + SIZE - SIZE * (Math.log(probability / LOW) / Math.log(HIGH / LOW));
    }
}

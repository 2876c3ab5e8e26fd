package org.headwater.app.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far apart two screen colours look, for normal vision and the three dichromacies: the colours are simulated
 * with Machado, Oliveira and Fernandes (2009) at full severity in linear RGB, then compared as CIE76 distance in
 * CIELAB (D65).
 */
final class Colours {

    enum Vision {
        NORMAL(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
        PROTANOPIA(new double[][] {
            {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}
        }),
        DEUTERANOPIA(new double[][] {
            {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}
        }),
        TRITANOPIA(new double[][] {
            {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}
        });

        private final double[][] matrix;

        Vision(double[][] matrix) {
            this.matrix = matrix;
        }
    }

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+),\\s*(\\d+),\\s*(\\d+)");

    private Colours() {}

    /** {@code rgb(51, 34, 136)} as computed styles give it → {51, 34, 136}. */
    static int[] parseRgb(String css) {
        Matcher m = RGB.matcher(css);
        if (!m.find()) {
            throw new IllegalArgumentException("not an rgb() colour: " + css);
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    static double difference(int[] a, int[] b, Vision vision) {
        double[] labA = lab(seenBy(a, vision));
        double[] labB = lab(seenBy(b, vision));
        return Math.sqrt(
                Math.pow(labA[0] - labB[0], 2) + Math.pow(labA[1] - labB[1], 2) + Math.pow(labA[2] - labB[2], 2));
    }

    private static double[] seenBy(int[] rgb, Vision vision) {
        double[] linear = {linear(rgb[0]), linear(rgb[1]), linear(rgb[2])};
        double[] seen = new double[3];
        for (int row = 0; row < 3; row++) {
            double sum = 0;
            for (int col = 0; col < 3; col++) {
                sum += vision.matrix[row][col] * linear[col];
            }
            seen[row] = Math.clamp(sum, 0, 1);
        }
        return seen;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double[] lab(double[] linearRgb) {
        double r = linearRgb[0];
        double g = linearRgb[1];
        double b = linearRgb[2];
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
}

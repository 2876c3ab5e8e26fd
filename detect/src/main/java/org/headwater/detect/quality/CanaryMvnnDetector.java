package org.headwater.detect.quality;

import java.time.Instant;
import java.util.List;

/**
 * The reference: EPA CANARY-EDS's multivariate nearest-neighbour workflow with its binomial event
 * discriminator ({@code MVNN_BED}), re-implemented from its documented behaviour so both detectors run
 * on the same splits. Each quality value is standardised by the mean and standard deviation of its
 * history window (the deviation never below {@code precision / outlierThreshold}); the smallest
 * Euclidean distance from the current point to a point of the history window is compared with the
 * outlier threshold; normal points join the history, outliers do not; after {@code eventTimeout}
 * event steps the history is refilled with the latest raw values. The window is blind until full.
 */
public final class CanaryMvnnDetector implements WaterQualityEventDetector {

    private final List<Channel> channels;
    private final CanaryMvnnSettings settings;
    private final int[] qualityIndex;
    private final double[] floor;
    private final double[][] history;
    private final double[][] latest;
    private final BinomialEventDiscriminator discriminator;
    private final double[] mean;
    private final double[] scale;
    private final double[] current;
    private int historySize;
    private int historyNext;
    private int latestCount;
    private int eventSteps;
    private Instant lastTime = Instant.MIN;

    public CanaryMvnnDetector(List<Channel> channels, CanaryMvnnSettings settings) {
        this.channels = List.copyOf(channels);
        this.settings = settings;
        this.qualityIndex = java.util.stream.IntStream.range(0, channels.size())
                .filter(i -> channels.get(i).isQuality())
                .toArray();
        if (qualityIndex.length == 0 || channels.size() > 63) {
            throw new IllegalArgumentException(
                    "CANARY needs 1 to 63 channels with at least one QUALITY channel, had " + channels);
        }
        int q = qualityIndex.length;
        this.floor = new double[q];
        for (int c = 0; c < q; c++) {
            floor[c] = 1.001 * channels.get(qualityIndex[c]).precision() / settings.outlierThreshold();
        }
        this.history = new double[q][settings.historyWindow()];
        this.latest = new double[q][settings.historyWindow()];
        this.discriminator = new BinomialEventDiscriminator(settings.bedWindow(), settings.bedOutlierProbability());
        this.mean = new double[q];
        this.scale = new double[q];
        this.current = new double[q];
    }

    @Override
    public List<Channel> channels() {
        return channels;
    }

    @Override
    public WaterQualityVerdict accept(StationSample sample) {
        double[] values = SampleChecks.requireNext(sample, lastTime, channels.size());
        lastTime = sample.time();
        rememberLatest(values);
        if (historySize < settings.historyWindow()) {
            // CANARY fills the window first and is blind meanwhile; a missing value repeats the previous one
            appendHistory(values, true);
            return new WaterQualityVerdict(sample.time(), false, Double.NaN, 0);
        }
        long present = standardiseCurrent(values);
        if (present == 0) {
            return new WaterQualityVerdict(sample.time(), false, Double.NaN, 0);
        }
        int nearest = nearestIndex(present);
        double distance = distanceTo(nearest, present, Double.POSITIVE_INFINITY);
        boolean outlier = !(distance < settings.outlierThreshold());
        if (!outlier) {
            appendHistory(values, false);
        }
        double probability = discriminator.add(outlier);
        boolean event = probability >= settings.eventThreshold();
        if (event) {
            eventSteps++;
        } else if (probability <= 0.5) {
            eventSteps = 0;
        }
        if (eventSteps >= settings.eventTimeoutSteps()) {
            refillHistoryFromLatest();
            discriminator.clear();
            eventSteps = 0;
            event = false;
        }
        return new WaterQualityVerdict(sample.time(), event, probability, outlier ? contributing(nearest, present) : 0);
    }

    /** Standardises the present quality values; returns a mask of the channels present (by channel index). */
    private long standardiseCurrent(double[] values) {
        long present = 0;
        int window = settings.historyWindow();
        for (int c = 0; c < qualityIndex.length; c++) {
            double value = values[qualityIndex[c]];
            current[c] = Double.NaN;
            if (Double.isNaN(value)) {
                continue;
            }
            double sum = 0;
            double sumSquares = 0;
            int n = 0;
            for (int i = 0; i < window; i++) {
                double h = history[c][i];
                if (!Double.isNaN(h)) {
                    sum += h;
                    sumSquares += h * h;
                    n++;
                }
            }
            if (n < 2) {
                continue;
            }
            mean[c] = sum / n;
            double std = Math.sqrt(Math.max(0, (sumSquares - n * mean[c] * mean[c]) / (n - 1)));
            scale[c] = std < floor[c] ? floor[c] : std;
            current[c] = (value - mean[c]) / scale[c];
            present |= 1L << qualityIndex[c];
        }
        return present;
    }

    private int nearestIndex(long present) {
        double best = Double.POSITIVE_INFINITY;
        int bestIndex = 0;
        for (int i = 0; i < settings.historyWindow(); i++) {
            double distance = distanceTo(i, present, best);
            if (distance < best) {
                best = distance;
                bestIndex = i;
            }
        }
        return bestIndex;
    }

    /** Euclidean distance to history point {@code i}, or anything {@code >= bound} once it exceeds the bound. */
    private double distanceTo(int i, long present, double bound) {
        double boundSquared = bound * bound;
        double squared = 0;
        for (int c = 0; c < qualityIndex.length; c++) {
            if ((present & (1L << qualityIndex[c])) != 0) {
                double d = (history[c][i] - mean[c]) / scale[c] - current[c];
                squared += d * d;
                if (squared >= boundSquared) {
                    return bound;
                }
            }
        }
        return Math.sqrt(squared);
    }

    /** Channels whose own standardised distance to the nearest neighbour reaches the outlier threshold. */
    private long contributing(int nearest, long present) {
        long mask = 0;
        for (int c = 0; c < qualityIndex.length; c++) {
            if ((present & (1L << qualityIndex[c])) != 0
                    && Math.abs((history[c][nearest] - mean[c]) / scale[c] - current[c])
                            >= settings.outlierThreshold()) {
                mask |= 1L << qualityIndex[c];
            }
        }
        return mask;
    }

    private void appendHistory(double[] values, boolean repeatWhenMissing) {
        int previous = (historyNext + settings.historyWindow() - 1) % settings.historyWindow();
        for (int c = 0; c < qualityIndex.length; c++) {
            double value = values[qualityIndex[c]];
            if (Double.isNaN(value) && repeatWhenMissing && historySize > 0) {
                value = history[c][previous];
            }
            history[c][historyNext] = value;
        }
        historyNext = (historyNext + 1) % settings.historyWindow();
        historySize = Math.min(historySize + 1, settings.historyWindow());
    }

    private void rememberLatest(double[] values) {
        int slot = latestCount % settings.historyWindow();
        for (int c = 0; c < qualityIndex.length; c++) {
            latest[c][slot] = values[qualityIndex[c]];
        }
        latestCount++;
    }

    private void refillHistoryFromLatest() {
        for (int c = 0; c < qualityIndex.length; c++) {
            System.arraycopy(latest[c], 0, history[c], 0, settings.historyWindow());
        }
        historySize = settings.historyWindow();
        historyNext = latestCount % settings.historyWindow();
    }
}

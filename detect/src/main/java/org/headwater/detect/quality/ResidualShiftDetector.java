package org.headwater.detect.quality;

import java.time.Instant;
import java.util.List;

/**
 * Headwater's water-quality event detector: each quality channel predicts its next value by its
 * smoothed recent level, residuals are scaled by the channel's own recent spread (never below its
 * precision), channels vote when their residual passes the outlier threshold, and a binomial event
 * discriminator turns station outliers into events. Deviating values do not feed the level, shifts
 * lasting longer than the event timeout become the new normal, channels restart after data gaps
 * instead of comparing with stale levels, stuck sensors cannot vote, and a flow change widens the
 * thresholds for a moment because it explains a shift.
 */
public final class ResidualShiftDetector implements WaterQualityEventDetector {

    private final List<Channel> channels;
    private final ShiftDetectorSettings settings;
    private final ChannelBaseline[] baselines;
    private final boolean[] quality;
    private final BinomialEventDiscriminator discriminator;
    private Instant lastTime = Instant.MIN;
    private int wideningLeft;

    public ResidualShiftDetector(List<Channel> channels, ShiftDetectorSettings settings) {
        if (channels.isEmpty() || channels.size() > 63) {
            throw new IllegalArgumentException("a station needs 1 to 63 channels, had " + channels.size());
        }
        if (channels.stream().noneMatch(Channel::isQuality)) {
            throw new IllegalArgumentException("a station needs at least one QUALITY channel, had " + channels);
        }
        this.channels = List.copyOf(channels);
        this.settings = settings;
        this.baselines = new ChannelBaseline[channels.size()];
        this.quality = new boolean[channels.size()];
        for (int i = 0; i < baselines.length; i++) {
            baselines[i] = new ChannelBaseline(channels.get(i).precision(), settings);
            quality[i] = channels.get(i).isQuality();
        }
        this.discriminator = new BinomialEventDiscriminator(settings.bedWindow(), settings.bedOutlierProbability());
    }

    @Override
    public List<Channel> channels() {
        return channels;
    }

    public ShiftDetectorSettings settings() {
        return settings;
    }

    @Override
    public WaterQualityVerdict accept(StationSample sample) {
        double[] values = SampleChecks.requireNext(sample, lastTime, channels.size());
        lastTime = sample.time();
        noteOperationalChanges(values, sample.time());
        double threshold = settings.outlierThreshold() * (wideningLeft > 0 ? settings.operationalWidening() : 1.0);
        long deviating = 0;
        int deviatingCount = 0;
        int present = 0;
        double strongest = 0;
        for (int i = 0; i < values.length; i++) {
            if (!quality[i] || Double.isNaN(values[i])) {
                continue;
            }
            present++;
            double score = baselines[i].observe(values[i], sample.time(), threshold);
            if (score > threshold) {
                deviating |= 1L << i;
                deviatingCount++;
                strongest = Math.max(strongest, score);
            }
        }
        if (present == 0) {
            // nothing measured: no evidence either way, and the discriminator keeps its memory for the next value
            return new WaterQualityVerdict(sample.time(), false, Double.NaN, 0);
        }
        boolean stationOutlier = deviatingCount >= settings.minDeviatingChannels()
                || strongest > threshold * settings.singleChannelFactor();
        double probability = discriminator.add(stationOutlier);
        return new WaterQualityVerdict(
                sample.time(), probability >= settings.eventThreshold(), probability, stationOutlier ? deviating : 0);
    }

    private void noteOperationalChanges(double[] values, Instant time) {
        if (wideningLeft > 0) {
            wideningLeft--;
        }
        for (int i = 0; i < values.length; i++) {
            if (!quality[i]
                    && !Double.isNaN(values[i])
                    && baselines[i].stepChange(values[i], time) > settings.operationalChangeThreshold()) {
                wideningLeft = settings.bedWindow();
            }
        }
    }
}

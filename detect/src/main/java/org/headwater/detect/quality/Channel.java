package org.headwater.detect.quality;

/**
 * One sensor channel of a station.
 *
 * @param name the column or tag name, e.g. {@code pH}
 * @param role whether deviations count towards events or explain them
 * @param precision the smallest meaningful change of the sensor, in its own unit; residuals are never
 *     scaled by less than this
 */
public record Channel(String name, ChannelRole role, double precision) {

    public Channel {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("channel name must not be blank");
        }
        if (role == null) {
            throw new IllegalArgumentException("channel '" + name + "': role must not be null");
        }
        if (!(precision > 0) || Double.isInfinite(precision)) {
            throw new IllegalArgumentException("channel '" + name + "': precision must be > 0, was " + precision);
        }
    }

    public boolean isQuality() {
        return role == ChannelRole.QUALITY;
    }

    public Channel withPrecision(double newPrecision) {
        return new Channel(name, role, newPrecision);
    }
}

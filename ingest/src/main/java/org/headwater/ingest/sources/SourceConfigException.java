package org.headwater.ingest.sources;

/** A {@code headwater.sources.*} setting that cannot be used, naming the full property. */
public final class SourceConfigException extends IllegalArgumentException {

    private final String property;

    public SourceConfigException(String property, String problem) {
        super(property + ": " + problem);
        this.property = property;
    }

    public String property() {
        return property;
    }
}

package org.headwater.network;

import java.util.Arrays;

/**
 * The file a network was imported from, as it was read (gzip-compressed or not, as its name says). The
 * graph keeps assets and relations; the hydraulic model also needs what the graph leaves out (patterns,
 * curves, controls, options), so an EPANET file is kept whole beside it.
 */
public record NetworkSource(String fileName, byte[] content) {

    public NetworkSource {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("fileName must not be blank");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Whether this is an EPANET input file ({@code .inp}, optionally {@code .gz}). */
    public boolean isEpanet() {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".inp") || name.endsWith(".inp.gz");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkSource other
                && other.fileName.equals(fileName)
                && Arrays.equals(other.content, content);
    }

    @Override
    public int hashCode() {
        return fileName.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "NetworkSource[" + fileName + ", " + content.length + " bytes]";
    }
}

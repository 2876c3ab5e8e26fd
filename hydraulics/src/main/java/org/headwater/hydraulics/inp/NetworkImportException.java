package org.headwater.hydraulics.inp;

/**
 * A network file that cannot be imported, with where the problem is: the file, the line (1-based,
 * 0 when the format has no lines to point at), the part of the file (an EPANET section such as
 * {@code [PIPES]}, a CSV column, a GeoJSON feature) and the field.
 */
public final class NetworkImportException extends IllegalArgumentException {

    private final String file;
    private final int line;
    private final String part;
    private final String field;

    public NetworkImportException(String file, int line, String part, String field, String problem) {
        super(describe(file, line, part, field, problem));
        this.file = file;
        this.line = line;
        this.part = part;
        this.field = field;
    }

    private static String describe(String file, int line, String part, String field, String problem) {
        String at = line > 0 ? file + " line " + line : file;
        return at + ", " + part + ", field '" + field + "': " + problem;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The section, column or feature the problem is in. */
    public String part() {
        return part;
    }

    public String field() {
        return field;
    }
}

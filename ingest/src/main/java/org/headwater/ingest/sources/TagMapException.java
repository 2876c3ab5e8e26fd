package org.headwater.ingest.sources;

/**
 * A tag map that cannot be used, naming the file, the line and the field so the operator can fix it
 * before the connector starts.
 */
public final class TagMapException extends IllegalArgumentException {

    private final String file;
    private final int line;
    private final String field;

    public TagMapException(String file, int line, String field, String problem) {
        super(file + " line " + line + " field " + field + ": " + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }
}

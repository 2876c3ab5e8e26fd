package org.headwater.ingest.reads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream into lines without decoding it (LF or CRLF endings), so the CSV hot path
 * works on bytes. A line longer than the limit is returned once, truncated and flagged, and the rest
 * of it is skipped: one runaway line cannot exhaust memory or hide the lines after it.
 */
final class ByteLines {

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private boolean skipRestOfLine;
    private int start;
    private int end;
    private long number;
    private boolean tooLong;

    ByteLines(InputStream in, int maxLineBytes) {
        if (maxLineBytes < 16) {
            throw new IllegalArgumentException("maxLineBytes must be at least 16: " + maxLineBytes);
        }
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.buf = new byte[Math.max(maxLineBytes + 1, 1 << 16)];
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        if (skipRestOfLine) {
            skipRestOfLine = false;
            if (!skipToNewline()) {
                return false;
            }
        }
        while (true) {
            int newline = indexOfNewline(pos, Math.min(limit, pos + maxLineBytes + 1));
            if (newline >= 0) {
                return line(pos, newline, newline + 1, false);
            }
            if (limit - pos > maxLineBytes) {
                skipRestOfLine = true;
                return line(pos, pos + maxLineBytes, pos + maxLineBytes, true);
            }
            if (eof) {
                return pos < limit && line(pos, limit, limit, false);
            }
            fill();
        }
    }

    byte[] buffer() {
        return buf;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** 1-based line number. */
    long number() {
        return number;
    }

    /** Whether this line was cut at the length limit. */
    boolean tooLong() {
        return tooLong;
    }

    String text() {
        return new String(buf, start, end - start, StandardCharsets.UTF_8);
    }

    private boolean line(int from, int to, int nextPos, boolean cut) {
        start = from;
        end = to > from && buf[to - 1] == '\r' && !cut ? to - 1 : to;
        pos = nextPos;
        number++;
        tooLong = cut;
        return true;
    }

    private boolean skipToNewline() throws IOException {
        while (true) {
            int newline = indexOfNewline(pos, limit);
            if (newline >= 0) {
                pos = newline + 1;
                return true;
            }
            pos = limit;
            if (eof) {
                return false;
            }
            fill();
        }
    }

    private int indexOfNewline(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Moves the unread bytes to the front and reads more after them. */
    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }
}

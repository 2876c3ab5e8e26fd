package org.headwater.testkit.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

/** The ways a {@link MutationEngine} spoils an input; each keeps the result within {@code maxBytes}. */
public enum Mutator {
    /** A file cut short: a transfer that stopped, a disk that filled. */
    TRUNCATE {
        @Override
        byte[] apply(byte[] in, SplittableRandom r, int maxBytes) {
            return in.length == 0 ? in : Arrays.copyOf(in, r.nextInt(in.length));
        }
    },
    /** Bit rot and bad transmission. */
    FLIP_BITS {
        @Override
        byte[] apply(byte[] in, SplittableRandom r, int maxBytes) {
            byte[] out = in.clone();
            for (int i = 1 + r.nextInt(8); i > 0 && out.length > 0; i--) {
                out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
            }
            return out;
        }
    },
    /** Stray bytes, mostly the ones that mean something to a parser (separators, quotes, brackets). */
    INSERT_BYTES {
        private static final byte[] SPECIAL = " \t\r\n\0\",;:[]{}#\\'-.eE+".getBytes(StandardCharsets.ISO_8859_1);

        @Override
        byte[] apply(byte[] in, SplittableRandom r, int maxBytes) {
            byte[] inserted = new byte[1 + r.nextInt(16)];
            for (int i = 0; i < inserted.length; i++) {
                inserted[i] = r.nextBoolean() ? SPECIAL[r.nextInt(SPECIAL.length)] : (byte) r.nextInt(256);
            }
            return splice(in, r.nextInt(in.length + 1), 0, inserted);
        }
    },
    /** A lost block of bytes. */
    DELETE_BYTES {
        @Override
        byte[] apply(byte[] in, SplittableRandom r, int maxBytes) {
            if (in.length == 0) {
                return in;
            }
            int at = r.nextInt(in.length);
            return splice(in, at, Math.min(in.length - at, 1 + r.nextInt(64)), new byte[0]);
        }
    },
    /** A number out of every range: overflowing a double, an int, a long, or hundreds of digits. */
    HUGE_NUMBER {
        private static final String[] HUGE = {
            "1e309",
            "-1e309",
            "1e-400",
            "2147483648",
            "-2147483649",
            "9223372036854775808",
            "1E+999999999",
            "99999999999999999999999999999999",
            "-0",
            "0x7fffffff",
            "1.7976931348623157E308",
            "4.9e-324"
        };

        @Override
        byte[] apply(byte[] in, SplittableRandom r, int maxBytes) {
            String huge = r.nextInt(4) == 0 ? "9".repeat(1 + r.nextInt(5000)) : HUGE[r.nextInt(HUGE.length)];
            return replaceNumber(in, r, huge);
        }
    },
    /** Values a double can hold but no measurement can, and values of the wrong type where a number belongs. */
    NAN_INFINITY {
        private static final String[] NON_FINITE = {
            "NaN", "Infinity", "-Infinity", "+Infinity", "nan", "inf", "-inf", "null", "true", "\"\"", "{}", "[]"
        };

        @Override
        byte[] apply(byte[] in, SplittableRandom r, int maxBytes) {
            return replaceNumber(in, r, NON_FINITE[r.nextInt(NON_FINITE.length)]);
        }
    },
    /** Brackets nested thousands deep: stack exhaustion in recursive parsers. */
    DEEP_NESTING {
        @Override
        byte[] apply(byte[] in, SplittableRandom r, int maxBytes) {
            int depth = Math.min(1 + r.nextInt(100_000), maxBytes / 8);
            String open = r.nextBoolean() ? "[" : "{\"a\":";
            String nested = open.repeat(depth)
                    + (r.nextBoolean() ? "1" : "")
                    + (open.equals("[") ? "]" : "}").repeat(r.nextInt(depth + 1));
            return splice(in, r.nextInt(in.length + 1), 0, nested.getBytes(StandardCharsets.US_ASCII));
        }
    },
    /** The whole input saved as UTF-16, with or without a byte-order mark. */
    UTF16 {
        @Override
        byte[] apply(byte[] in, SplittableRandom r, int maxBytes) {
            Charset[] charsets = {StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE};
            return text(in).getBytes(charsets[r.nextInt(charsets.length)]);
        }
    },
    /** Saved as Latin-1 by an old tool, with an accented character or two added. */
    LATIN1 {
        @Override
        byte[] apply(byte[] in, SplittableRandom r, int maxBytes) {
            String text = text(in);
            int at = r.nextInt(text.length() + 1);
            return (text.substring(0, at) + "éñü°µ".charAt(r.nextInt(5)) + text.substring(at))
                    .getBytes(StandardCharsets.ISO_8859_1);
        }
    },
    /** A byte-order mark in front (UTF-8, UTF-16 or UTF-32), or in the middle of a concatenated file. */
    BOM {
        private static final byte[][] MARKS = {
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            {(byte) 0xFE, (byte) 0xFF},
            {(byte) 0xFF, (byte) 0xFE},
            {0, 0, (byte) 0xFE, (byte) 0xFF}
        };

        @Override
        byte[] apply(byte[] in, SplittableRandom r, int maxBytes) {
            int at = r.nextInt(4) == 0 ? r.nextInt(in.length + 1) : 0;
            return splice(in, at, 0, MARKS[r.nextInt(MARKS.length)]);
        }
    },
    /** Byte sequences that are not UTF-8: lone continuations, overlongs, surrogates, truncated sequences. */
    INVALID_UTF8 {
        private static final byte[][] INVALID = {
            {(byte) 0x80},
            {(byte) 0xC3, 0x28},
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xFF}
        };

        @Override
        byte[] apply(byte[] in, SplittableRandom r, int maxBytes) {
            byte[] out = in;
            for (int i = 1 + r.nextInt(4); i > 0; i--) {
                out = splice(out, r.nextInt(out.length + 1), 0, INVALID[r.nextInt(INVALID.length)]);
            }
            return out;
        }
    },
    /** One line of up to half the size limit, without a line break. */
    ENORMOUS_LINE {
        @Override
        byte[] apply(byte[] in, SplittableRandom r, int maxBytes) {
            byte[] line = new byte[1 + r.nextInt(maxBytes / 2)];
            byte fill = (byte) "9a,; \"x".charAt(r.nextInt(7));
            Arrays.fill(line, fill);
            return splice(in, lineStart(in, r.nextInt(in.length + 1)), 0, line);
        }
    },
    /** A block of whole lines repeated, up to the size limit: duplicated sections, ids and records. */
    DUPLICATE_SECTION {
        @Override
        byte[] apply(byte[] in, SplittableRandom r, int maxBytes) {
            if (in.length == 0) {
                return in;
            }
            int from = lineStart(in, r.nextInt(in.length));
            int to = Math.min(in.length, from + 1 + r.nextInt(Math.min(in.length - from, 4096)));
            byte[] block = Arrays.copyOfRange(in, from, to);
            int times = 1 + r.nextInt(Math.max(1, Math.min(1000, (maxBytes - in.length) / block.length)));
            ByteArrayOutputStream repeated = new ByteArrayOutputStream();
            for (int i = 0; i < times; i++) {
                repeated.writeBytes(block);
            }
            return splice(in, from, 0, repeated.toByteArray());
        }
    },
    /** Nothing at all. */
    EMPTY {
        @Override
        byte[] apply(byte[] in, SplittableRandom r, int maxBytes) {
            return new byte[0];
        }
    };

    abstract byte[] apply(byte[] in, SplittableRandom r, int maxBytes);

    static byte[] splice(byte[] in, int at, int removed, byte[] inserted) {
        byte[] out = new byte[in.length - removed + inserted.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(in, at + removed, out, at + inserted.length, in.length - at - removed);
        return out;
    }

    /** Replaces the first run of digits at or after a random position (anywhere, if none). */
    static byte[] replaceNumber(byte[] in, SplittableRandom r, String replacement) {
        byte[] with = replacement.getBytes(StandardCharsets.US_ASCII);
        if (in.length == 0) {
            return with;
        }
        int start = r.nextInt(in.length);
        int digit = indexOfDigit(in, start);
        if (digit < 0) {
            digit = indexOfDigit(in, 0);
        }
        if (digit < 0) {
            return splice(in, start, 0, with);
        }
        int end = digit;
        while (end < in.length && (Character.isDigit(in[end]) || in[end] == '.')) {
            end++;
        }
        return splice(in, digit, end - digit, with);
    }

    private static int indexOfDigit(byte[] in, int from) {
        for (int i = from; i < in.length; i++) {
            if (in[i] >= '0' && in[i] <= '9') {
                return i;
            }
        }
        return -1;
    }

    private static int lineStart(byte[] in, int at) {
        while (at > 0 && in[at - 1] != '\n') {
            at--;
        }
        return at;
    }

    private static String text(byte[] in) {
        return new String(in, StandardCharsets.UTF_8);
    }
}

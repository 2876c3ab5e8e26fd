package org.headwater.hydraulics.inp;

import java.util.ArrayList;
import java.util.List;

/** Splits an EPANET line into tokens: whitespace separates, ';' starts a comment, quotes group. */
public final class InpTokenizer {

    private InpTokenizer() {}

    public static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                break;
            } else if (!quoted && Character.isWhitespace(c)) {
                flush(token, tokens);
            } else {
                token.append(c);
            }
        }
        flush(token, tokens);
        return tokens;
    }

    private static void flush(StringBuilder token, List<String> tokens) {
        if (!token.isEmpty()) {
            tokens.add(token.toString());
            token.setLength(0);
        }
    }
}

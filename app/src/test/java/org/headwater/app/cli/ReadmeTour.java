package org.headwater.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The commands of the README's tour section: every fenced bash block, one entry per shell command. */
record ReadmeTour(List<String> commands) {

    static final String SECTION = "## A five-minute tour";

    static ReadmeTour read(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme);
        int start = lines.indexOf(SECTION);
        if (start < 0) {
            throw new IllegalStateException(readme + " has no section '" + SECTION + "'");
        }
        List<String> commands = new ArrayList<>();
        boolean inBlock = false;
        StringBuilder command = new StringBuilder();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (!inBlock && line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("```")) {
                inBlock = !inBlock && line.equals("```bash");
                continue;
            }
            if (!inBlock
                    || (command.isEmpty() && (line.isBlank() || line.strip().startsWith("#")))) {
                continue;
            }
            command.append(command.isEmpty() ? "" : "\n").append(line);
            if (isComplete(command.toString())) {
                commands.add(command.toString());
                command.setLength(0);
            }
        }
        if (!command.isEmpty()) {
            throw new IllegalStateException("unfinished command at the end of a block: " + command);
        }
        return new ReadmeTour(commands);
    }

    // A command goes on while a quoted string is open or the line ends with a backslash; a # outside
    // quotes after a blank starts a comment (comments may hold apostrophes).
    private static boolean isComplete(String command) {
        char open = 0;
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            boolean afterBlank = i == 0 || Character.isWhitespace(command.charAt(i - 1));
            if (open == 0 && c == '#' && afterBlank) {
                while (i + 1 < command.length() && command.charAt(i + 1) != '\n') {
                    i++;
                }
                continue;
            }
            code.append(c);
            if (open == 0 && (c == '\'' || c == '"')) {
                open = c;
            } else if (c == open) {
                open = 0;
            }
        }
        return open == 0 && !code.toString().stripTrailing().endsWith("\\");
    }
}

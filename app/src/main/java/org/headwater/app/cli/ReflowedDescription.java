package org.headwater.app.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/**
 * Renders a command's description as paragraphs wrapped to the help width. The sources wrap descriptions by hand
 * to keep code lines short; printed as they are, a line longer than the help width broke mid-sentence.
 */
final class ReflowedDescription implements CommandLine.IHelpSectionRenderer {

    /** Installs the renderer on the command and every subcommand below it. */
    static void installOn(CommandLine commandLine) {
        commandLine
                .getHelpSectionMap()
                .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION, new ReflowedDescription());
        commandLine.getSubcommands().values().forEach(ReflowedDescription::installOn);
    }

    @Override
    public String render(Help help) {
        List<String> paragraphs = paragraphs(help.commandSpec().usageMessage().description());
        if (paragraphs.isEmpty()) {
            return "";
        }
        CommandLine.Model.UsageMessageSpec usage = help.commandSpec().usageMessage();
        return Help.join(
                        help.ansi(),
                        usage.width(),
                        usage.adjustLineBreaksForWideCJKCharacters(),
                        paragraphs.toArray(String[]::new),
                        new StringBuilder())
                .toString();
    }

    /** Joins the hand-wrapped lines: a line that ends a sentence (or is followed by an empty one) ends a paragraph. */
    static List<String> paragraphs(String[] lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (!line.isEmpty()) {
                current.append(current.isEmpty() ? "" : " ").append(line);
            }
            if ((line.isEmpty() || endsSentence(line)) && !current.isEmpty()) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == ':' || last == '`' || line.endsWith(".)");
    }
}

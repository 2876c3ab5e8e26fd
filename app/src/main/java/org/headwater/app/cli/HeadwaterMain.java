package org.headwater.app.cli;

import picocli.CommandLine;

/** Entry point of the {@code ./headwater} launcher: parses the subcommand and runs it. */
public final class HeadwaterMain {

    private HeadwaterMain() {}

    public static void main(String[] args) {
        int exitCode = newCommandLine().execute(args);
        if (exitCode != 0 || !DemoCommand.keepsRunning(args)) {
            System.exit(exitCode);
        }
    }

    /** The whole command tree, shared by the launcher and the tests that drive it. */
    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new HeadwaterCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}

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
        commandLine.setExecutionExceptionHandler(HeadwaterMain::reportFailure);
        ReflowedDescription.installOn(commandLine);
        return commandLine;
    }

    // Bad input and failed start-ups end in one clear line, not a stack trace; the cause chain is kept.
    private static int reportFailure(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        Throwable root = e;
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            message.append("\n  caused by: ").append(root.getMessage());
        }
        commandLine.getErr().println("headwater " + commandLine.getCommandName() + ": " + message);
        if (System.getenv("HEADWATER_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
        }
        return e instanceof IllegalArgumentException ? 2 : 1;
    }
}

package org.headwater.app.cli;

/** Placeholder until the demo subcommand lands; tells the launcher whether the JVM must stay up. */
final class DemoCommand {

    private DemoCommand() {}

    static boolean keepsRunning(String[] args) {
        return args.length > 0 && (args[0].equals("demo") || args[0].equals("serve"));
    }
}

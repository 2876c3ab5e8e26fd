package org.headwater.app.cli;

import org.headwater.app.cli.eval.EvalCommand;
import picocli.CommandLine.Command;

/** The root of {@code ./headwater}: one subcommand per job. */
@Command(
        name = "headwater",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Operations intelligence for water utilities.",
        footer = {
            "",
            "The launcher also runs the test suite: `./headwater test`",
            "(./mvnw -B verify with the JDK it found; extra arguments go to Maven)."
        },
        subcommands = {
            DemoCommand.class,
            ServeCommand.class,
            ImportCommand.class,
            EvalCommand.class,
            DetectCommand.class,
            AuditCommand.class,
            OpcUaCommand.class
        })
public final class HeadwaterCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}

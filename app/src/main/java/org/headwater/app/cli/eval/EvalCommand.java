package org.headwater.app.cli.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ./headwater eval NAME ...}: scores a detector or model on data files given as arguments.
 * Each evaluation prints its metrics and ends with one line whose format its issue fixes.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Score a detector or model on real data with the data set's official scoring.",
        subcommands = {
            WqEventsEval.class,
            DemandEval.class,
            BreakRiskEval.class,
            BreakRiskWalkForwardEval.class,
            LeakDbEval.class,
            HydraulicsEval.class,
            WaterQualityEval.class,
            BattleDimEval.class
        })
public final class EvalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "Name an evaluation, e.g. `eval wq-events --help`.");
    }
}

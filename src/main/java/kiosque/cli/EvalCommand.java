package kiosque.cli;

import picocli.CommandLine.Command;

/** Evaluation of the extractor against annotated French data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the extractor on annotated data (ner: HIPE-format TSV; dates: ISO-TimeML folder).",
        subcommands = {EvalNerCommand.class, EvalDatesCommand.class, EvalLexiconsCommand.class, EvalFacetsCommand.class})
public final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(System.out); }
}

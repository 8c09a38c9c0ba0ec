package kiosque.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code ./kiosque} launcher: one subcommand per user action. */
@Command(name = "kiosque", mixinStandardHelpOptions = true, version = "Kiosque 0.1.0",
        description = "Full-text search for French news archives.",
        subcommands = {IndexCommand.class, ServeCommand.class, SearchCommand.class, EvalCommand.class, LoadCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by main and the tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("kiosque: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 2;
        });
        return cl;
    }
}

package kiosque.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code ./kiosque} launcher: one subcommand per user action. */
@Command(name = "kiosque", mixinStandardHelpOptions = true, version = "Kiosque 0.1.0",
        description = "Full-text search for French news archives.")
public final class Main implements Runnable {

    /** Every subcommand, in the order the usage lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(IndexCommand.class, ServeCommand.class, SearchCommand.class,
            EvalCommand.class, LoadCommand.class, BenchCommand.class);

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    /** The configured command line with every subcommand, shared by main and the tests. */
    public static CommandLine commandLine() {
        return configured(SUBCOMMANDS);
    }

    /**
     * The command line for these arguments: when the first one names a subcommand, with that one only. Picocli
     * builds the model of every option of every subcommand it is given, by reflection and before the JIT has
     * compiled any of it; with all six (and eval's four) that was a visible share of {@code serve}'s startup.
     * Anything else (no argument, an option, a misspelt command) gets them all, for the usage and its errors.
     */
    static CommandLine commandLine(String[] args) {
        if (args.length > 0) {
            for (Class<?> c : SUBCOMMANDS) {
                if (c.getAnnotation(Command.class).name().equals(args[0])) return configured(List.of(c));
            }
        }
        return commandLine();
    }

    private static CommandLine configured(List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> c : subcommands) cl.addSubcommand(c);
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("kiosque: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 2;
        });
        return cl;
    }
}

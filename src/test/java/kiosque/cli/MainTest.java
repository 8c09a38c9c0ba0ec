package kiosque.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The launcher's command line: built for the one subcommand asked for, the same as in the full one. */
class MainTest {

    @Test void aNamedSubcommandIsBuiltAloneAndHelpsAsInTheFullCommandLine() {
        CommandLine full = Main.commandLine();
        assertEquals(List.of("index", "serve", "search", "eval", "load", "bench"), List.copyOf(full.getSubcommands().keySet()));
        for (String name : full.getSubcommands().keySet()) {
            CommandLine alone = Main.commandLine(new String[] {name, "--help"});
            assertEquals(List.of(name), List.copyOf(alone.getSubcommands().keySet()));
            assertEquals(full.getSubcommands().get(name).getUsageMessage(), alone.getSubcommands().get(name).getUsageMessage(), name);
        }
    }

    @Test void anythingElseGetsEverySubcommandForTheUsageAndItsErrors() {
        for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"serv"})) {
            assertEquals(6, Main.commandLine(args).getSubcommands().size(), String.join(" ", args));
        }
    }
}

package kiosque.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "search", mixinStandardHelpOptions = true, description = "TODO")
public final class SearchCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UnsupportedOperationException("not yet");
    }
}

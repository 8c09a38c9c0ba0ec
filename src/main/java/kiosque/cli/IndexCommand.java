package kiosque.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "index", mixinStandardHelpOptions = true, description = "TODO")
public final class IndexCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UnsupportedOperationException("not yet");
    }
}

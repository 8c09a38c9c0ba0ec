package kiosque.cli;

import java.nio.file.Path;

/** Where the checkout lives: the launcher passes -Dkiosque.home so defaults do not depend on the working folder. */
final class Home {
    private Home() {}

    static Path dir() {
        String h = System.getProperty("kiosque.home");
        return h == null ? Path.of("").toAbsolutePath() : Path.of(h);
    }

    static Path defaultIndex() { return dir().resolve("index"); }

    static Path defaultSeeds() { return dir().resolve("seeds"); }
}

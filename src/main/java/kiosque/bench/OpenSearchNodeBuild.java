package kiosque.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The separate Maven project opensearch-node/: its classes and the runtime classpath it writes, rebuilt
 * with Maven when missing or older than its sources. Kept out of our own classpath on purpose
 * (it brings Lucene 9).
 */
public final class OpenSearchNodeBuild {

    public static final String FOLDER = "opensearch-node";
    public static final String MAIN_CLASS = "kiosque.opensearchnode.PeerNodeMain";

    private final Path projectDir;

    public OpenSearchNodeBuild(Path projectDir) {
        if (!Files.isRegularFile(projectDir.resolve("pom.xml"))) {
            throw new IllegalArgumentException("no OpenSearch node project at " + projectDir + " (expected pom.xml there)");
        }
        this.projectDir = projectDir.toAbsolutePath();
    }

    /** opensearch-node/ beside the checkout: -Dkiosque.home when the launcher set it, else the working folder. */
    public static OpenSearchNodeBuild inCheckout() {
        String home = System.getProperty("kiosque.home");
        Path base = home == null ? Path.of("").toAbsolutePath() : Path.of(home);
        return new OpenSearchNodeBuild(base.resolve(FOLDER));
    }

    public Path projectDir() {
        return projectDir;
    }

    /** The java -cp value for the node, building first when needed. */
    public String classpath() {
        synchronized (OpenSearchNodeBuild.class) { // one Maven build at a time, however many nodes start
            if (isStale()) build();
        }
        try {
            String dependencies = Files.readString(classpathFile()).strip();
            return projectDir.resolve("target/classes") + java.io.File.pathSeparator + dependencies;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classpathFile(), e);
        }
    }

    private Path classpathFile() {
        return projectDir.resolve("target/classpath.txt");
    }

    boolean isStale() {
        Path stamp = classpathFile();
        if (!Files.isRegularFile(stamp) || !Files.isDirectory(projectDir.resolve("target/classes"))) return true;
        try (Stream<Path> sources = Stream.concat(Stream.of(projectDir.resolve("pom.xml")), Files.walk(projectDir.resolve("src")))) {
            FileTime built = Files.getLastModifiedTime(stamp);
            return sources.filter(Files::isRegularFile).anyMatch(p -> modified(p).compareTo(built) > 0);
        } catch (IOException e) {
            return true;
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(Long.MAX_VALUE);
        }
    }

    private void build() {
        Path log = projectDir.resolve("target/build.log");
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder(List.of("mvn", "-q", "-B", "-DskipTests", "package"))
                    .directory(projectDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // the node is built for the JDK we run on (21+), whatever JAVA_HOME the caller had
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process maven = pb.start();
            if (!maven.waitFor(10, TimeUnit.MINUTES)) {
                maven.destroyForcibly();
                throw new IllegalStateException("building " + projectDir + " took over 10 minutes; see " + log);
            }
            if (maven.exitValue() != 0 || !Files.isRegularFile(classpathFile())) {
                throw new IllegalStateException("building " + projectDir + " failed (exit " + maven.exitValue() + "):\n"
                        + tail(log, 30));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run Maven (mvn on PATH) in " + projectDir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building " + projectDir, e);
        }
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + file + ")";
        }
    }
}

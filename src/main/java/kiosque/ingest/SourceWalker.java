package kiosque.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the files to read under the paths a user gave: folders are walked recursively in name order
 * (so « last wins » between files is reproducible), following links but never round a loop.
 * Inside folders, files of other types and hidden files are passed over quietly; a file named
 * explicitly with an unknown type is reported.
 */
public final class SourceWalker {
    private SourceWalker() {}

    public enum Format { SEED_TEXT, JSON_LINES, JSON }

    /** The format a file name announces, or null. A trailing .gz means gzip around it. */
    public static Format formatOf(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".txt")) return Format.SEED_TEXT;
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return Format.JSON_LINES;
        if (n.endsWith(".json")) return Format.JSON;
        return null;
    }

    public static boolean gzipped(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    public static void walk(List<Path> roots, Consumer<Path> files, Consumer<IngestProblem> problems) {
        for (Path root : roots) {
            if (!Files.exists(root)) {
                problems.accept(IngestProblem.skipped(root.toString(), 0,
                        Files.isSymbolicLink(root) ? "broken symbolic link" : "no such file or folder"));
            } else if (Files.isDirectory(root)) {
                walkFolder(root, new HashSet<>(), files, problems);
            } else if (formatOf(root) == null) {
                problems.accept(IngestProblem.skipped(root.toString(), 0,
                        "unsupported file type (expected .txt, .json, .jsonl, each optionally .gz)"));
            } else if (!Files.isRegularFile(root)) {
                problems.accept(notRegular(root));
            } else {
                files.accept(root);
            }
        }
    }

    private static void walkFolder(Path folder, Set<Path> ancestors, Consumer<Path> files, Consumer<IngestProblem> problems) {
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            problems.accept(IngestProblem.skipped(folder.toString(), 0, "cannot resolve folder: " + e));
            return;
        }
        if (!ancestors.add(real)) {
            problems.accept(IngestProblem.skipped(folder.toString(), 0, "symbolic link loop (leads back to " + real + "); not followed"));
            return;
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            entries.forEach(children::add);
        } catch (IOException | SecurityException e) {
            problems.accept(IngestProblem.skipped(folder.toString(), 0, "cannot list folder: " + e.getMessage()));
            ancestors.remove(real);
            return;
        }
        children.sort(null);
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (name.startsWith(".")) continue;
            if (Files.isDirectory(child)) {
                walkFolder(child, ancestors, files, problems);
            } else if (!Files.exists(child)) {
                if (formatOf(child) != null) problems.accept(IngestProblem.skipped(child.toString(), 0, "broken symbolic link"));
            } else if (formatOf(child) != null) {
                if (Files.isRegularFile(child)) files.accept(child);
                else problems.accept(notRegular(child));
            }
        }
        ancestors.remove(real);
    }

    /** Opening a named pipe blocks until something writes to it: such a file would hang the whole run. */
    private static IngestProblem notRegular(Path file) {
        return IngestProblem.skipped(file.toString(), 0, "not a regular file (a named pipe, socket or device); not read");
    }
}

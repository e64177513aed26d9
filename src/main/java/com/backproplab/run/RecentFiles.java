package com.backproplab.run;

import com.backproplab.data.AtomicWrite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The experiment files opened or saved last, newest first, at most {@value #LIMIT}, kept in {@value #FILE} of the
 * config folder ({@link ConfigFolder}). A missing or unreadable list is an empty one (it is a convenience, never a
 * reason not to start). Blocking file I/O: call off the FX thread.
 */
public final class RecentFiles {
    /** Most files listed. */
    public static final int LIMIT = 10;
    static final String FILE = "recent.json";
    private static final JsonMapper JSON = new JsonMapper();

    private RecentFiles() {
    }

    /** {@code list} with {@code file} first (moved there if listed already), cut to {@value #LIMIT}. */
    public static List<Path> add(List<Path> list, Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>(LIMIT);
        out.add(p);
        for (Path q : list) {
            if (out.size() < LIMIT && !q.equals(p)) {
                out.add(q);
            }
        }
        return List.copyOf(out);
    }

    /** The list kept in {@code folder}, or an empty one. */
    public static List<Path> read(Path folder) {
        try {
            JsonNode files = JSON.readTree(Files.readAllBytes(folder.resolve(FILE))).path("files");
            List<Path> out = new ArrayList<>();
            for (JsonNode f : files) {
                if (f.isTextual() && out.size() < LIMIT) {
                    out.add(Path.of(f.asText()));
                }
            }
            return List.copyOf(out);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException | InvalidPathException e) {
            System.err.println("backprop-lab: ignoring the list of recent files: " + e.getMessage());
            return List.of();
        }
    }

    /** Keeps {@code list} in {@code folder} (atomically). */
    public static void write(Path folder, List<Path> list) throws IOException {
        Files.createDirectories(folder);
        ObjectNode o = JSON.createObjectNode().put("version", 1);
        ArrayNode files = o.putArray("files");
        list.forEach(p -> files.add(p.toString()));
        AtomicWrite.replace(folder.resolve(FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n");
    }
}

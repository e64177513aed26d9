package com.backproplab.ui.lesson;

import com.backproplab.io.ExperimentException;
import com.backproplab.io.Lesson;
import com.backproplab.io.LessonJson;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lessons the menu and the gallery offer: those packed inside the app (a copy of the repository's
 * {@code lessons/}, read where the app's classes are: a folder, the runtime image or a jar) and the instructor's
 * own, saved in {@link #userDirectory()}. Reading blocks: call it off the FX thread.
 */
public final class LessonLibrary {
    /** Where the packed lessons are, inside the app's resources. */
    static final String PACKED = "/com/backproplab/lessons/";
    /** A lesson every build packs, to find the folder by (the names of the shipped lessons are a contract). */
    static final String FIRST = "01-logistic-regression.json";

    /**
     * A lesson and where it came from.
     *
     * @param file the lesson file (its data paths are relative to it)
     * @param lesson the lesson as read
     * @param own saved by the instructor rather than shipped
     */
    public record Entry(Path file, Lesson lesson, boolean own) {
        /** The lesson's title, or its file name. */
        public String title() {
            return lesson.titleOr(file.getFileName().toString().replaceFirst("\\.json$", ""));
        }

        /** The one-line teaser, or the start of the caption, or nothing. */
        public String teaser() {
            String t = lesson.teaser() != null ? lesson.teaser() : lesson.experiment().caption();
            return t == null ? "" : t;
        }
    }

    /**
     * What was found.
     *
     * @param shipped the packed lessons, in course order
     * @param own the instructor's lessons, by file name
     * @param problems one sentence per file that could not be read
     */
    public record Contents(List<Entry> shipped, List<Entry> own, List<String> problems) {
    }

    private LessonLibrary() {
    }

    /** Names another folder for the instructor's lessons (e.g. one a class shares): {@value}. */
    public static final String FOLDER_PROPERTY = "backproplab.lessons";

    /**
     * The instructor's lessons folder (it may not exist yet): {@code ~/.backprop-lab/lessons}, or the folder the
     * system property {@value #FOLDER_PROPERTY} names.
     */
    public static Path userDirectory() {
        String chosen = System.getProperty(FOLDER_PROPERTY);
        return chosen != null && !chosen.isBlank() ? Path.of(chosen)
                : Path.of(System.getProperty("user.home"), ".backprop-lab", "lessons");
    }

    /** The folder of the packed lessons, as a path of whatever file system holds the app's resources. */
    public static Path packedDirectory() throws IOException {
        URL url = LessonLibrary.class.getResource(PACKED + FIRST);
        if (url == null) {
            throw new IOException("the app carries no lessons (" + PACKED + FIRST + " is missing)");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // Opened by an earlier call: Path.of finds it.
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("cannot open the packed lessons at " + url + ": " + e.getMessage(), e);
        }
    }

    /** Reads the packed lessons and those in {@code ownDirectory} (absent: none). */
    public static Contents load(Path packed, Path ownDirectory) {
        List<String> problems = new ArrayList<>();
        List<Entry> shipped = read(packed, false, problems);
        List<Entry> own = ownDirectory != null && Files.isDirectory(ownDirectory)
                ? read(ownDirectory, true, problems) : List.of();
        return new Contents(shipped, own, problems);
    }

    /** Reads the packed lessons and the instructor's own, those in {@code ownDirectory}. */
    public static Contents load(Path ownDirectory) {
        try {
            return load(packedDirectory(), ownDirectory);
        } catch (IOException e) {
            Contents own = load(null, ownDirectory);
            List<String> problems = new ArrayList<>(own.problems());
            problems.add(0, "The shipped lessons could not be read: " + e.getMessage() + ".");
            return new Contents(List.of(), own.own(), problems);
        }
    }

    /** Reads one lesson file. */
    public static Entry read(Path file, boolean own) throws ExperimentException {
        return new Entry(file, LessonJson.read(file), own);
    }

    private static List<Entry> read(Path dir, boolean own, List<String> problems) {
        if (dir == null) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            problems.add("Cannot list " + dir + ": " + e.getMessage() + ".");
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (Path f : files) {
            try {
                entries.add(read(f, own));
            } catch (ExperimentException e) {
                problems.add(e.getMessage());
            }
        }
        return entries;
    }
}

package com.backproplab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The arrows of the design (README, "Project layout"): which of our packages each package may use, and
 * which may not touch JavaFX or threads. The one test of its kind: a new package must be added here.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/com/backproplab");
    private static final Pattern OURS = Pattern.compile("\\bcom\\.backproplab\\.([a-z]+)\\.");
    private static final Pattern JAVAFX = Pattern.compile("\\bjavafx\\.");

    /** Package -> the other packages of ours it may use. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "engine", Set.of(),
            "data", Set.of(),
            "training", Set.of("engine", "data"),
            "plot", Set.of("data"),
            "io", Set.of("engine", "data", "plot"),
            "run", Set.of("engine", "data", "training", "io"),
            "cli", Set.of("engine", "data", "training", "io", "plot", "run"),
            "ui", Set.of("engine", "data", "training", "io", "plot", "run"));

    /** Packages that must run without a display. */
    private static final Set<String> HEADLESS = Set.of("engine", "data", "training", "plot", "io", "run", "cli");

    @Test
    @DisplayName("should find every package of the source tree in the table, and nothing else")
    void everyPackageIsKnown() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "the sources are not at " + SOURCES.toAbsolutePath());
        Set<String> packages;
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            packages = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(new TreeSet<>(ALLOWED.keySet()), packages,
                "every package needs its arrows in ArchitectureTest.ALLOWED (and no listed package may vanish)");
    }

    @Test
    @DisplayName("should let each package use only the packages its arrows allow")
    void arrows() {
        List<String> offences = new ArrayList<>();
        ALLOWED.forEach((pkg, allowed) -> {
            for (Path file : javaFiles(pkg)) {
                Matcher m = OURS.matcher(read(file));
                Set<String> used = new TreeSet<>();
                while (m.find()) {
                    used.add(m.group(1));
                }
                used.remove(pkg);
                used.removeAll(allowed);
                if (!used.isEmpty()) {
                    offences.add(SOURCES.relativize(file) + " uses " + used);
                }
            }
        });
        assertEquals(List.of(), offences);
    }

    @Test
    @DisplayName("should keep JavaFX out of the headless packages")
    void headlessPackagesHaveNoJavaFx() {
        List<String> offenders = new ArrayList<>();
        for (String pkg : HEADLESS) {
            javaFiles(pkg).stream().filter(f -> JAVAFX.matcher(read(f)).find())
                    .forEach(f -> offenders.add(SOURCES.relativize(f).toString()));
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    @DisplayName("should keep threads out of the engine")
    void engineHasNoThreads() {
        List<String> offenders = new ArrayList<>();
        for (Path f : javaFiles("engine")) {
            String s = read(f);
            if (s.contains("new Thread") || s.contains("java.util.concurrent")) {
                offenders.add(SOURCES.relativize(f).toString());
            }
        }
        assertEquals(List.of(), offenders);
    }

    private static List<Path> javaFiles(String pkg) {
        Path dir = SOURCES.resolve(pkg);
        assertTrue(Files.isDirectory(dir), "package folder missing: " + dir.toAbsolutePath());
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
            assertTrue(!list.isEmpty(), "no sources in " + dir.toAbsolutePath());
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.backproplab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArchitectureTest {

    @ParameterizedTest
    @ValueSource(strings = {"engine", "data", "training", "io", "cli", "plot"})
    @DisplayName("should keep JavaFX out of the headless layers")
    void noJavaFx(String pkg) throws IOException {
        Path dir = Path.of("src/main/java/com/backproplab", pkg);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).contains("import javafx")).collect(Collectors.toList());
            assertEquals(List.of(), offenders);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"engine"})
    @DisplayName("should keep threads out of the engine")
    void noThreads(String pkg) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/backproplab", pkg))) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> assertTrue(
                    !read(p).contains("new Thread") && !read(p).contains("java.util.concurrent"), p.toString()));
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NoJavaFxInDataTest {

    private static final Path SOURCES = Path.of("src/main/java/com/backproplab/data");
    private static final Pattern JAVAFX_IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?javafx\\.", Pattern.MULTILINE);

    @Test
    @DisplayName("should keep every class in com.backproplab.data free of javafx imports")
    void noJavaFx() throws IOException {
        List<String> offenders = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                scanned++;
                String source = Files.readString(file);
                // Fully qualified uses count too, not only imports.
                if (JAVAFX_IMPORT.matcher(source).find() || source.contains("javafx.")) {
                    offenders.add(file.toString());
                }
            }
        }
        assertTrue(scanned >= 8, "expected the data sources under " + SOURCES.toAbsolutePath() + ", found " + scanned);
        assertEquals(List.of(), offenders, "these data classes use JavaFX");
    }
}

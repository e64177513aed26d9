package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.ImageTest;
import com.backproplab.LauncherProcess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The About dialog's list against what the runtime image really bundles, and the license texts it shows. */
class BundledLibrariesTest {
    @Test
    @ImageTest
    @DisplayName("should list every module of the runtime image but the app's own, and no other")
    void listsTheImage() throws Exception {
        Path java = LauncherProcess.image().resolve("bin/java");
        LauncherProcess r = LauncherProcess.run(java, Path.of("").toAbsolutePath(), Map.of(), "--list-modules");
        assertEquals(0, r.status(), r.err());
        Set<String> inImage = Arrays.stream(r.out().split("\n")).map(l -> l.split("@")[0].trim())
                .filter(m -> !m.isEmpty() && !m.equals("backproplab")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = BundledLibraries.all().stream().flatMap(l -> l.modules().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inImage, listed);
    }

    @Test
    @DisplayName("should ship the text of every license it names, and the notices")
    void licenseTexts() throws IOException {
        assertTrue(text(BundledLibraries.License.APACHE2.resource()).contains("Apache License"));
        assertTrue(text(BundledLibraries.License.GPL2_CLASSPATH.resource()).contains("\"CLASSPATH\" EXCEPTION"));
        assertTrue(text(BundledLibraries.NOTICES).contains("Apache Commons CSV"));
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = BundledLibraries.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package com.backproplab.ui;

import java.util.List;

/**
 * What the app bundles and under which license, as the About dialog lists it. The licenses are those the
 * libraries' own Maven metadata declares (their POMs' license elements); the texts ship in ui/licenses/. A library
 * added to the build needs a row here (a launcher test compares this list with the runtime image's modules).
 */
final class BundledLibraries {
    /** A license, with the resource that holds its text. */
    enum License {
        GPL2_CLASSPATH("GPLv2 with Classpath Exception", "gplv2-ce.txt"),
        APACHE2("Apache License 2.0", "apache-2.0.txt");

        private final String title;
        private final String file;

        License(String title, String file) {
            this.title = title;
            this.file = file;
        }

        String title() {
            return title;
        }

        /** The resource with the license's text, relative to this class. */
        String resource() {
            return "licenses/" + file;
        }
    }

    /**
     * One bundled component.
     *
     * @param name what the user knows it as
     * @param modules its Java modules (the first one gives the version shown)
     * @param license its license
     */
    record Library(String name, List<String> modules, License license) {
    }

    /** The NOTICE files of the Apache-licensed libraries. */
    static final String NOTICES = "licenses/notices.txt";

    private BundledLibraries() {
    }

    /** Everything in the runtime image besides Backprop Lab itself, the Java runtime first (Commons IO and Codec
     * come with Commons CSV). */
    static List<Library> all() {
        return List.of(
                new Library("OpenJDK runtime", List.of("java.base", "java.datatransfer", "java.desktop",
                        "java.logging", "java.management", "java.prefs", "java.sql", "java.transaction.xa",
                        "java.xml", "jdk.incubator.vector", "jdk.unsupported"), License.GPL2_CLASSPATH),
                new Library("JavaFX", List.of("javafx.controls", "javafx.graphics", "javafx.base"),
                        License.GPL2_CLASSPATH),
                new Library("Ikonli with Material Design Icons", List.of("org.kordamp.ikonli.javafx",
                        "org.kordamp.ikonli.core", "org.kordamp.ikonli.materialdesign2"), License.APACHE2),
                new Library("Jackson", List.of("com.fasterxml.jackson.databind", "com.fasterxml.jackson.core",
                        "com.fasterxml.jackson.annotation"), License.APACHE2),
                new Library("Apache Commons CSV", List.of("org.apache.commons.csv"), License.APACHE2),
                new Library("Apache Commons IO", List.of("org.apache.commons.io"), License.APACHE2),
                new Library("Apache Commons Codec", List.of("org.apache.commons.codec"), License.APACHE2));
    }

    /** The version the running app has of {@code library}, or "–" when not known (e.g. run from the class path). */
    static String version(Library library) {
        if (library.modules().get(0).equals("java.base")) {
            return Runtime.version().version().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining("."));
        }
        return ModuleLayer.boot().findModule(library.modules().get(0))
                .flatMap(m -> m.getDescriptor() == null ? java.util.Optional.empty() : m.getDescriptor().rawVersion())
                .orElse("–");
    }
}

package com.backproplab.ui;

import java.util.List;

/**
 * What the app bundles and under which license, as the About dialog lists it. The licenses are those the
 * libraries' own Maven metadata declares (their POMs' license elements); the texts ship in ui/licenses/. A library
 * added to the build needs a row here (a launcher test compares this list with the runtime image's modules).
 */
final class BundledLibraries {
    /**
     * A license.
     *
     * @param title its name, as the About dialog shows it
     * @param resource the resource with its text, relative to this class
     */
    record License(String title, String resource) {
        static final License GPL2_CLASSPATH = new License("GPLv2 with Classpath Exception", "licenses/gplv2-ce.txt");
        static final License APACHE2 = new License("Apache License 2.0", "licenses/apache-2.0.txt");
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

    /** The licenses of {@link #all()}, each once, in the order they first appear there. */
    static List<License> licenses() {
        return all().stream().map(Library::license).distinct().toList();
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

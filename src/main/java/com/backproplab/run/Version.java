package com.backproplab.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app's version, as the build wrote it into version.properties (pom.xml's project version). */
public final class Version {
    private static final String VERSION = read();

    private Version() {
    }

    /** The version, e.g. {@code 0.1.0}, or {@code unknown} when the classes were not built by Maven. */
    public static String get() {
        return VERSION;
    }

    /** What {@code --version} prints: {@code backprop-lab <version>}. */
    public static String line() {
        return "backprop-lab " + VERSION;
    }

    private static String read() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        String v = p.getProperty("version", "");
        return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
    }
}

package com.backproplab;

import com.backproplab.engine.VectorModule;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Loads the Vector API's module once per test JVM, before any test class is linked, as Main does before the app
 * uses the engine (engine/VectorModule); the tests then run the kernels exactly as the app does, and the JDK
 * prints no incubator warning. Registered in META-INF/services.
 */
public final class VectorModuleListener implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        VectorModule.load();
    }
}

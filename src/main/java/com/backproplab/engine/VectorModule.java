package com.backproplab.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Makes JDK 17's incubating Vector API (module {@code jdk.incubator.vector}), in which the kernels are written,
 * readable by the engine without the "WARNING: Using incubator modules" that the JDK prints whenever its boot layer
 * resolves an incubator module. Call {@link #load()} before the first training step, prediction or kernel call:
 * the JVM loads the API's classes when it links a class that uses them, before that class's own initializer runs.
 *
 * <p>The module is not in the boot layer ({@code requires static} in module-info.java). It is loaded into a child
 * layer by {@code jdk.internal.module.Modules.loadModule}, the JDK's own way to add a system module to a running VM
 * (it serves agents that load {@code java.instrument} late). Unlike the public {@link ModuleLayer} API, which
 * refuses to define a JDK module to the boot loader, it keeps the module on the boot loader, so the optimizing
 * compiler intrinsifies the vector operations exactly as before (docs/toolchain.md has the measurements). It needs
 * {@code --add-exports java.base/jdk.internal.module=backproplab}, which the runtime image carries; when the boot
 * layer already has the module ({@code --add-modules jdk.incubator.vector}), that one is used.
 */
public final class VectorModule {
    /** The Vector API's module. */
    public static final String NAME = "jdk.incubator.vector";

    private static Module loaded;

    private VectorModule() {
    }

    /**
     * Loads the Vector API's module once and lets the engine read it; later calls return the same module.
     *
     * @throws IllegalStateException with a sentence saying how to start the app, when the module cannot be loaded
     */
    public static synchronized Module load() {
        if (loaded == null) {
            Module self = VectorModule.class.getModule();
            Optional<Module> inBootLayer = ModuleLayer.boot().findModule(NAME);
            Module m;
            try {
                m = inBootLayer.isPresent() ? inBootLayer.get() : loadIntoChildLayer();
            } catch (ReflectiveOperationException | RuntimeException e) {
                Throwable why = e instanceof InvocationTargetException ? e.getCause() : e;
                throw new IllegalStateException("cannot load the Vector API module " + NAME + " (" + why.getMessage()
                        + "); start Backprop Lab with its launcher, or give java the option --add-exports"
                        + " java.base/jdk.internal.module=" + (self.isNamed() ? self.getName() : "ALL-UNNAMED"), e);
            }
            self.addReads(m);
            loaded = m;
        }
        return loaded;
    }

    /** Called reflectively: javac refuses to export a JDK package under {@code --release}, which the build uses. */
    private static Module loadIntoChildLayer() throws ReflectiveOperationException {
        Method loadModule = Class.forName("jdk.internal.module.Modules").getMethod("loadModule", String.class);
        return (Module) loadModule.invoke(null, NAME);
    }
}

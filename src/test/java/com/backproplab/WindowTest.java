package com.backproplab;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A test class that starts the JavaFX toolkit (headless, through Monocle). These are the slow ones: the
 * tag lets the fast tier leave them out ({@code mvn -B test -DexcludedGroups=window,slow}, see README).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("window")
@ExtendWith(ApplicationExtension.class)
public @interface WindowTest {
}

package com.backproplab;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test (class or method) of the built runtime image (target/image: its launcher, its modules). Such tests run in the
 * {@code verify} phase, after {@code package} has built the image (pom.xml, surefire's "image-tests" execution,
 * which names the image in the system property {@code backproplab.image}); in the {@code test} phase they are
 * skipped. {@link LauncherProcess#image()} gives the image, or skips the test when there is none.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("image")
public @interface ImageTest {
}

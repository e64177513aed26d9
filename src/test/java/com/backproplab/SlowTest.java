package com.backproplab;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that takes seconds without a window (forked JVMs, the largest network, every shipped run): the tag
 * lets the fast tier leave it out ({@code mvn -B test -DexcludedGroups=window,slow}, see README); {@code mvn verify}
 * runs it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface SlowTest {
}

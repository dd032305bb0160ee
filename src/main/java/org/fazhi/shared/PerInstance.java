package org.fazhi.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code @Scheduled} method that every instance runs for itself, on purpose, instead of once
 * across the instances under a ShedLock lock: it keeps something of that instance (its own search
 * index, its own memory) in step with the database. {@link #value()} says why.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PerInstance {

    /** Why each instance runs it. */
    String value();
}

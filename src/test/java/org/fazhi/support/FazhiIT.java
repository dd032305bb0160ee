package org.fazhi.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;

/**
 * The integration-test setup every {@code *IT} shares: the whole application on the test database
 * with the demo locality, MockMvc, a {@link TestClock} and {@link FastPasswordHashing}. Spring
 * caches the context, so all of them run on one application, started once per test run. Each test
 * method runs inside a mock web request (no server): a service called directly sees an anonymous
 * web caller, as {@code FilesIT} relies on.
 *
 * <p>{@link #properties()} gives a test a different configuration, and with it an application of
 * its own: another start-up, and more scheduled jobs and listeners on the shared database. Use it
 * only for a setting the test is about (the second-factor ITs), never for convenience; see
 * docs/CONVENTIONS.md, Tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestClockConfig.class, FastPasswordHashing.class, SessionAttributesSerialise.class})
public @interface FazhiIT {

    /** Configuration properties ({@code name=value}) for a context of its own; none for the shared one. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}

package org.fazhi.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;

/**
 * Browser tests: the application on a random port (one cached context for all of them, apart from
 * {@link FazhiIT}'s because a real server changes how a test thread looks to the services) with the
 * demo locality, a {@link TestClock} and {@link FastPasswordHashing}; drive it with
 * {@link Browser}. Tagged {@code browser}: they run in the H2 pass only, as what they check does
 * not depend on the database (pom.xml, execution it-postgresql).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClockConfig.class, FastPasswordHashing.class, SessionAttributesSerialise.class})
public @interface FazhiBrowserIT {

    /** As {@link FazhiIT#properties()}: a context of its own, only for a setting the test is about. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}

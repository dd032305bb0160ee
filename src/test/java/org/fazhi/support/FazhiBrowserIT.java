package org.fazhi.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.core.annotation.AliasFor;

/**
 * Browser tests: the {@link FazhiIT} application (the same cached context, its server on a random
 * port) driven through {@link Browser}. Tagged {@code browser}: they run in the H2 pass only, as
 * what they check does not depend on the database (pom.xml, execution it-postgresql).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@FazhiIT
public @interface FazhiBrowserIT {

    /** As {@link FazhiIT#properties()}: a context of its own, only for a setting the test is about. */
    @AliasFor(annotation = FazhiIT.class, attribute = "properties")
    String[] properties() default {};
}

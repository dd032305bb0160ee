package org.fazhi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The rules that keep the suite to one cached application per pass (docs/CONVENTIONS.md, Tests):
 * every IT runs on {@link FazhiIT} or {@link FazhiBrowserIT}, and nothing on an IT makes Spring
 * start another application behind the test's back. A context of its own is asked for openly,
 * with {@code properties}, in the test's own annotation.
 */
class SuiteRulesTests {

    /** What changes a test's Spring context, and so starts another application. */
    static final List<Class<? extends Annotation>> CONTEXT_CHANGING = List.of(SpringBootTest.class,
            TestPropertySource.class, DirtiesContext.class, ActiveProfiles.class, Import.class,
            ContextConfiguration.class, MockitoBean.class, MockitoSpyBean.class, DynamicPropertySource.class);

    /** The {@code *IT} classes of the suite (top-level, not the setup annotations themselves). */
    static List<Class<?>> integrationTests() throws IOException, URISyntaxException {
        Path root = Path.of(SuiteRulesTests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            List<Class<?>> tests = new ArrayList<>();
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith("IT.class")).toList()) {
                String name = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".")
                        .replaceFirst("\\.class$", "");
                if (!name.contains("$")) {
                    try {
                        Class<?> c = Class.forName(name, false, SuiteRulesTests.class.getClassLoader());
                        if (!c.isAnnotation()) {
                            tests.add(c);
                        }
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            return tests;
        }
    }

    static boolean ownDatabase(Class<?> c) {
        Tag tag = c.getAnnotation(Tag.class);
        return tag != null && "own-database".equals(tag.value());
    }

    @Test
    void everyIntegrationTestRunsOnTheSharedSetup() throws Exception {
        List<Class<?>> tests = integrationTests();
        assertThat(tests).as("the ITs found").hasSizeGreaterThan(10);
        for (Class<?> c : tests) {
            MergedAnnotations a = MergedAnnotations.from(c);
            if (c.getSimpleName().endsWith("BrowserIT")) {
                assertThat(a.isPresent(FazhiBrowserIT.class)).as("%s is @FazhiBrowserIT", c.getName()).isTrue();
            } else if (!ownDatabase(c)) {
                assertThat(a.isPresent(FazhiIT.class)).as("%s is @FazhiIT", c.getName()).isTrue();
            }
        }
    }

    @Test
    void noIntegrationTestStartsAnotherApplicationBehindItsBack() throws Exception {
        List<String> found = new ArrayList<>();
        for (Class<?> c : integrationTests()) {
            for (Annotation a : c.getDeclaredAnnotations()) {
                Class<? extends Annotation> type = a.annotationType();
                if (type != FazhiIT.class && type != FazhiBrowserIT.class && changesContext(type)) {
                    found.add(c.getName() + ": @" + type.getSimpleName());
                }
            }
            Stream.concat(Arrays.stream(c.getDeclaredFields()), Arrays.stream(c.getDeclaredMethods()))
                    .filter(SuiteRulesTests::changesContext)
                    .forEach(m -> found.add(c.getName() + ": " + m));
        }
        assertThat(found).as("context changes on ITs, each starting one more application").isEmpty();
    }

    private static boolean changesContext(AnnotatedElement e) {
        MergedAnnotations a = e instanceof Class<?> c && c.isAnnotation()
                ? MergedAnnotations.from(c) : MergedAnnotations.from(e);
        boolean self = e instanceof Class<?> c && CONTEXT_CHANGING.contains(c);
        return self || CONTEXT_CHANGING.stream().anyMatch(a::isPresent);
    }

    @Test
    void theBrowserSetupImportsTheSameTestBeansAsTheSharedOne() {
        assertThat(FazhiBrowserIT.class.getAnnotation(Import.class).value())
                .containsExactlyInAnyOrder(FazhiIT.class.getAnnotation(Import.class).value());
    }
}

package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fazhi.shared.procedure.Procedure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/**
 * Every statutory procedure in the code is shown on a design page (docs/*-design.md) exactly as
 * {@link Procedure#table()} prints it, in a {@code ```procedure <label>} block; a page never shows a
 * table the code no longer has. The procedures are found in the code (every static {@code Procedure}
 * constant under org.fazhi), so a new module's procedure is checked without registering it here.
 */
class ProcedureTablesInDocsTests {

    private static final Pattern BLOCK = Pattern.compile("```procedure (\\S+)\\n(.*?)```", Pattern.DOTALL);

    /** Each procedure constant of the code by its class and field name, with its table. */
    static Map<String, String> proceduresInTheCode() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        Map<String, String> tables = new TreeMap<>();
        for (BeanDefinition d : scanner.findCandidateComponents("org.fazhi")) {
            Class<?> type = ClassUtils.resolveClassName(d.getBeanClassName(), ProcedureTablesInDocsTests.class
                    .getClassLoader());
            if (type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes")) {
                continue; // the tests' own example procedures
            }
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && Procedure.class.isAssignableFrom(f.getType())) {
                    try {
                        f.setAccessible(true);
                        tables.put(type.getName() + "." + f.getName(), ((Procedure<?, ?, ?>) f.get(null)).table());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return tables;
    }

    @Test
    void theDesignPagesShowEachProcedureExactlyAsTheCodeHasIt() throws IOException {
        Map<String, String> code = proceduresInTheCode();
        assertThat(code).as("procedures found in the code").hasSizeGreaterThanOrEqualTo(5);
        List<Path> pages;
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            pages = files.filter(p -> p.getFileName().toString().endsWith("-design.md")).sorted().toList();
        }
        List<String> shown = new ArrayList<>();
        for (Path page : pages) {
            Matcher m = BLOCK.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (m.find()) {
                String table = m.group(2);
                assertThat(code.values()).as("table '" + m.group(1) + "' on " + page
                        + " is the table of a procedure in the code (print it with Procedure.table())").contains(table);
                shown.add(table);
            }
        }
        code.forEach((name, table) -> assertThat(shown).as(name + " is shown on a docs/*-design.md page")
                .contains(table));
    }
}

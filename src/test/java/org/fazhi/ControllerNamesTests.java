package org.fazhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;

/**
 * One suffix scheme for controllers (docs/CONVENTIONS.md): {@code *Pages} when they render HTML,
 * {@code *Api} when they answer JSON; no {@code *Controller}, {@code *Console} or {@code *Actions}.
 */
class ControllerNamesTests {

    @Test
    void everyControllerIsNamedPagesOrApi() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<String> names = scanner.findCandidateComponents("org.fazhi").stream()
                .map(b -> b.getBeanClassName().substring(b.getBeanClassName().lastIndexOf('.') + 1)).toList();
        assertThat(names).hasSizeGreaterThan(20)
                .allSatisfy(n -> assertThat(n).as("controller name").matches(".*(Pages|Api)"));
    }
}

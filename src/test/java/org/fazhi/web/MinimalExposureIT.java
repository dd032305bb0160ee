package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Minimal exposure (SECURITY.md INT-05), the parts the production profile's test does not cover: no
 * folder of static files, web jars or uploads is listed (a folder's address answers 404, never an
 * index), and the packaged jar carries no version-control folder, no source and no key or
 * environment file.
 */
@FazhiIT
class MinimalExposureIT {

    @Autowired
    MockMvcTester mvc;

    @Test
    void noFolderIsListed() {
        for (String folder : List.of("/css/", "/js/", "/webjars/", "/webjars/bootstrap/", "/files/", "/static/",
                "/.git/", "/data/", "/target/")) {
            MvcTestResult r = mvc.get().uri(folder).exchange();
            assertThat(r.getResponse().getStatus()).as(folder).isIn(302, 401, 404);
            assertThat(new String(r.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                    .as(folder).doesNotContain("Index of").doesNotContain("bootstrap.min.css\"");
        }
        assertThat(mvc.get().uri("/webjars/bootstrap/css/bootstrap.min.css").exchange().getResponse().getStatus())
                .as("a file itself is served").isEqualTo(200);
    }

    @Test
    void thePackagedJarCarriesNoVersionControlSourceOrSecrets() throws IOException {
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("fazhi-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("the packaged jar is missing: run mvn verify (package first)"));
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> bad = file.stream().map(java.util.jar.JarEntry::getName)
                    .filter(n -> n.contains(".git/") || n.endsWith(".java") || n.endsWith(".env") || n.endsWith(".key")
                            || n.endsWith(".pem") || n.endsWith(".p12") || n.endsWith(".jks")
                            || n.contains("application-local") || n.contains("test-data/"))
                    .filter(n -> !n.startsWith("BOOT-INF/lib/"))
                    .toList();
            assertThat(bad).isEmpty();
            assertThat(file.getEntry("BOOT-INF/classes/application.yml")).as("the jar is the application's").isNotNull();
        }
    }
}

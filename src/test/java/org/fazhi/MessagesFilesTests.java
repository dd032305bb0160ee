package org.fazhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text is in the messages files, in Chinese and English with the same keys, and no template
 * carries hard-coded Chinese text.
 */
class MessagesFilesTests {

    static final Path I18N = Path.of("src/main/resources/i18n");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    static final Pattern MESSAGE_REF = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)");

    @Test
    void everyChineseMessagesFileHasAnEnglishTwinWithTheSameKeys() throws IOException {
        List<Path> bases = bases();
        assertThat(bases).isNotEmpty();
        for (Path base : bases) {
            Path en = I18N.resolve(base.getFileName().toString().replace(".properties", "_en.properties"));
            assertThat(en).as("English twin of %s", base).exists();
            assertThat(load(en).stringPropertyNames()).as("keys of %s", en)
                    .containsExactlyInAnyOrderElementsOf(load(base).stringPropertyNames());
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Path base : bases()) {
            for (String key : load(base).stringPropertyNames()) {
                String previous = owner.putIfAbsent(key, base.getFileName().toString());
                if (previous != null) {
                    clashes.add(key + " in " + previous + " and " + base.getFileName());
                }
            }
        }
        assertThat(clashes).as("a key in two bundles resolves to whichever loads first").isEmpty();
    }

    @Test
    void messageValuesAreNotEmpty() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path f : files.toList()) {
                Properties p = load(f);
                p.stringPropertyNames().forEach(k -> assertThat(p.getProperty(k)).as("%s in %s", k, f).isNotBlank());
            }
        }
    }

    @Test
    void templatesCarryNoHardCodedChinese() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (CJK.matcher(lines.get(i)).find()) {
                        offenders.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(offenders).as("hard-coded Chinese in templates").isEmpty();
    }

    @Test
    void everyMessageKeyUsedInTemplatesExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path base : bases()) {
            keys.addAll(load(base).stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = MESSAGE_REF.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && !keys.contains(key)) {
                        missing.add(f.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in templates but not defined").isEmpty();
    }

    private static List<Path> bases() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".properties")
                    && !p.getFileName().toString().contains("_")).sorted().toList();
        }
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = new InputStreamReader(Files.newInputStream(p), StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }
}

package org.fazhi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The benchmark's generator: deterministic, plausible, with unique numbers. */
class NormdocGeneratorTests {

    @Test
    void theSameSeedGivesTheSameDocuments() {
        NormdocGenerator a = new NormdocGenerator(42);
        NormdocGenerator b = new NormdocGenerator(42);
        for (long id = 1; id <= 200; id++) {
            assertThat(a.doc(id)).isEqualTo(b.doc(id));
        }
        assertThat(new NormdocGenerator(43).doc(7)).isNotEqualTo(a.doc(7));
    }

    @Test
    void documentsLookLikeNormativeDocumentsWithUniqueNumbers() {
        NormdocGenerator g = new NormdocGenerator(42);
        Set<String> numbers = new HashSet<>();
        Set<String> registrations = new HashSet<>();
        for (long id = 1; id <= 5000; id++) {
            NormdocGenerator.Doc d = g.doc(id);
            assertThat(d.body()).contains("第一条　为了").contains("第二条　本办法适用于").contains("施行");
            assertThat(d.documentNumber()).matches(".{2,5}〔20[12]\\d〕[1-9]\\d*号");
            assertThat(d.registrationNumber()).matches("SFDR20[12]\\d\\d{5}");
            assertThat(numbers.add(d.documentNumber())).isTrue();
            assertThat(registrations.add(d.registrationNumber())).isTrue();
            assertThat(d.body().length()).isBetween(300, 6000);
        }
        assertThat(g.doc(3).registrationNumber()).isEqualTo("SFDR202500001");
        assertThat(NormdocGenerator.chinese(1)).isEqualTo("一");
        assertThat(NormdocGenerator.chinese(10)).isEqualTo("十");
        assertThat(NormdocGenerator.chinese(14)).isEqualTo("十四");
        assertThat(NormdocGenerator.chinese(23)).isEqualTo("二十三");
    }
}

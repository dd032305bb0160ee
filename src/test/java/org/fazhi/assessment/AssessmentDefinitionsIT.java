package org.fazhi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Every rate any module contributes says in words what it counts above and below the line, in Chinese
 * and English: a figure nobody can read the definition of is a figure nobody can trace.
 */
@FazhiIT
class AssessmentDefinitionsIT {

    @Autowired
    Assessment assessment;
    @Autowired
    MessageSource messages;

    @Test
    void everyRateNamesItsNumeratorAndDenominatorInBothLanguages() {
        List<String> missing = new ArrayList<>();
        List<Metric> rates = assessment.metrics().stream().filter(m -> m.kind() == MetricKind.RATE).toList();
        assertThat(rates).isNotEmpty();
        for (Metric m : rates) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                for (String key : List.of(m.numeratorKey(), m.denominatorKey())) {
                    String text = messages.getMessage(key, null, null, locale);
                    if (text == null || text.isBlank()) {
                        missing.add(key + " (" + locale + ")");
                    }
                }
            }
        }
        assertThat(missing).as("rates without a definition of their numerator or denominator").isEmpty();
    }
}

package org.fazhi.publicity;

/** One line of an agency's 谁执法谁普法 responsibility list for a year: which laws, what, for whom, how. */
public record DutyLine(Long id, Long unitId, int yearNo, String lawNames, String content, String audience,
        String measures) {
}

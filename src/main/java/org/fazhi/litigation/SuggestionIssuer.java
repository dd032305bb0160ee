package org.fazhi.litigation;

/**
 * Who sent a suggestion to a unit: a court (司法建议; the reply by the court's date, else LT-12) or a
 * procuratorate (检察建议, including the pre-litigation suggestion of an administrative public-interest
 * case; the reply by the procuratorate's date, else LT-13).
 */
public enum SuggestionIssuer {
    COURT, PROCURATORATE
}

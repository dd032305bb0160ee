package org.fazhi.suggestions;

import java.time.LocalDate;

/**
 * An answer published on the portal (公开答复): the deputies or members by name (their public role), the
 * lead unit, the category and the answer's text with any natural person's identifiers removed; never the
 * proposers' contact or internal notes. {@code fileKey}: the published answer document, if any.
 */
public record PublicAnswer(long id, SuggestionKind kind, String number, String sessionName, int sessionYear,
        String proposers, String title, String leadUnit, AnswerCategory category, String answerText,
        LocalDate answeredOn, LocalDate publishedOn, String fileKey) {
}

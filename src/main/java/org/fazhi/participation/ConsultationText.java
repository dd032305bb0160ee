package org.fazhi.participation;

import java.util.List;

/**
 * The text a consultation is on, exactly as it was when the window opened: the version's id, number,
 * title, text and notes (起草说明 or 决策草案说明), its SHA-256, and its numbered articles.
 */
public record ConsultationText(long consultationId, long versionId, int versionNo, String title, String body,
        String notes, String sha256, List<Article> articles) {

    public ConsultationText {
        articles = List.copyOf(articles);
    }

    /** The article numbered {@code no}, or null. */
    public Article article(Integer no) {
        return no == null ? null : articles.stream().filter(a -> a.no() == no).findFirst().orElse(null);
    }
}

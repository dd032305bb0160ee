package org.fazhi.normdocs;

import java.util.List;

/**
 * The adoption summary (采纳情况说明) of a document's consultations: how many comments, how many
 * adopted, partly adopted, not adopted, still unanswered, and each answered comment.
 */
public record AdoptionSummary(long documentId, int total, int adopted, int partlyAdopted, int notAdopted,
        int undisposed, List<PublicComment> comments) {

    public AdoptionSummary {
        comments = List.copyOf(comments);
    }
}

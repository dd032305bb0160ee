package org.fazhi.participation;

import java.util.List;
import org.fazhi.shared.procedure.Guide;

/**
 * The console page of one consultation, read in one call after the owner's visibility check: the
 * window, the text with its articles, the comments (contacts masked), the adoption summary with its
 * per-article counts, and for each staff step whether the acting user may take it now or why not
 * (the owner's procedure decides).
 */
public record ConsultationOverview(PublicConsultation consultation, ConsultationText text,
        List<PublicComment> comments, AdoptionSummary summary, Guide<ConsultationStatus> guide) {

    public ConsultationOverview {
        comments = List.copyOf(comments);
    }
}

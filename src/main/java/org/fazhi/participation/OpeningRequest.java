package org.fazhi.participation;

import java.time.LocalDate;
import org.fazhi.shared.SubjectRef;

/**
 * What the owning module puts out for comment, inside its own step: the record, the kind (which
 * decides the minimum period), the unit it belongs to, the exact version of the text (id, number,
 * title, text, explanatory notes such as the 起草说明, SHA-256), who puts it out, the closing day, the
 * reason when the window is shorter than the minimum (MD-02: 因情况紧急等原因需要缩短期限的，应当在征求
 * 意见时予以说明), and the owner's console page.
 */
public record OpeningRequest(SubjectRef subject, ConsultationKind kind, long unitId, String organiser,
        long versionId, int versionNo, String title, String body, String notes, String sha256, LocalDate closesOn,
        String shortenedReason, String link) {
}

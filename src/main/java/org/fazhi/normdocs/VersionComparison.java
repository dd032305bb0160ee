package org.fazhi.normdocs;

import java.util.List;

/** Two versions of a document's text to compare, with every version to choose from (oldest first). */
public record VersionComparison(NormativeDocument document, List<DocumentVersion> versions, DocumentVersion from,
        DocumentVersion to) {

    public VersionComparison {
        versions = List.copyOf(versions);
    }
}

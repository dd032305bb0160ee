package org.fazhi.normdocs;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Naming a published document in force that the document being drafted amends, replaces or repeals. */
public record SupersessionRequest(@NotNull @Positive Long documentId, @NotNull Supersession.Kind kind) {
}

package org.fazhi.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Archiving a decision's file (MD-09): the archive number. */
public record ArchiveRequest(@NotBlank @Size(max = 60) String archiveNo) {
}

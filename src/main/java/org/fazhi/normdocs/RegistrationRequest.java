package org.fazhi.normdocs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Registering a document: the document number (文号) to give it. */
public record RegistrationRequest(@NotBlank @Size(max = 60) String documentNumber) {
}

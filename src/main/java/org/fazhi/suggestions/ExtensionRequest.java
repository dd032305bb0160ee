package org.fazhi.suggestions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The longer limit, recorded before the first one ends: NP-01 a wide-ranging or difficult suggestion (six
 * months from 交办), NP-02 a proposal explained beforehand (at most six months).
 */
public record ExtensionRequest(@NotBlank @Size(max = 1000) String reason, Integer version) {
}

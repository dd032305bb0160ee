package org.fazhi.lists;

import jakarta.validation.constraints.PositiveOrZero;

/** A step that takes no input but the version of the list version the caller's view was based on. */
public record ListStepRequest(@PositiveOrZero Integer version) {
}

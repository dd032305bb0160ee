package org.fazhi.disclosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The item was published on a day, at a link (the portal or the government website); {@code version} as read. */
public record ProactivePublishRequest(@NotNull LocalDate publishedOn, @NotBlank @Size(max = 500) String link,
        Integer version) {
}

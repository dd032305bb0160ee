package org.fazhi.files.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Upload rules (SECURITY.md UPL-01): the size limit (also the servlet's multipart limit), the
 * accepted extensions (each checked against the content), and the limits on ZIP containers.
 * Plain {@code zip} archives are known but not accepted by default: their content escapes the type
 * check and no virus scanner is available to look inside.
 */
@Validated
@ConfigurationProperties("fazhi.files")
record FilesSettings(
        @DefaultValue("200MB") DataSize maxSize,
        @DefaultValue({"pdf", "docx", "xlsx", "doc", "xls", "odt", "ofd", "txt", "jpg", "jpeg", "png", "gif", "webp",
                "mp3", "m4a", "wav", "mp4", "mov"}) @NotEmpty List<String> types,
        @DefaultValue("10000") @Min(1) @Max(1_000_000) int zipMaxEntries,
        @DefaultValue("1GB") DataSize zipMaxExpanded,
        @DefaultValue("100") @Min(2) @Max(10_000) int zipMaxRatio) {

    FilesSettings {
        types = List.copyOf(types);
    }

    ContentCheck.ZipLimits zipLimits() {
        return new ContentCheck.ZipLimits(zipMaxEntries, zipMaxExpanded.toBytes(), zipMaxRatio);
    }
}

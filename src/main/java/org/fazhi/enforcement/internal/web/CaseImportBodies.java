package org.fazhi.enforcement.internal.web;

import org.fazhi.shared.web.LargeBody;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The case import's raw-body endpoints take a file up to the import's own limit
 * ({@code fazhi.enforcement.import.max-size}, 1 GB: a million cases are a CSV of about 240 MB)
 * instead of the 4 MB every other JSON or raw body keeps; the import streams the body to disk and
 * refuses it with 413 itself once it passes that limit.
 */
@Configuration(proxyBeanMethods = false)
class CaseImportBodies {

    static final String IMPORT = "/api/v1/enforcement/imports";

    @Bean
    LargeBody caseImportBody(@Value("${fazhi.enforcement.import.max-size:1GB}") DataSize limit) {
        return new LargeBody("POST", IMPORT, limit);
    }

    @Bean
    LargeBody caseImportJobBody(@Value("${fazhi.enforcement.import.max-size:1GB}") DataSize limit) {
        return new LargeBody("POST", IMPORT + "/jobs", limit);
    }
}

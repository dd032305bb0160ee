package org.fazhi.files.internal;

import java.nio.file.Path;
import org.fazhi.shared.PublicEndpoints;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The blob store under {@code <fazhi.data-dir>/files}, the upload rules, and the public read path. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FilesSettings.class)
class FilesConfig {

    @Bean
    BlobStore filesBlobStore(@Value("${fazhi.data-dir:./data}") String dataDir) {
        return new BlobStore(Path.of(dataDir).resolve("files"));
    }

    /** Published files are readable without sign-in at /files/{id}; nothing else of this module is public. */
    @Bean
    PublicEndpoints filesPublicEndpoints() {
        return PublicEndpoints.get(PublicFilesApi.PATH);
    }
}

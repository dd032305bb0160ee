package org.fazhi.shared;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every module reads (zone Asia/Shanghai); tests replace it to stand on any date. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    @Bean
    PlatformClock clock(@Value("${fazhi.zone:Asia/Shanghai}") String zone) {
        return new PlatformClock(ZoneId.of(zone));
    }
}

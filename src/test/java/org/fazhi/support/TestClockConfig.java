package org.fazhi.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The test clock, and the first administrator ready to work ({@link AdministratorReady}). */
@TestConfiguration(proxyBeanMethods = false)
@org.springframework.context.annotation.Import(AdministratorReady.class)
public class TestClockConfig {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}

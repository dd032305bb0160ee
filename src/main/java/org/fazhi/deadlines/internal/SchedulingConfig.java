package org.fazhi.deadlines.internal;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs run on one instance at a time: ShedLock on the {@code shedlock} table (created in
 * V1_00), with the database's clock so that instances with drifting clocks agree. Every
 * {@code @Scheduled} method carries a {@code @SchedulerLock} (or is marked
 * {@link org.fazhi.shared.PerInstance} when each instance must run it for itself); a test checks it.
 * A run keeps its lock for at least five minutes unless it says otherwise: the same cron fires on
 * every instance at about the same second, and a job that ends in milliseconds would otherwise
 * release its lock before a slower instance's trigger asks for it, and run twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M", defaultLockAtLeastFor = SchedulingConfig.DEFAULT_LOCK_AT_LEAST_FOR)
class SchedulingConfig {

    static final String DEFAULT_LOCK_AT_LEAST_FOR = "PT5M";

    @Bean
    @ConditionalOnMissingBean(LockProvider.class)
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}

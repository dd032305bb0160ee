package org.fazhi.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.fazhi.shared.PerInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Every scheduled job runs once across the instances on one database: each {@code @Scheduled} method
 * of the application takes a named ShedLock lock (or says why every instance runs it), and two lock
 * holders on the same {@code shedlock} table, with each job's own lock settings, run it once when
 * both instances' triggers fire at the same moment and when one fires late.
 */
class ScheduledJobsRunOnceAcrossInstancesTests {

    /** One @Scheduled method of the application and the lock it takes (null: per instance). */
    record Job(Method method, SchedulerLock lock) {
        String label() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName();
        }
    }

    private static DriverManagerDataSource database;

    @BeforeAll
    static void database() {
        database = new DriverManagerDataSource("jdbc:h2:mem:shedlock-two-instances;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
                "sa", "");
        // the shedlock table as migration V1_00 creates it
        new JdbcTemplate(database).execute("create table shedlock (name varchar(64) not null primary key,"
                + " lock_until timestamp not null, locked_at timestamp not null, locked_by varchar(255) not null)");
    }

    @AfterAll
    static void close() {
        new JdbcTemplate(database).execute("shutdown");
    }

    static List<Job> jobs() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getAnnotationMetadata()
                .hasAnnotatedMethods(Scheduled.class.getName()));
        List<Job> jobs = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.fazhi")) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), null);
            for (Method m : ReflectionUtils.getUniqueDeclaredMethods(type)) {
                if (AnnotatedElementUtils.hasAnnotation(m, Scheduled.class)) {
                    jobs.add(new Job(m, m.getAnnotation(SchedulerLock.class)));
                }
            }
        }
        return jobs;
    }

    /** The lock a job's run takes, with the application's defaults where the annotation leaves them. */
    static LockConfiguration configuration(SchedulerLock lock) {
        EnableSchedulerLock defaults = SchedulingConfig.class.getAnnotation(EnableSchedulerLock.class);
        Duration atMost = Duration.parse(lock.lockAtMostFor().isEmpty() ? defaults.defaultLockAtMostFor()
                : lock.lockAtMostFor());
        Duration atLeast = Duration.parse(lock.lockAtLeastFor().isEmpty() ? defaults.defaultLockAtLeastFor()
                : lock.lockAtLeastFor());
        return new LockConfiguration(Instant.now(), lock.name(), atMost, atLeast);
    }

    /** An instance's lock holder: its own provider object, on the shared database, with the database's clock. */
    private static LockingTaskExecutor instance(String name) {
        return new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(new JdbcTemplate(database)).usingDbTime().withLockedByValue(name)
                .build()));
    }

    @Test
    void everyScheduledJobTakesANamedLockOrSaysWhyEachInstanceRunsIt() throws Exception {
        List<Job> jobs = jobs();
        assertThat(jobs).as("the scheduled jobs found").hasSizeGreaterThanOrEqualTo(10);
        Set<String> names = new HashSet<>();
        for (Job job : jobs) {
            PerInstance perInstance = job.method().getAnnotation(PerInstance.class);
            if (job.lock() == null) {
                assertThat(perInstance).as("%s has @SchedulerLock or @PerInstance", job.label()).isNotNull();
                assertThat(perInstance.value()).as("why %s runs on every instance", job.label()).isNotBlank();
                continue;
            }
            assertThat(names.add(job.lock().name())).as("the lock name of %s is its own", job.label()).isTrue();
            LockConfiguration c = configuration(job.lock());
            assertThat(c.getLockAtLeastFor()).as("%s keeps its lock past a late trigger of another instance",
                    job.label()).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
            assertThat(c.getLockAtMostFor()).as("%s", job.label()).isGreaterThan(c.getLockAtLeastFor());
        }
    }

    @Test
    void twoInstancesFiringEveryJobAtTheSameMomentAndLateRunItOnce() throws Exception {
        LockingTaskExecutor a = instance("instance-a");
        LockingTaskExecutor b = instance("instance-b");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (Job job : jobs()) {
                if (job.lock() == null) {
                    continue;
                }
                AtomicInteger runs = new AtomicInteger();
                Runnable work = () -> {
                    runs.incrementAndGet();
                    sleep(50);
                };
                CountDownLatch start = new CountDownLatch(1);
                var fromA = threads.submit(() -> {
                    await(start);
                    a.executeWithLock(work, configuration(job.lock()));
                });
                var fromB = threads.submit(() -> {
                    await(start);
                    b.executeWithLock(work, configuration(job.lock()));
                });
                start.countDown();
                fromA.get(10, TimeUnit.SECONDS);
                fromB.get(10, TimeUnit.SECONDS);
                // B's trigger fires again a little later (a slow instance, a clock a second behind)
                sleep(300);
                b.executeWithLock(work, configuration(job.lock()));
                a.executeWithLock(work, configuration(job.lock()));
                assertThat(runs).as("runs of %s across two instances", job.label()).hasValue(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void withoutAMinimumHoldAJobThatEndsQuicklyRunsAgainOnALateTrigger() {
        // why every lock is held for a while: this is what lockAtLeastFor prevents
        LockingTaskExecutor a = instance("instance-a");
        LockingTaskExecutor b = instance("instance-b");
        AtomicInteger runs = new AtomicInteger();
        var unheld = new LockConfiguration(Instant.now(), "demonstration-unheld", Duration.ofMinutes(30), Duration.ZERO);
        a.executeWithLock((Runnable) runs::incrementAndGet, unheld);
        b.executeWithLock((Runnable) runs::incrementAndGet, unheld);
        assertThat(runs).hasValue(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

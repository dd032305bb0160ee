package org.fazhi.enforcement;

import jakarta.annotation.PreDestroy;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * Case imports that run in the background, so that a large file shows its progress (the console's bar,
 * the API's job status) instead of holding a request open: the file is received while the request
 * lasts, then checked and stored by one of two workers as the user who sent it. A job is seen only by
 * that user and forgotten an hour after it ends. Jobs live in this node's memory: a restart loses the
 * job's status, never half an import (the store is one transaction).
 */
@Service
public class CaseImportJobs {

    private static final Logger log = LoggerFactory.getLogger(CaseImportJobs.class);
    static final Duration KEPT = Duration.ofHours(1);

    /** Where a job stands. */
    public enum Phase { QUEUED, CHECK, STORE, DONE, FAILED }

    /** A job as its owner sees it; {@code total} is -1 while the check is still reading the file. */
    public record Job(String id, String fileName, String source, Phase phase, long done, long total,
            CaseImportReport report, String problem, Instant started, Instant ended) {

        /** The share done, 0–100, counting the check as the first half; null while it cannot be told. */
        public Integer percent() {
            if (phase == Phase.DONE || phase == Phase.FAILED) {
                return 100;
            }
            if (total <= 0) {
                return null;
            }
            long half = Math.min(100, done * 50 / total);
            return (int) (phase == Phase.STORE ? 50 + half : half);
        }

        public boolean running() {
            return phase == Phase.QUEUED || phase == Phase.CHECK || phase == Phase.STORE;
        }
    }

    private static final class State {
        final String id;
        final long owner;
        final String fileName;
        final String source;
        final Instant started;
        volatile Phase phase = Phase.QUEUED;
        volatile long done;
        volatile long total = -1;
        volatile CaseImportReport report;
        volatile String problem;
        volatile Instant ended;

        State(String id, long owner, String fileName, String source, Instant started) {
            this.id = id;
            this.owner = owner;
            this.fileName = fileName;
            this.source = source;
            this.started = started;
        }

        Job view() {
            return new Job(id, fileName, source, phase, done, total, report, problem, started, ended);
        }
    }

    private final CaseImport imports;
    private final Clock clock;
    private final MessageSource messages;
    private final Map<String, State> jobs = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor workers = new ThreadPoolExecutor(2, 2, 1, TimeUnit.MINUTES,
            new ArrayBlockingQueue<>(8), r -> {
                Thread t = new Thread(r, "case-import");
                t.setDaemon(true);
                return t;
            });

    CaseImportJobs(CaseImport imports, Clock clock, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
        this.clock = clock;
        workers.allowCoreThreadTimeOut(true);
    }

    /** Receives the file now and queues its check and store; the job's id to follow it by. */
    @Allowed.EnforcementOfficers
    public Job start(InputStream content, String fileName, String source) {
        forgetOld();
        Long owner = Actor.current().userId();
        if (owner == null) {
            throw new RefusedException("import-owner", "enforcement.import.owner");
        }
        String src = imports.source(source);
        Locale locale = LocaleContextHolder.getLocale();
        CaseImport.Upload upload = imports.receive(content);
        State s = new State(UUID.randomUUID().toString(), owner, fileName, src, clock.instant());
        jobs.put(s.id, s);
        try {
            workers.execute(new DelegatingSecurityContextRunnable(() -> work(s, upload, locale)));
        } catch (RejectedExecutionException e) {
            jobs.remove(s.id);
            upload.close();
            throw new InvalidInputException(429, "import-busy", "enforcement.import.busy", java.util.List.of());
        }
        return s.view();
    }

    private void work(State s, CaseImport.Upload upload, Locale locale) {
        try (upload) {
            s.phase = Phase.CHECK;
            CaseImportReport report = imports.run(upload, s.fileName, s.source, (phase, done, total) -> {
                s.phase = "store".equals(phase) ? Phase.STORE : Phase.CHECK;
                s.done = done;
                s.total = total;
            });
            s.report = report;
            s.phase = Phase.DONE;
        } catch (InvalidInputException e) {
            s.problem = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
            s.phase = Phase.FAILED;
        } catch (RefusedException e) {
            s.problem = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
            s.phase = Phase.FAILED;
        } catch (RuntimeException e) {
            log.error("case import {} failed", s.id, e);
            s.problem = e.getClass().getSimpleName();
            s.phase = Phase.FAILED;
        } finally {
            s.ended = clock.instant();
        }
    }

    /** The caller's job (404 for anyone else's or one forgotten). */
    @Allowed.EnforcementOfficers
    public Job get(String id) {
        State s = id == null ? null : jobs.get(id);
        if (s == null || !Objects.equals(s.owner, Actor.current().userId())) {
            throw new NotFoundException("import-job", String.valueOf(id));
        }
        return s.view();
    }

    private void forgetOld() {
        Instant before = clock.instant().minus(KEPT);
        jobs.values().removeIf(s -> s.ended != null && s.ended.isBefore(before));
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}

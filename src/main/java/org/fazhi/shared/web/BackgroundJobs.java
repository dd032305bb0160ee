package org.fazhi.shared.web;

import jakarta.annotation.PreDestroy;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Long work that runs in the background for the user who started it, so that the page shows its
 * progress (a bar with the phase and the share done, the page polling until it ends) instead of holding a
 * request open: a case import, the drafting of a large unit's annual report. The work runs on one of two
 * workers as the user who started it, in the language of their request; a job is seen only by that user
 * (404 for anyone else) and forgotten an hour after it ends. Jobs live in this node's memory: a restart
 * loses the job's status, never half the work (each work is one transaction of its own module).
 */
@Component
public class BackgroundJobs {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);
    static final Duration KEPT = Duration.ofHours(1);

    /** The phases every job has besides its own ones. */
    public static final String QUEUED = "QUEUED";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    /** Where the work stands: its phase, how much of how much ({@code total} -1: not known yet), the share done. */
    @FunctionalInterface
    public interface Progress {
        void at(String phase, long done, long total, Integer percent);
    }

    /** The work of a job; what it returns is the job's result. */
    @FunctionalInterface
    public interface Work {
        Object run(Progress progress);
    }

    /** No worker is free and the queue is full: the caller answers 429 in its own words. */
    public static final class BusyException extends RuntimeException {
        BusyException() {
            super("background workers busy", null, false, false);
        }
    }

    /**
     * A job as its owner sees it. {@code percent}: 0–100, null while it cannot be told; {@code problem}:
     * why it failed, in the owner's language.
     */
    public record Job(String id, String kind, String title, String subject, String phase, long done, long total, Integer percent,
            Object result, String problem, Instant started, Instant ended) {

        public boolean running() {
            return !DONE.equals(phase) && !FAILED.equals(phase);
        }

        public boolean failed() {
            return FAILED.equals(phase);
        }
    }

    private static final class State {
        final String id;
        final String kind;
        final String title;
        final String subject;
        final long owner;
        final Instant started;
        volatile String phase = QUEUED;
        volatile long done;
        volatile long total = -1;
        volatile Integer percent;
        volatile Object result;
        volatile String problem;
        volatile Instant ended;

        State(String id, String kind, String title, String subject, long owner, Instant started) {
            this.id = id;
            this.kind = kind;
            this.title = title;
            this.subject = subject;
            this.owner = owner;
            this.started = started;
        }

        Job view() {
            boolean over = DONE.equals(phase) || FAILED.equals(phase);
            return new Job(id, kind, title, subject, phase, done, total, over ? Integer.valueOf(100) : percent, result, problem,
                    started, ended);
        }
    }

    private final Clock clock;
    private final MessageSource messages;
    private final Map<String, State> jobs = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor workers = new ThreadPoolExecutor(2, 2, 1, TimeUnit.MINUTES,
            new ArrayBlockingQueue<>(8), r -> {
                Thread t = new Thread(r, "background-job");
                t.setDaemon(true);
                return t;
            });

    BackgroundJobs(Clock clock, MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
        workers.allowCoreThreadTimeOut(true);
    }

    /**
     * Queues the work of a signed-in user; the job to follow it by. {@code title} and {@code subject} say
     * what it works on (a file and its source, a report and its unit). {@code kind} names what it is (a job is
     * looked up with its kind, so one module never reads another's). Throws {@link BusyException} when the
     * workers and their queue are full; {@code onRejected} then releases what the caller received.
     */
    public Job start(String kind, String title, String subject, Work work, Runnable onRejected) {
        forgetOld();
        Long owner = Actor.current().userId();
        if (owner == null) {
            throw new IllegalStateException("a background job needs a signed-in user");
        }
        Locale locale = LocaleContextHolder.getLocale();
        State s = new State(UUID.randomUUID().toString(), kind, title, subject, owner,
                clock.instant());
        jobs.put(s.id, s);
        try {
            workers.execute(new DelegatingSecurityContextRunnable(() -> run(s, work, locale)));
        } catch (RejectedExecutionException e) {
            jobs.remove(s.id);
            if (onRejected != null) {
                onRejected.run();
            }
            throw new BusyException();
        }
        return s.view();
    }

    private void run(State s, Work work, Locale locale) {
        LocaleContextHolder.setLocale(locale);
        try {
            s.result = work.run((phase, done, total, percent) -> {
                s.phase = phase;
                s.done = done;
                s.total = total;
                s.percent = percent == null ? null : Math.max(0, Math.min(100, percent));
            });
            s.phase = DONE;
        } catch (InvalidInputException e) {
            s.problem = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
            s.phase = FAILED;
        } catch (RefusedException e) {
            s.problem = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
            s.phase = FAILED;
        } catch (RuntimeException e) {
            log.error("background job {} ({}) failed", s.id, s.kind, e);
            s.problem = e.getClass().getSimpleName();
            s.phase = FAILED;
        } finally {
            s.ended = clock.instant();
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** The caller's job of that kind (404 for anyone else's, another kind's or one forgotten). */
    public Job get(String kind, String id) {
        State s = id == null ? null : jobs.get(id);
        if (s == null || !s.kind.equals(kind) || !Objects.equals(s.owner, Actor.current().userId())) {
            throw new NotFoundException(kind + "-job", String.valueOf(id));
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

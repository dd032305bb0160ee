package org.fazhi.enforcement;

import java.io.InputStream;
import java.time.Instant;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.BackgroundJobs;
import org.springframework.stereotype.Service;

/**
 * Case imports that run in the background ({@link BackgroundJobs}), so that a large file shows its
 * progress (the console's bar, the API's job status) instead of holding a request open: the file is
 * received while the request lasts, then checked and stored by a background worker as the user who sent
 * it. A job is seen only by that user and forgotten an hour after it ends; a restart loses the job's
 * status, never half an import (the store is one transaction).
 */
@Service
public class CaseImportJobs {

    static final String KIND = "case-import";

    /** Where a job stands. */
    public enum Phase { QUEUED, CHECK, STORE, DONE, FAILED }

    /** A job as its owner sees it; {@code total} is -1 while the check is still reading the file. */
    public record Job(String id, String fileName, String source, Phase phase, long done, long total,
            CaseImportReport report, String problem, Instant started, Instant ended) {

        /** The share done, 0–100, counting the check as the first half; null while it cannot be told. */
        public Integer percent() {
            return percent(phase, done, total);
        }

        static Integer percent(Phase phase, long done, long total) {
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

    private final CaseImport imports;
    private final BackgroundJobs jobs;

    CaseImportJobs(CaseImport imports, BackgroundJobs jobs) {
        this.imports = imports;
        this.jobs = jobs;
    }

    /** Receives the file now and queues its check and store; the job's id to follow it by. */
    @Allowed.EnforcementOfficers
    public Job start(InputStream content, String fileName, String source) {
        if (Actor.current().userId() == null) {
            throw new RefusedException("import-owner", "enforcement.import.owner");
        }
        String src = imports.source(source);
        CaseImport.Upload upload = imports.receive(content);
        BackgroundJobs.Job job;
        try {
            job = jobs.start(KIND, fileName, src, progress -> {
                try (upload) {
                    progress.at(Phase.CHECK.name(), 0, -1, null);
                    return imports.run(upload, fileName, src, (phase, done, total) -> {
                        Phase p = "store".equals(phase) ? Phase.STORE : Phase.CHECK;
                        progress.at(p.name(), done, total, Job.percent(p, done, total));
                    });
                }
            }, upload::close);
        } catch (BackgroundJobs.BusyException e) {
            throw new InvalidInputException(429, "import-busy", "enforcement.import.busy", java.util.List.of());
        }
        return view(job);
    }

    /** The caller's job (404 for anyone else's or one forgotten). */
    @Allowed.EnforcementOfficers
    public Job get(String id) {
        try {
            return view(jobs.get(KIND, id));
        } catch (NotFoundException e) {
            throw new NotFoundException("import-job", String.valueOf(id));
        }
    }

    private Job view(BackgroundJobs.Job j) {
        return new Job(j.id(), j.title(), j.subject(), Phase.valueOf(j.phase()), j.done(),
                j.total(), j.result() instanceof CaseImportReport r ? r : null, j.problem(), j.started(), j.ended());
    }
}

package org.fazhi.inspections;

import java.time.LocalDate;
import java.util.List;

/**
 * What the public reads of a drawn plan: the plan, the item, the algorithm, seed and the pools as drawn
 * from with their digests, the tasks drawn, and the results once published — enough to repeat the draw.
 */
public record PublishedDraw(long planId, String title, String agency, String item, String basis, LocalDate startsOn,
        LocalDate endsOn, String algorithm, String seed, int count, String objectPoolDigest,
        String inspectorPoolDigest, String resultDigest, LocalDate drawnOn, List<RandomDraw.Entry> objectPool,
        List<RandomDraw.Entry> inspectorPool, List<PublicTask> tasks, LocalDate resultsPublishedOn) {

    public PublishedDraw {
        objectPool = List.copyOf(objectPool);
        inspectorPool = List.copyOf(inspectorPool);
        tasks = List.copyOf(tasks);
    }

    /** A task as published: the object, the inspectors and, once the results are published, the result. */
    public record PublicTask(int seqNo, long objectId, String object, long inspectorA, long inspectorB,
            String inspectors, TaskResult result, String finding, LocalDate inspectedOn) {
    }
}

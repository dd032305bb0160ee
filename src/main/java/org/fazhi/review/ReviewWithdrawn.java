package org.fazhi.review;

import org.fazhi.shared.SubjectRef;

/** A review request was withdrawn by its submitter; the owning module moves its procedure back. */
public record ReviewWithdrawn(long requestId, SubjectRef subject) {
}

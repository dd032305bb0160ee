package org.fazhi.lists.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.fazhi.lists.ListVersion;
import org.fazhi.participation.PublicConsultations;
import org.fazhi.review.LegalityReviews;
import org.fazhi.rules.RuleTerm;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.Actor;
import org.fazhi.shared.SubjectRef;
import org.fazhi.units.Role;
import org.springframework.stereotype.Component;

/**
 * Gathers the {@link ListFacts} a step or the guide checks: once, in the caller's transaction, after
 * the visibility check (another unit's list answers 404 before any gate is read).
 */
@Component
public class ListFactsReader {

    private final ListAccess access;
    private final ListStore store;
    private final LegalityReviews reviews;
    private final PublicConsultations participation;
    private final RulesCatalog rules;
    private final Clock clock;

    ListFactsReader(ListAccess access, ListStore store, LegalityReviews reviews, PublicConsultations participation,
            RulesCatalog rules, Clock clock) {
        this.access = access;
        this.store = store;
        this.reviews = reviews;
        this.participation = participation;
        this.rules = rules;
        this.clock = clock;
    }

    /** The facts of a version the actor may see, its row locked for a step; else 404. */
    public ListFacts lock(long id) {
        return of(access.lockVisible(id));
    }

    /** The facts of a version the actor may see (for the guide); else 404. */
    public ListFacts read(long id) {
        return of(access.requireVisible(id));
    }

    /** The facts of a version already read (and checked visible, or taken by the system). */
    public ListFacts of(ListVersion v) {
        LocalDate today = LocalDate.now(clock);
        LocalDate latest = store.publishedVersions(v.listId()).stream().map(ListVersion::effectiveDate)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        SubjectRef subject = ListVersion.SUBJECT.ref(v.id());
        return new ListFacts(v, access.keeps(v),
                Actor.currentHasAnyRole(Role.DRAFTER.name(), Role.RULE_OF_LAW_OFFICE.name()),
                participation.ofSubject(subject), participation.undisposed(subject), reviews.forSubject(subject),
                latest, today, rules.period(ListsRules.CONSULTATION_MINIMUM, RuleTerm.AMOUNT, today).amount());
    }
}

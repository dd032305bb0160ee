package org.fazhi.normdocs;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.fazhi.normdocs.internal.DocumentFacts;
import org.fazhi.normdocs.internal.DocumentFactsReader;
import org.fazhi.normdocs.internal.DocumentProcedure;
import org.fazhi.normdocs.internal.NormdocsRules;
import org.fazhi.review.LegalityReview;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.procedure.Guide;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the law asks next of a document, and for every step the acting user could take whether it is
 * allowed now or the reason it would be refused — computed by {@link DocumentProcedure} from the same
 * facts and gates the steps check, so the page never offers what the step refuses.
 */
@Service
@Transactional(readOnly = true)
public class DocumentGuide {

    private final DocumentFactsReader facts;
    private final RulesCatalog rules;

    DocumentGuide(DocumentFactsReader facts, RulesCatalog rules) {
        this.facts = facts;
        this.rules = rules;
    }

    /** The guide of a document the actor may see (404 otherwise). */
    public Guide<DocumentStatus> of(long id) {
        return of(facts.read(id));
    }

    /** The guide on facts already gathered (the document page reads them once). */
    public Guide<DocumentStatus> of(DocumentFacts f) {
        Next next = next(f);
        return new Guide<>(f.status(), next.key(), next.args(),
                DocumentProcedure.PROCEDURE.checks(f, DocumentProcedure.PEOPLE_STEPS));
    }

    private record Next(String key, List<Object> args) {

        static Next of(String key, Object... args) {
            return new Next(key, List.of(args));
        }
    }

    private Next next(DocumentFacts f) {
        NormativeDocument d = f.document();
        LocalDate today = f.today();
        var open = f.openConsultation().orElse(null);
        return switch (d.status()) {
            case WITHDRAWN -> Next.of("normdocs.next.withdrawn");
            case CONSULTING -> open != null && !today.isAfter(open.earliestClose())
                    ? Next.of("normdocs.next.consulting", open.closesOn(), open.earliestClose())
                    : Next.of("normdocs.next.close-consultation", open == null ? today : open.closesOn());
            case REVIEWING -> Next.of("normdocs.next.reviewing", f.reviews().stream().filter(r -> r.status().isOpen())
                    .map(LegalityReview::dueOn).filter(Objects::nonNull).findFirst().map(Object.class::cast)
                    .orElse("-"));
            case DRAFTING, REVIEWED -> beforeDeliberation(f);
            case DELIBERATED -> Next.of("normdocs.next.register");
            case REGISTERED -> Next.of("normdocs.next.publish");
            case PUBLISHED -> afterPublication(f);
        };
    }

    private static Next beforeDeliberation(DocumentFacts f) {
        NormativeDocument d = f.document();
        if (d.affectsRights() && !f.consulted()) {
            return Next.of("normdocs.next.open-consultation");
        }
        if (f.undisposed() > 0) {
            return Next.of("normdocs.next.dispose", String.valueOf(f.undisposed()));
        }
        if (f.reviewGate().passed()) {
            return Next.of("normdocs.next.deliberate");
        }
        return switch (f.reviewGate().code()) {
            case "changes-pending" -> Next.of("normdocs.next.answer-changes");
            case "unlawful" -> Next.of("normdocs.next.revise-unlawful");
            default -> Next.of("normdocs.next.submit-for-review");
        };
    }

    private Next afterPublication(DocumentFacts f) {
        NormativeDocument d = f.document();
        LocalDate today = f.today();
        var filing = f.filing().orElse(null);
        if (filing != null && !filing.filed()) {
            return Next.of("normdocs.next.file", filing.dueOn());
        }
        if (filing != null && filing.correctionPending()) {
            return Next.of("normdocs.next.correct", filing.correctionDueOn());
        }
        if (d.validity() == null || !d.validity().inForce()) {
            return Next.of("normdocs.next.not-in-force");
        }
        LocalDate notice = today.plusMonths(rules.period(NormdocsRules.EXPIRY_NOTICE, org.fazhi.rules.RuleTerm.AMOUNT,
                today, d.unitId()).months());
        if (d.expiryDate() != null && !d.expiryDate().isAfter(notice)) {
            return Next.of("normdocs.next.evaluate", d.expiryDate());
        }
        return Next.of("normdocs.next.in-force", d.expiryDate() == null ? "-" : d.expiryDate());
    }
}

package org.fazhi.normdocs.internal;

import java.util.EnumSet;
import java.util.Optional;
import org.fazhi.normdocs.DocumentStatus;
import org.fazhi.normdocs.Filing;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.shared.procedure.Gate;
import org.fazhi.shared.procedure.Refusal;

/**
 * The legal gates of a normative document's procedure, each written once and named as the rule it
 * enforces. {@link DocumentProcedure} puts them on its steps; the steps and the guide on the page both
 * ask the procedure, so they never disagree.
 */
public final class DocumentPolicies {

    private DocumentPolicies() {
    }

    /** Only the drafting unit or the issuing body carries a document (起草单位、制定主体). */
    public static final Gate<DocumentFacts> ONLY_THE_DRAFTING_UNIT_CARRIES_THE_DOCUMENT = Gate.require(
            DocumentFacts::actorDrafts, "not-drafting-unit", "normdocs.refused.not-drafting-unit");

    /** The steps of drafting are the drafting office's and the 法治办's (roles). */
    public static final Gate<DocumentFacts> ONLY_DRAFTERS_TAKE_DRAFTING_STEPS = Gate.require(
            DocumentFacts::actorMayDraft, "role", "normdocs.refused.role-drafting");

    /** 统一登记: only the registering office registers and numbers a document. */
    public static final Gate<DocumentFacts> ONLY_THE_REGISTERING_OFFICE_REGISTERS = Gate.require(
            DocumentFacts::actorRegisters, "not-registering-office", "normdocs.refused.not-registering-office");

    /** Registration is the 法治办's or a legal reviewer's step (roles). */
    public static final Gate<DocumentFacts> ONLY_REGISTRARS_REGISTER = Gate.require(
            DocumentFacts::actorMayRegister, "role", "normdocs.refused.role-registering");

    /**
     * A draft that 涉及群众切身利益或者对公民、法人和其他组织权利义务有重大影响 is opened to public comment
     * before legality review (国办发〔2018〕37号; SD-01). A draft the drafter recorded as not opened, with
     * the reason (which the reviewer reads), passes.
     */
    public static final Gate<DocumentFacts> CONSULTED_WHEN_RIGHTS_ARE_AFFECTED = Gate.require(
            f -> !f.document().affectsRights() || f.consulted(),
            "consultation-required", "normdocs.refused.consultation-required");

    /** Every comment received has its disposition before the text moves on (采纳情况说明). */
    public static final Gate<DocumentFacts> EVERY_COMMENT_ANSWERED = Gate.require(f -> f.undisposed() == 0,
            "comments-undisposed", f -> Refusal.of("comments-undisposed", "normdocs.refused.comments-undisposed",
                    String.valueOf(f.undisposed())));

    /**
     * A consultation runs to the end of its minimum period (SD-01: not less than 7 working days): the
     * 7th working day is part of it, so the window can be closed from the day after.
     */
    public static final Gate<DocumentFacts> CONSULTATION_RUNS_ITS_MINIMUM_PERIOD = Gate.of("consultation-too-early",
            facts -> {
                Optional<PublicConsultation> open = facts.openConsultation();
                if (open.isPresent() && !facts.today().isAfter(open.get().earliestClose())) {
                    return Optional.of(Refusal.of("consultation-too-early", "normdocs.refused.consultation-too-early",
                            open.get().earliestClose(), facts.consultationMinimumDays(),
                            NormdocsRules.CONSULTATION_MINIMUM));
                }
                return Optional.empty();
            });

    /**
     * 未经合法性审核或者经审核不合法的，不得提交集体审议: the latest review of the current version passed
     * (or its required changes were all made in it). Checked before the state while the document is
     * still on its way to deliberation, so the drafter reads the legal reason rather than "wrong state".
     */
    public static final Gate<DocumentFacts> DELIBERATION_NEEDS_A_PASSING_REVIEW = Gate.<DocumentFacts>require(
            f -> f.reviewGate().passed(), "review-*",
            f -> Refusal.of("review-" + f.reviewGate().code(), f.reviewGate().messageKey()))
            .onlyIn(DocumentFacts::status, EnumSet.of(DocumentStatus.DRAFTING, DocumentStatus.CONSULTING,
                    DocumentStatus.REVIEWING, DocumentStatus.REVIEWED));

    /** An imported document was filed under the old system: there is no filing duty to discharge here. */
    public static final Gate<DocumentFacts> IMPORTED_DOCUMENTS_ARE_NOT_FILED_AGAIN = Gate.require(
            f -> !f.document().imported(), "imported", "normdocs.refused.filing-imported");

    /** A document is filed once. */
    public static final Gate<DocumentFacts> FILED_ONCE = Gate.require(
            f -> f.filing().map(x -> !x.filed()).orElse(true), "already-filed", "normdocs.refused.already-filed");

    /**
     * PI-03: a text holding natural persons' identifiers (身份证号, phone numbers, bank accounts) is
     * published only as a public copy with them removed, checked by a second person: someone other
     * than the one who publishes must have cleared the public copy of the current version.
     */
    public static final Gate<DocumentFacts> PUBLIC_COPY_CHECKED_BY_A_SECOND_PERSON = Gate.of("public-copy", f -> {
        if (f.personalDataFindings() == 0) {
            return Optional.empty();
        }
        if (f.publicCopyClearedBy() == null) {
            return Optional.of(Refusal.of("public-copy-not-cleared", "normdocs.refused.public-copy-not-cleared",
                    f.personalDataFindings()));
        }
        if (f.publicCopyClearedBy().equals(f.actorId())) {
            return Optional.of(Refusal.of("public-copy-cleared-by-publisher",
                    "normdocs.refused.public-copy-cleared-by-publisher"));
        }
        return Optional.empty();
    });

    /** There is something to clear: the current version holds identifiers the public copy leaves out. */
    public static final Gate<DocumentFacts> PUBLIC_COPY_HAS_SOMETHING_REMOVED = Gate.require(
            f -> f.personalDataFindings() > 0, "nothing-to-clear", "normdocs.refused.nothing-to-clear");

    /** A filing review can be recorded only for a document that was filed, and once. */
    public static final Gate<DocumentFacts> FILED_AND_REVIEW_NOT_YET_RECORDED = Gate.of("filing-review", f -> {
        if (f.filing().map(x -> !x.filed()).orElse(true)) {
            return Optional.of(Refusal.of("not-filed", "normdocs.refused.not-filed"));
        }
        if (f.filing().get().reviewResult() != null) {
            return Optional.of(Refusal.of("review-recorded", "normdocs.refused.filing-review-recorded"));
        }
        return Optional.empty();
    });

    /** A correction is recorded only where the filing body asked for one that is not yet made. */
    public static final Gate<DocumentFacts> CORRECTION_ASKED_FOR = Gate.require(
            f -> f.filing().map(Filing::correctionPending).orElse(false), "no-correction-requested",
            "normdocs.refused.no-correction-requested");

    /** Only a document in force can be repealed. */
    public static final Gate<DocumentFacts> REPEALED_ONLY_WHILE_IN_FORCE = Gate.require(
            f -> f.document().validity() != null && f.document().validity().inForce(), "not-in-force",
            "normdocs.refused.not-in-force");
}

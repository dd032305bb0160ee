package org.fazhi.decisions.internal;

import java.util.Locale;
import org.fazhi.decisions.ExpertOpinion;
import org.fazhi.decisions.Hearing;
import org.fazhi.decisions.MajorDecision;
import org.fazhi.decisions.Poll;
import org.fazhi.decisions.RequiredProcedure;
import org.fazhi.decisions.RiskAssessment;
import org.fazhi.decisions.Waiver;
import org.fazhi.participation.AdoptionSummary;
import org.fazhi.participation.PublicConsultations;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.ReviewStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The materials a decision is tabled with (MD-07: 决策草案及说明、公众意见采纳情况、专家论证意见、风险评估报告、
 * 合法性审查意见), written out as they stand at tabling, so the meeting's record says on which materials
 * it decided: the exact version, and for each procedure what was done or why it was not. Written in
 * Chinese, the language of the record, from the messages files.
 */
@Component
public class MaterialsDossier {

    private static final Locale RECORD = Locale.SIMPLIFIED_CHINESE;

    private final PublicConsultations participation;
    private final MessageSource messages;

    MaterialsDossier(PublicConsultations participation, MessageSource messages) {
        this.participation = participation;
        this.messages = messages;
    }

    public String of(DecisionFacts f) {
        MajorDecision d = f.decision();
        StringBuilder sb = new StringBuilder();
        line(sb, "decisions.dossier.draft", f.currentVersion().versionNo(), f.currentVersion().title(),
                f.currentVersion().sha256());
        sb.append(f.currentVersion().body()).append("\n\n");
        if (f.currentVersion().explanation() != null) {
            line(sb, "decisions.dossier.explanation");
            sb.append(f.currentVersion().explanation()).append("\n\n");
        }
        AdoptionSummary s = participation.summaryOfSubject(MajorDecision.SUBJECT.ref(d.id()));
        procedure(sb, f, RequiredProcedure.PUBLIC_PARTICIPATION, f.consulted(), () -> line(sb,
                "decisions.dossier.adoption", s.total(), s.adopted(), s.partlyAdopted(), s.notAdopted(), s.undisposed()));
        procedure(sb, f, RequiredProcedure.HEARING, f.hearingHeld(), () -> f.hearings().stream()
                .filter(h -> h.roundNo() == f.round() && h.status() == Hearing.HearingStatus.HELD)
                .forEach(h -> line(sb, "decisions.dossier.hearing", h.heldOn(), h.place(),
                        h.summary() == null ? "-" : h.summary())));
        procedure(sb, f, RequiredProcedure.OPINION_POLL, f.polled(), () -> f.polls().stream()
                .filter(p -> p.roundNo() == f.round())
                .forEach((Poll p) -> line(sb, "decisions.dossier.poll", p.title(), p.sampleSize(), p.results())));
        procedure(sb, f, RequiredProcedure.EXPERT_ARGUMENTATION, !f.opinions().isEmpty(), () -> {
            for (ExpertOpinion o : f.opinions()) {
                line(sb, "decisions.dossier.expert", o.expertName(), o.opinion(),
                        o.answerKind() == null ? "-" : text("decisions.answer." + o.answerKind().name()),
                        o.answer() == null ? "-" : o.answer());
            }
        });
        procedure(sb, f, RequiredProcedure.RISK_ASSESSMENT, f.latestRisk().isPresent(), () -> f.latestRisk()
                .ifPresent((RiskAssessment r) -> line(sb, "decisions.dossier.risk", r.assessorName(),
                        text("decisions.risk.level." + r.level().name()),
                        text(r.controllable() ? "decisions.risk.controllable" : "decisions.risk.uncontrollable"),
                        r.measures())));
        f.reviews().stream().filter(r -> r.status() == ReviewStatus.CONCLUDED).reduce((a, b) -> b)
                .ifPresent((LegalityReview r) -> line(sb, "decisions.dossier.review", r.subject().versionNo(),
                        text("decisions.review-outcome." + r.outcome().name()), r.opinion()));
        return sb.toString();
    }

    private void procedure(StringBuilder sb, DecisionFacts f, RequiredProcedure p, boolean done, Runnable detail) {
        line(sb, "decisions.dossier.procedure", text("decisions.procedure." + p.name()), p.rule());
        if (done) {
            detail.run();
        } else if (f.waiver(p).isPresent()) {
            Waiver w = f.waiver(p).get();
            line(sb, "decisions.dossier.waived", w.reason());
        } else {
            line(sb, "decisions.dossier.not-required");
        }
    }

    private void line(StringBuilder sb, String key, Object... args) {
        sb.append(text(key, args)).append('\n');
    }

    private String text(String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Number || args[i] instanceof java.time.LocalDate ? String.valueOf(args[i])
                    : args[i];
        }
        return messages.getMessage(key, shown, key, RECORD);
    }
}

package org.fazhi.enforcement.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.fazhi.enforcement.BenchmarkLevel;
import org.fazhi.enforcement.CaseAct;
import org.fazhi.enforcement.EnforcementCase;
import org.fazhi.enforcement.EvidenceItem;
import org.fazhi.review.ReviewTextSource;
import org.fazhi.review.ReviewedText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The text the review desk reads of a case (法制审核材料): made once per submission from the case as it
 * stands — agency and power item, party, facts and findings, the acts and the evidence with digests,
 * the proposal and the benchmark it was checked against with the stated reason for any deviation,
 * the lenient list considered, the party's statement or hearing, and the answer to an earlier review
 * — and kept as an immutable packet with its SHA-256. The desk reads it through
 * {@link ReviewTextSource}.
 */
@Component
public class CaseTexts implements ReviewTextSource {

    private final CaseFileStore files;
    private final MessageSource messages;

    CaseTexts(CaseFileStore files, MessageSource messages) {
        this.files = files;
        this.messages = messages;
    }

    @Override
    public String module() {
        return EnforcementCase.SUBJECT.module();
    }

    @Override
    public Optional<ReviewedText> text(String subjectType, String subjectId, long versionId) {
        if (!EnforcementCase.SUBJECT.name().equals(subjectType)) {
            return Optional.empty();
        }
        return files.packet(versionId).filter(p -> String.valueOf(p.caseId()).equals(subjectId))
                .map(p -> new ReviewedText(p.id(), p.packetNo(), p.title(), p.body(), null, null, p.sha256(), null));
    }

    /** The title of the packet: the case number and cause. */
    public String title(EnforcementCase c) {
        return t("enforcement.packet.title", c.caseNo(), c.cause());
    }

    /** The packet's text for the case on these facts. */
    public String body(CaseFacts f) {
        EnforcementCase c = f.c();
        StringBuilder sb = new StringBuilder();
        line(sb, "enforcement.packet.case", c.caseNo(), f.agency().name(), t("enforcement.kind." + c.kind().name()));
        line(sb, "enforcement.packet.power", c.powerItemName() == null ? "-" : c.powerItemName());
        line(sb, "enforcement.packet.party", t("enforcement.party-kind." + c.partyKind().name()), c.partyName());
        line(sb, "enforcement.packet.dates", c.openedOn(), c.occurredOn() == null ? "-" : c.occurredOn());
        line(sb, "enforcement.packet.facts", c.facts() == null ? "-" : c.facts());
        if (c.violationCode() != null) {
            line(sb, "enforcement.packet.findings", c.violationCode(),
                    c.circumstance() == null ? "-" : t("enforcement.circumstance." + c.circumstance().name()),
                    t(c.firstOffence() ? "enforcement.yes" : "enforcement.no"),
                    c.harm() == null ? "-" : t("enforcement.harm." + c.harm().name()),
                    t(c.corrected() ? "enforcement.yes" : "enforcement.no"));
        }
        sb.append(t("enforcement.packet.acts")).append('\n');
        for (CaseAct a : f.acts()) {
            sb.append("  ").append(a.on()).append(' ').append(t("enforcement.act-kind." + a.kind().name()))
                    .append(" — ").append(a.summary()).append(" (")
                    .append(String.join("、", a.officers().stream()
                            .map(o -> o.name() + (o.certificateNo() == null ? "" : " " + o.certificateNo())).toList()))
                    .append(")\n");
        }
        sb.append(t("enforcement.packet.evidence")).append('\n');
        for (EvidenceItem e : files.evidenceOf(c.id())) {
            if (e.current()) {
                sb.append("  ").append(t("enforcement.stage." + e.stage().name())).append(' ').append(e.title())
                        .append(" SHA-256 ").append(e.sha256()).append(" SM3 ").append(e.sm3()).append('\n');
            }
        }
        if (c.proposedOutcome() != null) {
            line(sb, "enforcement.packet.proposal", t("enforcement.outcome." + c.proposedOutcome().name()),
                    c.proposedPenaltyType() == null ? "-" : t("enforcement.penalty." + c.proposedPenaltyType().name()),
                    c.proposedAmount() == null ? "-" : c.proposedAmount().toPlainString());
        }
        if (f.benchmark() != null) {
            switch (f.benchmark().verdict()) {
                case NO_BENCHMARK -> line(sb, "enforcement.packet.no-benchmark", c.violationCode());
                case WITHIN, DEVIATES -> {
                    BenchmarkLevel l = f.benchmark().level();
                    line(sb, "enforcement.packet.benchmark", f.benchmark().benchmark().violationName(),
                            f.benchmark().benchmark().versionNo(), f.benchmark().benchmark().legalReference(),
                            l == null ? "-" : t("enforcement.circumstance." + l.circumstance().name()),
                            l == null ? "-" : range(l));
                    if (f.benchmark().deviates()) {
                        line(sb, "enforcement.packet.deviation", c.deviationReason() == null ? "-" : c.deviationReason());
                    }
                }
            }
        }
        f.exemption().ifPresent(e -> line(sb, "enforcement.packet.exemption",
                t("enforcement.exemption-list." + e.list().name()), e.description()));
        if (c.notifiedOn() != null) {
            line(sb, "enforcement.packet.notice", c.notifiedOn(),
                    t(c.hearingRights() ? "enforcement.yes" : "enforcement.no"));
        }
        if (c.statementWaivedOn() != null) {
            line(sb, "enforcement.packet.waived", c.statementWaivedOn());
        }
        if (c.hearingHeldOn() != null) {
            line(sb, "enforcement.packet.hearing", c.hearingHeldOn(), c.hearingSummary());
        }
        if (c.answersReviewId() != null) {
            line(sb, "enforcement.packet.review-response", c.answersReviewId(), c.reviewResponse());
        }
        return sb.toString();
    }

    private String range(BenchmarkLevel l) {
        String type = t("enforcement.penalty." + l.penaltyType().name());
        if (!l.penaltyType().monetary()) {
            return type;
        }
        return type + " " + (l.minAmount() == null ? "" : l.minAmount().toPlainString()) + "–"
                + (l.maxAmount() == null ? "" : l.maxAmount().toPlainString());
    }

    private void line(StringBuilder sb, String key, Object... args) {
        sb.append(t(key, args)).append('\n');
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

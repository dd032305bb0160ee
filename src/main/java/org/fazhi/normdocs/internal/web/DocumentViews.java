package org.fazhi.normdocs.internal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.normdocs.DocumentAttachment;
import org.fazhi.normdocs.DocumentOverview;
import org.fazhi.normdocs.DocumentOverviews;
import org.fazhi.normdocs.DocumentStatus;
import org.fazhi.normdocs.DocumentVersion;
import org.fazhi.normdocs.IssuingBodies;
import org.fazhi.normdocs.IssuingBody;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.review.RequiredChange;
import org.fazhi.review.LegalityReview;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the document page shows: the document with its names, the procedure guide in words (the
 * next legal step, and for each step whether it may be taken or why not), versions, consultation,
 * review rounds, registration, publication, attachments, filing, evaluations and validity history.
 */
@Component
class DocumentViews {

    /** A step of the procedure as the page shows it: allowed, or the reason it would be refused. */
    public record StepView(String step, boolean allowed, String reason) {
    }

    /** The guide in words. */
    public record GuideView(String status, String next, Map<String, StepView> steps) {

        public boolean allowed(String step) {
            StepView s = steps.get(step);
            return s != null && s.allowed();
        }

        public String reason(String step) {
            StepView s = steps.get(step);
            return s == null ? "" : s.reason();
        }
    }

    /** A list row: the document and the names beside it. */
    public record Row(NormativeDocument document, String issuingBody, String unit) {
    }

    /** A review round with its required changes and the version numbers they were made in. */
    public record Round(LegalityReview review, List<ChangeRow> changes) {
    }

    /** A required change with the number of the version it was made in (null: not yet). */
    public record ChangeRow(RequiredChange change, Integer madeInVersionNo) {
    }

    private final DocumentOverviews overviews;
    private final IssuingBodies bodies;
    private final Units units;
    private final MessageSource messages;
    private final Clock clock;

    DocumentViews(DocumentOverviews overviews, IssuingBodies bodies, Units units, MessageSource messages,
            Clock clock) {
        this.overviews = overviews;
        this.bodies = bodies;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    GuideView guide(Guide<DocumentStatus> g) {
        Map<String, StepView> steps = new LinkedHashMap<>();
        for (StepCheck s : g.steps()) {
            steps.put(s.step(), new StepView(s.step(), s.allowed(),
                    s.allowed() ? "" : text(s.messageKey(), s.args().toArray())));
        }
        return new GuideView(g.status().name(), text(g.nextKey(), g.nextArgs().toArray()), steps);
    }

    List<Row> rows(List<NormativeDocument> docs) {
        Map<Long, String> bodyNames = bodies.all().stream()
                .collect(Collectors.toMap(IssuingBody::id, IssuingBody::name, (a, b) -> a));
        Map<Long, String> unitNames = units.names(docs.stream().map(NormativeDocument::unitId).distinct().toList());
        return docs.stream().map(d -> new Row(d, bodyNames.getOrDefault(d.issuingBodyId(), ""),
                unitNames.getOrDefault(d.unitId(), ""))).toList();
    }

    /** The columns of a document list as exported. */
    List<String> columns() {
        return labels(List.of("normdocs.col.title", "normdocs.col.body", "normdocs.col.unit",
                "normdocs.col.document-number", "normdocs.col.registration-number", "normdocs.col.status",
                "normdocs.col.publication-date", "normdocs.col.effective-date", "normdocs.col.expiry-date",
                "normdocs.col.validity", "normdocs.col.imported"));
    }

    /** One exported row. */
    List<?> cells(Row r) {
        NormativeDocument d = r.document();
        return java.util.Arrays.asList(d.title(), r.issuingBody(), r.unit(), d.documentNumber(),
                d.registrationNumber(), text("normdocs.status." + d.status()), d.publicationDate(),
                d.effectiveDate(), d.expiryDate(), d.validity() == null ? "" : text("normdocs.validity." + d.validity()),
                d.imported());
    }

    /** Fills the model of the document page; {@code form} carries the values and errors of a failed form. */
    String detail(long id, Model model, FormInput form) {
        DocumentOverview o = overviews.of(id);
        NormativeDocument d = o.document();
        LocalDate today = o.today();
        Map<Long, Integer> versionNos = o.versions().stream()
                .collect(Collectors.toMap(DocumentVersion::id, DocumentVersion::versionNo));
        Function<Long, Integer> no = v -> v == null ? null : versionNos.get(v);
        List<Round> rounds = o.reviews().stream().map(r -> new Round(r, r.requiredChanges().stream()
                .map(c -> new ChangeRow(c, no.apply(c.madeInVersionId()))).toList())).toList();

        model.addAttribute("d", d);
        model.addAttribute("body", o.issuingBody());
        model.addAttribute("unit", o.unit());
        model.addAttribute("plan", o.planItem());
        model.addAttribute("guide", guide(o.guide()));
        model.addAttribute("versions", o.versions());
        model.addAttribute("versionNos", versionNos);
        model.addAttribute("current", o.currentVersion());
        model.addAttribute("consultations", o.consultations());
        model.addAttribute("open", o.openConsultation());
        model.addAttribute("earliestClose", o.earliestCloseIfOpenedToday());
        model.addAttribute("comments", o.comments().stream().map(Masking::masked).toList());
        model.addAttribute("summary", o.summary());
        model.addAttribute("rounds", rounds);
        model.addAttribute("changesPending", o.changesToAnswer().orElse(null));
        model.addAttribute("suggestion", o.suggestedDocumentNumber());
        model.addAttribute("maxYears", o.maxValidityYears());
        model.addAttribute("attachments", o.attachments());
        model.addAttribute("attachmentKinds", DocumentAttachment.Kind.values());
        model.addAttribute("filing", o.filing().orElse(null));
        model.addAttribute("packet", packet(d, o.missingPacketItems()));
        model.addAttribute("evaluations", o.evaluations());
        model.addAttribute("history", o.history());
        model.addAttribute("filingAddressee", o.filingAddressee());
        model.addAttribute("supersessions", o.supersessions());
        model.addAttribute("personalDataFindings", o.personalDataFindings());
        model.addAttribute("publicCopy", o.publicCopy() == null ? List.of()
                : java.util.Arrays.stream(o.publicCopy().split("\\R")).filter(l -> !l.isBlank()).toList());
        model.addAttribute("publicCopyCleared", o.publicCopyCleared());
        model.addAttribute("supersessionKinds", org.fazhi.normdocs.Supersession.Kind.values());
        model.addAttribute("createdOn", o.versions().stream().collect(Collectors.toMap(DocumentVersion::id,
                v -> LocalDate.ofInstant(v.createdAt(), clock.getZone()))));
        model.addAttribute("dispositions", org.fazhi.participation.Disposition.values());
        model.addAttribute("decisions", org.fazhi.normdocs.DeliberationRequest.Decision.values());
        model.addAttribute("verdicts", org.fazhi.normdocs.CleanupVerdict.values());
        model.addAttribute("today", today);
        defaults(form, o.maxValidityYears(), today);
        form.addTo(model);
        return "normdocs/document";
    }

    /** The filing packet checklist: each item and whether it is there. */
    Map<String, Boolean> packet(NormativeDocument d, List<String> missing) {
        Map<String, Boolean> packet = new LinkedHashMap<>();
        for (String item : List.of("text", "drafting-notes", "basis", "review-opinion")) {
            packet.put(item, d.published() && !missing.contains(item));
        }
        return packet;
    }

    private void defaults(FormInput form, int maxYears, LocalDate today) {
        String[][] defaults = {{"publicationDate", today.toString()}, {"effectiveDate", today.toString()},
            {"validityYears", String.valueOf(maxYears)}, {"filedOn", today.toString()},
            {"date", today.toString()}, {"evaluatedOn", today.toString()}};
        for (String[] kv : defaults) {
            if (form.raw(kv[0]).isEmpty()) {
                form.put(kv[0], kv[1]);
            }
        }
    }

    /** Names of the issuing bodies (all of them: a document the user sees may name any). */
    Map<Long, String> bodyNames() {
        Map<Long, String> names = new HashMap<>();
        bodies.all().forEach(b -> names.put(b.id(), b.name()));
        return names;
    }

    List<String> labels(List<String> keys) {
        List<String> out = new ArrayList<>();
        keys.forEach(k -> out.add(text(k)));
        return out;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    String dateTime(java.time.Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone()).format(at);
    }
}

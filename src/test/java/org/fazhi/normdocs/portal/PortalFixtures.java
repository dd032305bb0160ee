package org.fazhi.normdocs.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.normdocs.Consultations;
import org.fazhi.normdocs.DeliberationRequest;
import org.fazhi.normdocs.DraftRequest;
import org.fazhi.normdocs.IssuingBodies;
import org.fazhi.normdocs.IssuingBody;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.NormativeDocuments;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.normdocs.PublicationRequest;
import org.fazhi.normdocs.internal.IssuingBodyStore;
import org.fazhi.review.ConclusionRequest;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Units;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Puts documents on the portal through the real procedure: a fresh issuing body of the demo
 * county's justice bureau (whose desk the demo reviewer 程守正 works), drafted, reviewed,
 * deliberated, registered and published by 孟依法 (fzb) — or opened for public consultation.
 * Names and markers are unique per run, so a shared database never collides.
 */
public final class PortalFixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String DIGITS = "零一二三四五六七八九";

    private final ActingAs acting;
    private final IssuingBodies bodies;
    private final IssuingBodyStore bodyStore;
    private final NormativeDocuments documents;
    private final Consultations consultations;
    private final LegalityReviews reviews;
    private final Units units;
    private final java.time.Clock clock;
    private IssuingBody body;
    private int numbers;

    public PortalFixtures(ApplicationContext context) {
        this.acting = context.getBean(ActingAs.class);
        this.bodies = context.getBean(IssuingBodies.class);
        this.bodyStore = context.getBean(IssuingBodyStore.class);
        this.documents = context.getBean(NormativeDocuments.class);
        this.consultations = context.getBean(Consultations.class);
        this.reviews = context.getBean(LegalityReviews.class);
        this.units = context.getBean(Units.class);
        this.clock = context.getBean(java.time.Clock.class);
    }

    /** Chinese text no other test or run uses (digits written as 〇一二…), e.g. 样本三七〇二. */
    public static String marker(String prefix) {
        long n = System.currentTimeMillis() % 100_000_000L * 100 + COUNTER.incrementAndGet() % 100;
        StringBuilder sb = new StringBuilder(prefix);
        for (char c : Long.toString(n).toCharArray()) {
            sb.append(DIGITS.charAt(c - '0'));
        }
        return sb.toString();
    }

    /** A client address no other request of the test run uses (the portal limits per address). */
    public static RequestPostProcessor freshAddress() {
        int n = COUNTER.incrementAndGet();
        String ip = "10.77." + ((n >> 8) & 0xFF) + "." + (n & 0xFF);
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    /** This fixture's issuing body (created on first use): 示范县司法局, prefix 示司发. */
    public IssuingBody body() {
        if (body == null) {
            long justice = units.findByCode("SFX-SFJ").orElseThrow().id();
            long county = units.findByCode("SFX").orElseThrow().id();
            body = acting.run("fzb", () -> {
                long office = office(justice, county);
                return bodies.add(new IssuingBodies.BodyRequest(justice, marker("示范县司法局门户测试"), "示司发", office));
            });
        }
        return body;
    }

    private long office(long justice, long county) {
        for (long unit : List.of(justice, county)) {
            if (bodyStore.officePrefix(unit).isPresent()) {
                return unit;
            }
        }
        for (String prefix : List.of("SFDR", "SFXDR", "SFJDR")) {
            try {
                bodies.registerOffice(justice, prefix);
                return justice;
            } catch (RuntimeException taken) {
                // the prefix belongs to another office: try the next
            }
        }
        throw new IllegalStateException("no registering office for the portal tests");
    }

    /** A draft that does not affect rights and duties (no consultation needed), not published. */
    public NormativeDocument draft(String title, String text) {
        return acting.run("fzb", () -> documents.create(new DraftRequest(body().id(), body().unitId(), null, title,
                false, text, "起草说明：" + title, "《中华人民共和国行政处罚法》", "不涉及群众切身利益，对权利义务没有重大影响")));
    }

    /** A document taken through review, deliberation, registration and publication today. */
    public NormativeDocument published(String title, String text) {
        return publish(draft(title, text).id(), null);
    }

    /** Publishes a draft, optionally with a validity period in years. */
    public NormativeDocument publish(long id, Integer validityYears) {
        var review = acting.run("fzb", () -> documents.submitForReview(id));
        acting.run("shencha", () -> reviews.conclude(review.id(), new ConclusionRequest(ReviewOutcome.LAWFUL,
                "经审核，该文件合法。", List.of(), "门户测试：材料齐全，提前办结")));
        return acting.run("fzb", () -> {
            LocalDate today = today();
            documents.deliberate(id, new DeliberationRequest("县政府常务会议", today, DeliberationRequest.Decision.PASSED, null));
            int serial = ++numbers;
            documents.register(id, "示司发〔" + today.getYear() + "〕" + serial + "号");
            return documents.publish(id, new PublicationRequest(today, today, validityYears, null));
        });
    }

    /** A draft affecting rights and duties, opened for public comment until the earliest lawful close. */
    public PublicConsultation consultation(String title, String text) {
        NormativeDocument d = acting.run("fzb", () -> documents.create(new DraftRequest(body().id(), body().unitId(),
                null, title, true, text, "起草说明：为规范管理，起草本办法。", "《中华人民共和国行政许可法》", null)));
        return acting.run("fzb", () -> consultations.open(d.id(), consultations.earliestClose(today())));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

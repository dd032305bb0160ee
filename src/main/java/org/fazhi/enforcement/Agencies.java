package org.fazhi.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.audit.AuditLog;
import org.fazhi.enforcement.internal.AgencyAccess;
import org.fazhi.enforcement.internal.AgencyStore;
import org.fazhi.enforcement.internal.EnforcementRules;
import org.fazhi.enforcement.internal.OfficerStore;
import org.fazhi.enforcement.internal.ReviewerStore;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of enforcement agencies (执法主体): legal standing and basis, the power items they
 * exercise (from the {@link PowerList}), their designated legal reviewers with the TS-03 ratio, and
 * their catalog of major decisions that need legal review. The 法治办 registers agencies; an agency's
 * own staff keep its reviewers and catalog. Another unit's agency answers 404.
 */
@Service
@Transactional
public class Agencies {

    private final AgencyStore agencies;
    private final AgencyAccess access;
    private final PowerList powers;
    private final OfficerStore officers;
    private final ReviewerStore reviewers;
    private final RulesCatalog rules;
    private final DataScope scope;
    private final Units units;
    private final EnforcementStatistics statistics;
    private final AuditLog audit;
    private final Clock clock;

    Agencies(AgencyStore agencies, AgencyAccess access, PowerList powers, OfficerStore officers, ReviewerStore reviewers, RulesCatalog rules, DataScope scope, Units units,
            EnforcementStatistics statistics, AuditLog audit, Clock clock) {
        this.agencies = agencies;
        this.access = access;
        this.powers = powers;
        this.officers = officers;
        this.reviewers = reviewers;
        this.rules = rules;
        this.scope = scope;
        this.units = units;
        this.statistics = statistics;
        this.audit = audit;
        this.clock = clock;
    }

    // ----- reading -----

    /** The agencies the actor may see. */
    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<Agency> list() {
        return access.visible();
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public Agency get(long id) {
        return access.require(id);
    }

    /** An agency by id, unscoped: a name for other modules beside a record the caller may already see. */
    @Transactional(readOnly = true)
    public java.util.Optional<Agency> find(long id) {
        return agencies.find(id);
    }

    /** The power items of the agency's unit in force today. */
    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<PowerItem> powerItems(long agencyId) {
        Agency a = access.require(agencyId);
        return powers.inForceOf(a.unitId(), today());
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<LegalReviewer> reviewers(long agencyId) {
        access.require(agencyId);
        return reviewers.reviewers(agencyId);
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<ReviewCatalogItem> catalog(long agencyId) {
        access.require(agencyId);
        return reviewers.catalog(agencyId);
    }

    /** The agency's reviewers against its certified officers today (TS-03). */
    @Transactional(readOnly = true)
    @Allowed.Staff
    public ReviewerRatio ratio(long agencyId) {
        return ratioOf(access.require(agencyId), today());
    }

    /** The ratio of every agency the actor may see. */
    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<ReviewerRatio> ratios() {
        LocalDate today = today();
        return access.visible().stream().filter(Agency::active).map(a -> ratioOf(a, today)).toList();
    }

    /** The ratio of an agency on a date, unscoped (metrics and the module's pages after their check). */
    public ReviewerRatio ratioOf(Agency a, LocalDate on) {
        long reviewerCount = reviewers.reviewers(a.id()).stream().filter(r -> r.activeOn(on)).count();
        long officerCount = officers.ofAgency(a.id()).stream().filter(o -> o.kind() == OfficerKind.OFFICER
                && o.standingOn(on).valid()).count();
        BigDecimal target = rules.threshold(EnforcementRules.REVIEWER_RATIO, on, a.unitId());
        BigDecimal percent = officerCount == 0 ? null
                : BigDecimal.valueOf(reviewerCount * 100).divide(BigDecimal.valueOf(officerCount), 2,
                        RoundingMode.HALF_UP);
        boolean met = officerCount == 0 || (percent != null && percent.compareTo(target) >= 0);
        return new ReviewerRatio(a.id(), a.name(), reviewerCount, officerCount, percent, target, met);
    }

    // ----- the register -----

    /**
     * Registers an agency for a unit in the actor's scope (one per unit); its case prefix is unique.
     * The duty to publish this year's statistics (TS-02) starts with it.
     */
    @Allowed.RuleOfLawOffice
    public Agency register(AgencyRequest r) {
        if (r.unitId() == null) {
            throw InvalidInputException.field("unitId", "enforcement.agency.unit-required");
        }
        scope.require(r.unitId(), "unit", r.unitId());
        units.find(r.unitId()).orElseThrow(() -> new NotFoundException("unit", r.unitId()));
        if (agencies.findByUnit(r.unitId()).isPresent()) {
            throw InvalidInputException.field("unitId", "enforcement.agency.unit-taken");
        }
        String prefix = r.casePrefix().strip();
        if (agencies.findByPrefix(prefix).isPresent()) {
            throw InvalidInputException.field("casePrefix", "enforcement.agency.prefix-taken", prefix);
        }
        requireEntrustingOrgan(r);
        long id = agencies.insert(r.unitId(), r.name().strip(), r.standing(), blank(r.entrustedBy()),
                r.legalBasis().strip(), blank(r.establishment()), blank(r.procedureText()), blank(r.remedies()),
                prefix);
        Agency created = agencies.find(id).orElseThrow();
        audit.created(Agency.SUBJECT.name(), id, created);
        statistics.openDuty(created, today().getYear());
        return created;
    }

    /** Edits an agency's standing, basis and public texts (the unit and the prefix stay). */
    @Allowed.RuleOfLawOffice
    public Agency update(long id, AgencyRequest r) {
        Agency before = access.require(id);
        requireEntrustingOrgan(r);
        agencies.update(id, r.version() == null ? before.version() : r.version(), r.name().strip(), r.standing(),
                blank(r.entrustedBy()), r.legalBasis().strip(), blank(r.establishment()), blank(r.procedureText()),
                blank(r.remedies()), r.active() == null ? before.active() : r.active());
        Agency after = agencies.find(id).orElseThrow();
        audit.changed(Agency.SUBJECT.name(), id, before, after);
        return after;
    }

    private static void requireEntrustingOrgan(AgencyRequest r) {
        if (r.standing() == LegalStanding.ENTRUSTED && blank(r.entrustedBy()) == null) {
            throw InvalidInputException.field("entrustedBy", "enforcement.agency.entrusted-by-required");
        }
    }

    // ----- legal reviewers and the review catalog -----

    @Allowed.Officers
    public LegalReviewer designateReviewer(long agencyId, ReviewerRequest r) {
        access.require(agencyId);
        LocalDate on = r.designatedOn() == null ? today() : r.designatedOn();
        if (on.isAfter(today())) {
            throw InvalidInputException.field("designatedOn", "enforcement.date.future");
        }
        long id = reviewers.insertReviewer(agencyId, r.name().strip(), r.userId(), r.qualified(), on);
        LegalReviewer created = reviewers.reviewer(id).orElseThrow();
        audit.created("enforcement-legal-reviewer", id, created);
        return created;
    }

    @Allowed.Officers
    public LegalReviewer endReviewer(long agencyId, long reviewerId, LocalDate on) {
        access.require(agencyId);
        LegalReviewer before = reviewers.reviewer(reviewerId).filter(r -> r.agencyId() == agencyId)
                .orElseThrow(() -> new NotFoundException("enforcement-legal-reviewer", reviewerId));
        LocalDate end = on == null ? today() : on;
        if (end.isBefore(before.designatedOn())) {
            throw InvalidInputException.field("endedOn", "enforcement.date.before-start", before.designatedOn());
        }
        reviewers.endReviewer(reviewerId, end);
        LegalReviewer after = reviewers.reviewer(reviewerId).orElseThrow();
        audit.changed("enforcement-legal-reviewer", reviewerId, before, after);
        return after;
    }

    @Allowed.Officers
    public ReviewCatalogItem addCatalogItem(long agencyId, CatalogItemRequest r) {
        access.require(agencyId);
        if (r.minAmount() != null && r.penaltyType() != null && !r.penaltyType().monetary()) {
            throw InvalidInputException.field("minAmount", "enforcement.catalog.amount-not-monetary");
        }
        LocalDate on = r.listedOn() == null ? today() : r.listedOn();
        long id = reviewers.insertCatalogItem(agencyId, r.title().strip(), r.kind(), r.penaltyType(), r.minAmount(),
                blank(r.description()), on);
        ReviewCatalogItem created = reviewers.catalogItem(id).orElseThrow();
        audit.created("enforcement-review-catalog-item", id, created);
        return created;
    }

    @Allowed.Officers
    public ReviewCatalogItem endCatalogItem(long agencyId, long itemId, LocalDate on) {
        access.require(agencyId);
        ReviewCatalogItem before = reviewers.catalogItem(itemId).filter(i -> i.agencyId() == agencyId)
                .orElseThrow(() -> new NotFoundException("enforcement-review-catalog-item", itemId));
        LocalDate end = on == null ? today() : on;
        if (end.isBefore(before.listedOn())) {
            throw InvalidInputException.field("endedOn", "enforcement.date.before-start", before.listedOn());
        }
        reviewers.endCatalogItem(itemId, end);
        ReviewCatalogItem after = reviewers.catalogItem(itemId).orElseThrow();
        audit.changed("enforcement-review-catalog-item", itemId, before, after);
        return after;
    }

    // ----- the public side -----

    /** Active agencies for the portal (名称、主体资格、依据). */
    @Transactional(readOnly = true)
    public List<Agency> publicList() {
        return agencies.active();
    }

    /** An active agency's standing publicity: subject, powers, basis, procedure, remedies, review catalog. */
    @Transactional(readOnly = true)
    public PublicAgency publicAgency(long id) {
        Agency a = agencies.find(id).filter(Agency::active)
                .orElseThrow(() -> new NotFoundException(Agency.SUBJECT.name(), id));
        LocalDate today = today();
        return new PublicAgency(a, units.name(a.unitId()), powers.inForceOf(a.unitId(), today),
                reviewers.catalog(id).stream().filter(i -> i.listedOn(today)).toList());
    }

    /** What the portal shows of an agency. */
    public record PublicAgency(Agency agency, String unitName, List<PowerItem> powerItems,
            List<ReviewCatalogItem> reviewCatalog) {
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.fazhi.enforcement.internal.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.fazhi.enforcement.ActionKind;
import org.fazhi.enforcement.Agencies;
import org.fazhi.enforcement.Agency;
import org.fazhi.enforcement.AnnualStatistics;
import org.fazhi.enforcement.CertificateLookup;
import org.fazhi.enforcement.DecisionPublications;
import org.fazhi.enforcement.DiscretionBenchmark;
import org.fazhi.enforcement.DiscretionBenchmarks;
import org.fazhi.enforcement.EnforcementStatistics;
import org.fazhi.enforcement.ExemptionItem;
import org.fazhi.enforcement.GuidingCase;
import org.fazhi.enforcement.GuidingCases;
import org.fazhi.enforcement.PublicCertificate;
import org.fazhi.enforcement.PublishedDecision;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.web.ProblemTypes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public JSON API of enforcement, without sign-in: the certificate look-up (by number, or by name
 * and agency; 429 over the address's limit), the agencies' standing publicity, published decisions
 * (no identifiers of natural persons), benchmarks and lenient lists, guiding cases and the published
 * statistics.
 */
@RestController
@RequestMapping(path = "/api/v1/public/enforcement", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
class PublicEnforcementApi {

    /** An agency's standing publicity (公示). */
    record PublicAgencyView(long id, String name, String standing, String entrustedBy, String legalBasis,
            String procedure, String remedies, List<Power> powers, List<String> reviewCatalog) {
    }

    record Power(String code, String name, ActionKind kind, String basis) {
    }

    private final CertificateLookup lookup;
    private final Agencies agencies;
    private final DecisionPublications publications;
    private final DiscretionBenchmarks benchmarks;
    private final GuidingCases guiding;
    private final EnforcementStatistics statistics;
    private final LookupLimits limits;
    private final MessageSource messages;

    PublicEnforcementApi(CertificateLookup lookup, Agencies agencies, DecisionPublications publications,
            DiscretionBenchmarks benchmarks, GuidingCases guiding, EnforcementStatistics statistics,
            LookupLimits limits, MessageSource messages) {
        this.lookup = lookup;
        this.agencies = agencies;
        this.publications = publications;
        this.benchmarks = benchmarks;
        this.guiding = guiding;
        this.statistics = statistics;
        this.limits = limits;
        this.messages = messages;
    }

    @GetMapping("/certificates")
    ResponseEntity<?> certificates(@RequestParam(required = false) @Size(max = 40) String number,
            @RequestParam(required = false) @Size(max = 50) String name,
            @RequestParam(required = false) @Positive Long agencyId, HttpServletRequest request) {
        boolean byNumber = number != null && !number.isBlank();
        boolean byName = name != null && !name.isBlank() && agencyId != null;
        if (!byNumber && !byName) {
            throw InvalidInputException.field("number", "enforcementportal.lookup.what");
        }
        String client = LookupLimits.client(request);
        if (!limits.lookups.tryAcquire(client)) {
            long retry = limits.lookups.retryAfterSeconds(client);
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    messages.getMessage("enforcementportal.lookup.too-many",
                            new Object[] {LookupLimits.minutes(retry)}, LocaleContextHolder.getLocale()));
            p.setType(ProblemTypes.of("rate-limited"));
            p.setTitle(HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(retry))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
        List<PublicCertificate> found = byNumber ? lookup.byNumber(number) : lookup.byName(name, agencyId);
        return ResponseEntity.ok(found);
    }

    @GetMapping("/agencies")
    List<Agency> agencies() {
        return agencies.publicList().stream().map(PublicEnforcementApi::publicView).toList();
    }

    @GetMapping("/agencies/{id}")
    PublicAgencyView agency(@PathVariable @Positive long id) {
        Agencies.PublicAgency a = agencies.publicAgency(id);
        return new PublicAgencyView(a.agency().id(), a.agency().name(), a.agency().standing().name(),
                a.agency().entrustedBy(), a.agency().legalBasis(), a.agency().procedureText(), a.agency().remedies(),
                a.powerItems().stream().map(p -> new Power(p.code(), p.name(), p.kind(), p.basis())).toList(),
                a.reviewCatalog().stream().map(i -> i.title()).toList());
    }

    /** What the public reads of an agency (the case prefix and version are internal). */
    private static Agency publicView(Agency a) {
        return new Agency(a.id(), null, a.name(), a.standing(), a.entrustedBy(), a.legalBasis(), a.establishment(),
                a.procedureText(), a.remedies(), null, a.active(), 0);
    }

    @GetMapping("/decisions")
    PageResult<PublishedDecision> decisions(@RequestParam(required = false) @Positive Long agencyId,
            @RequestParam(required = false) ActionKind kind,
            @RequestParam(required = false) @Min(0) @Max(10_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(100) Integer size) {
        return publications.published(agencyId, kind, PageQuery.of(page, size));
    }

    @GetMapping("/decisions/{id}")
    PublishedDecision decision(@PathVariable @Positive long id) {
        return publications.publishedOne(id);
    }

    @GetMapping("/benchmarks")
    List<DiscretionBenchmark> benchmarks() {
        return benchmarks.publicBenchmarks();
    }

    @GetMapping("/exemptions")
    List<ExemptionItem> exemptions() {
        return benchmarks.publicExemptions();
    }

    @GetMapping("/guiding-cases")
    List<GuidingCase> guidingCases() {
        return guiding.published().stream().map(g -> new GuidingCase(g.id(), null, null, g.year(), g.title(),
                g.gist(), g.publicText(), null, g.publishedOn())).toList();
    }

    @GetMapping("/statistics")
    List<AnnualStatistics> statistics() {
        return statistics.published();
    }
}

package org.fazhi.enforcement.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.fazhi.enforcement.Agencies;
import org.fazhi.enforcement.Agency;
import org.fazhi.enforcement.AgencyRequest;
import org.fazhi.enforcement.AnnualStatistics;
import org.fazhi.enforcement.BenchmarkRequest;
import org.fazhi.enforcement.CatalogItemRequest;
import org.fazhi.enforcement.CertificateRequest;
import org.fazhi.enforcement.DecisionPublications;
import org.fazhi.enforcement.DiscretionBenchmark;
import org.fazhi.enforcement.DiscretionBenchmarks;
import org.fazhi.enforcement.EnforcementStatistics;
import org.fazhi.enforcement.ExamRequest;
import org.fazhi.enforcement.ExemptionItem;
import org.fazhi.enforcement.ExemptionRequest;
import org.fazhi.enforcement.LegalReviewer;
import org.fazhi.enforcement.Officer;
import org.fazhi.enforcement.OfficerExam;
import org.fazhi.enforcement.OfficerKind;
import org.fazhi.enforcement.OfficerRequest;
import org.fazhi.enforcement.Officers;
import org.fazhi.enforcement.PowerItem;
import org.fazhi.enforcement.ReviewCatalogItem;
import org.fazhi.enforcement.ReviewerRatio;
import org.fazhi.enforcement.ReviewerRequest;
import org.fazhi.enforcement.StatusRequest;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.web.Allowed;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registers as JSON: agencies with their power items, legal reviewers, ratio and review catalog;
 * officers with exams, certificates and status; discretion benchmarks and the lenient lists; the
 * publicity standings and the annual statistics.
 */
@RestController
@RequestMapping("/api/v1/enforcement")
@Validated
@Allowed.Staff
@Tag(name = "enforcement-registers", description = "执法主体、执法人员、裁量基准 (registers)")
class RegistersApi {

    private final Agencies agencies;
    private final Officers officers;
    private final DiscretionBenchmarks benchmarks;
    private final DecisionPublications publications;
    private final EnforcementStatistics statistics;

    RegistersApi(Agencies agencies, Officers officers, DiscretionBenchmarks benchmarks,
            DecisionPublications publications, EnforcementStatistics statistics) {
        this.agencies = agencies;
        this.officers = officers;
        this.benchmarks = benchmarks;
        this.publications = publications;
        this.statistics = statistics;
    }

    @GetMapping("/agencies")
    List<Agency> agencies() {
        return agencies.list();
    }

    @PostMapping("/agencies")
    ResponseEntity<Agency> register(@Valid @RequestBody AgencyRequest r) {
        Agency a = agencies.register(r);
        return ResponseEntity.created(URI.create("/api/v1/enforcement/agencies/" + a.id())).body(a);
    }

    @GetMapping("/agencies/{id}")
    Agency agency(@PathVariable @Positive long id) {
        return agencies.get(id);
    }

    @PutMapping("/agencies/{id}")
    Agency update(@PathVariable @Positive long id, @Valid @RequestBody AgencyRequest r) {
        return agencies.update(id, r);
    }

    @GetMapping("/agencies/{id}/power-items")
    List<PowerItem> powerItems(@PathVariable @Positive long id) {
        return agencies.powerItems(id);
    }

    @GetMapping("/agencies/{id}/reviewers")
    List<LegalReviewer> reviewers(@PathVariable @Positive long id) {
        return agencies.reviewers(id);
    }

    @PostMapping("/agencies/{id}/reviewers")
    LegalReviewer designate(@PathVariable @Positive long id, @Valid @RequestBody ReviewerRequest r) {
        return agencies.designateReviewer(id, r);
    }

    @GetMapping("/agencies/{id}/ratio")
    @Operation(summary = "Legal reviewers against certified officers, and the TS-03 target")
    ReviewerRatio ratio(@PathVariable @Positive long id) {
        return agencies.ratio(id);
    }

    @GetMapping("/ratios")
    List<ReviewerRatio> ratios() {
        return agencies.ratios();
    }

    @GetMapping("/agencies/{id}/catalog")
    List<ReviewCatalogItem> catalog(@PathVariable @Positive long id) {
        return agencies.catalog(id);
    }

    @PostMapping("/agencies/{id}/catalog")
    ReviewCatalogItem addCatalogItem(@PathVariable @Positive long id, @Valid @RequestBody CatalogItemRequest r) {
        return agencies.addCatalogItem(id, r);
    }

    @GetMapping("/officers")
    PageResult<Officer> officers(@RequestParam(required = false) @Positive Long agencyId,
            @RequestParam(required = false) OfficerKind kind, @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return officers.list(agencyId, kind, q, PageQuery.of(page, size));
    }

    @PostMapping("/officers")
    ResponseEntity<Officer> registerOfficer(@Valid @RequestBody OfficerRequest r) {
        Officer o = officers.register(r);
        return ResponseEntity.created(URI.create("/api/v1/enforcement/officers/" + o.id())).body(o);
    }

    @GetMapping("/officers/{id}")
    Officer officer(@PathVariable @Positive long id) {
        return officers.get(id);
    }

    @GetMapping("/officers/{id}/exams")
    List<OfficerExam> exams(@PathVariable @Positive long id) {
        return officers.exams(id);
    }

    @PostMapping("/officers/{id}/exams")
    OfficerExam exam(@PathVariable @Positive long id, @Valid @RequestBody ExamRequest r) {
        return officers.recordExam(id, r);
    }

    @PostMapping("/officers/{id}/certificate")
    @Operation(summary = "Issue or renew a certificate (refused without a passed exam)")
    Officer certificate(@PathVariable @Positive long id, @Valid @RequestBody CertificateRequest r) {
        return officers.issueCertificate(id, r);
    }

    @PostMapping("/officers/{id}/status")
    Officer status(@PathVariable @Positive long id, @Valid @RequestBody StatusRequest r) {
        return officers.changeStatus(id, r);
    }

    @GetMapping("/benchmarks")
    List<DiscretionBenchmark> benchmarks() {
        return benchmarks.list();
    }

    @PostMapping("/benchmarks")
    @Operation(summary = "A new version of the benchmark for a violation (the previous one ends the day before)")
    DiscretionBenchmark publishBenchmark(@Valid @RequestBody BenchmarkRequest r) {
        return benchmarks.publish(r);
    }

    @GetMapping("/exemptions")
    List<ExemptionItem> exemptions() {
        return benchmarks.exemptions();
    }

    @PostMapping("/exemptions")
    ExemptionItem addExemption(@Valid @RequestBody ExemptionRequest r) {
        return benchmarks.addExemption(r);
    }

    @GetMapping("/publicity")
    @Operation(summary = "Decided cases of a year with where their publication stands (overdue and late first)")
    List<DecisionPublications.Standing> publicity(@RequestParam(required = false) @Min(2000) @Max(2200) Integer year) {
        return publications.standings(year);
    }

    @GetMapping("/statistics")
    List<AnnualStatistics> statistics(@RequestParam @Min(2000) @Max(2200) int year) {
        return statistics.list(year);
    }

    @PostMapping("/statistics/{agencyId}/{year}")
    @Operation(summary = "Publish an agency's statistics of a finished year, computed from its cases"
            + " (on: the day they went public, when earlier than today)")
    AnnualStatistics publishStatistics(@PathVariable @Positive long agencyId,
            @PathVariable @Min(2000) @Max(2200) int year, @RequestParam(required = false) java.time.LocalDate on) {
        return statistics.publish(agencyId, year, on);
    }
}

package org.fazhi.enforcement.internal.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.fazhi.enforcement.ActionKind;
import org.fazhi.enforcement.Agencies;
import org.fazhi.enforcement.CertificateLookup;
import org.fazhi.enforcement.DecisionPublications;
import org.fazhi.enforcement.DiscretionBenchmarks;
import org.fazhi.enforcement.EnforcementStatistics;
import org.fazhi.enforcement.GuidingCases;
import org.fazhi.enforcement.PublicCertificate;
import org.fazhi.shared.PageQuery;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of enforcement: the agencies' standing publicity (subject, powers, basis,
 * procedure, remedies), the certificate look-up, published decisions, benchmarks and lenient lists,
 * guiding cases and the annual statistics.
 */
@Controller
@RequestMapping("/enforcement")
class PublicEnforcementPages {

    private final Agencies agencies;
    private final CertificateLookup lookup;
    private final DecisionPublications publications;
    private final DiscretionBenchmarks benchmarks;
    private final GuidingCases guiding;
    private final EnforcementStatistics statistics;
    private final LookupLimits limits;
    private final MessageSource messages;

    PublicEnforcementPages(Agencies agencies, CertificateLookup lookup, DecisionPublications publications,
            DiscretionBenchmarks benchmarks, GuidingCases guiding, EnforcementStatistics statistics,
            LookupLimits limits, MessageSource messages) {
        this.agencies = agencies;
        this.lookup = lookup;
        this.publications = publications;
        this.benchmarks = benchmarks;
        this.guiding = guiding;
        this.statistics = statistics;
        this.limits = limits;
        this.messages = messages;
    }

    @GetMapping
    String home(Model model) {
        model.addAttribute("agencies", agencies.publicList());
        return "enforcement/portal/home";
    }

    @GetMapping("/agencies/{id}")
    String agency(@PathVariable long id, Model model) {
        model.addAttribute("p", agencies.publicAgency(id));
        return "enforcement/portal/agency";
    }

    @GetMapping("/certificates")
    String certificates(@RequestParam(required = false) String number, @RequestParam(required = false) String name,
            @RequestParam(required = false) Long agencyId, HttpServletRequest request, Model model) {
        model.addAttribute("agencies", agencies.publicList());
        model.addAttribute("number", number == null ? "" : number);
        model.addAttribute("name", name == null ? "" : name);
        model.addAttribute("agencyId", agencyId);
        boolean byNumber = number != null && !number.isBlank() && number.length() <= 40;
        boolean byName = name != null && !name.isBlank() && name.length() <= 50 && agencyId != null;
        List<PublicCertificate> found = null;
        if (byNumber || byName) {
            String client = LookupLimits.client(request);
            if (limits.lookups.tryAcquire(client)) {
                found = byNumber ? lookup.byNumber(number) : lookup.byName(name, agencyId);
            } else {
                model.addAttribute("limited", messages.getMessage("enforcementportal.lookup.too-many",
                        new Object[] {LookupLimits.minutes(limits.lookups.retryAfterSeconds(client))},
                        LocaleContextHolder.getLocale()));
            }
        } else if ((number != null && !number.isBlank()) || (name != null && !name.isBlank())) {
            model.addAttribute("incomplete", true);
        }
        model.addAttribute("found", found);
        return "enforcement/portal/certificates";
    }

    @GetMapping("/decisions")
    String decisions(@RequestParam(required = false) Long agencyId, @RequestParam(required = false) ActionKind kind,
            @RequestParam(required = false) Integer page, Model model) {
        int p = page == null || page < 0 || page > 10_000 ? 0 : page;
        model.addAttribute("result", publications.published(agencyId, kind, PageQuery.of(p, 20)));
        model.addAttribute("agencies", agencies.publicList());
        model.addAttribute("agencyId", agencyId);
        model.addAttribute("kind", kind == null ? "" : kind.name());
        model.addAttribute("kinds", ActionKind.values());
        return "enforcement/portal/decisions";
    }

    @GetMapping("/decisions/{id}")
    String decision(@PathVariable long id, Model model) {
        model.addAttribute("d", publications.publishedOne(id));
        return "enforcement/portal/decision";
    }

    @GetMapping("/benchmarks")
    String benchmarks(Model model) {
        model.addAttribute("benchmarks", benchmarks.publicBenchmarks());
        model.addAttribute("exemptions", benchmarks.publicExemptions());
        return "enforcement/portal/benchmarks";
    }

    @GetMapping("/guiding-cases")
    String guidingCases(Model model) {
        model.addAttribute("cases", guiding.published());
        return "enforcement/portal/guiding";
    }

    @GetMapping("/statistics")
    String statistics(Model model) {
        model.addAttribute("reports", statistics.published().stream()
                .map(org.fazhi.enforcement.internal.web.StatisticsTables::table).toList());
        model.addAttribute("measures", EnforcementStatistics.MEASURES);
        return "enforcement/portal/statistics";
    }
}

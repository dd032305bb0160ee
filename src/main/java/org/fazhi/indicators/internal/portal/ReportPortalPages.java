package org.fazhi.indicators.internal.portal;

import java.util.List;
import org.fazhi.indicators.AnnualReport;
import org.fazhi.indicators.AnnualReports;
import org.fazhi.indicators.ReportTexts;
import org.fazhi.shared.PortalLink;
import org.fazhi.shared.PublicEndpoints;
import org.fazhi.units.Units;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The published annual reports on the portal (/reports): every unit's reports, newest year first, and a
 * report's text with its figures; natural persons' identifiers are removed from the narratives.
 */
@Controller
class ReportPortalPages {

    private final AnnualReports reports;
    private final ReportTexts texts;
    private final Units units;

    ReportPortalPages(AnnualReports reports, ReportTexts texts, Units units) {
        this.reports = reports;
        this.texts = texts;
        this.units = units;
    }

    @GetMapping("/reports")
    String list(Model model) {
        List<AnnualReport> list = reports.published();
        model.addAttribute("reports", list);
        model.addAttribute("names", units.names(list.stream().map(AnnualReport::unitId).toList()));
        return "indicators/portal-reports";
    }

    @GetMapping("/reports/{id:\\d{1,18}}")
    String report(@PathVariable long id, Model model) {
        model.addAttribute("view", reports.publicView(id));
        model.addAttribute("texts", texts);
        model.addAttribute("locale", ReportTexts.DOCUMENT);
        return "indicators/portal-report";
    }

    @Configuration(proxyBeanMethods = false)
    static class Web {

        @Bean
        PortalLink indicatorsReportsPortalLink() {
            return new PortalLink(60, "indicators.portal.link", "indicators.portal.description", "/reports");
        }

        @Bean
        PublicEndpoints indicatorsPublicEndpoints() {
            return PublicEndpoints.get("/reports", "/reports/*");
        }
    }
}

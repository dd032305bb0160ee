package org.fazhi.review.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.review.LegalAdviser.AdviserKind;
import org.fazhi.review.LegalAdvisers;
import org.fazhi.review.LegalAdvisers.AdviserRequest;
import org.fazhi.review.ReviewDesks;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.fazhi.units.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review desk of the demo county, loaded after the demo locality on an empty database, through
 * the real services as the demo accounts: the county justice bureau reviews for the county
 * government, its office and the county departments (townships review for themselves), and the
 * bureau's register of legal advisers (an invented law firm, 示范明理律师事务所, and a government
 * lawyer) with contract terms around today, one of them expired. All names are invented.
 */
@Component
@Order(110)
class DemoReview implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReview.class);
    static final String FIRM = "示范明理律师事务所";
    private static final List<String> REVIEWED_BY_JUSTICE = List.of("SFX", "SFX-ZFB", "SFX-SJJ", "SFX-ZHZF",
            "SFX-ZRZY", "SFX-JYJ");

    private final AdviserStore advisers;
    private final LegalAdvisers register;
    private final ReviewDesks desks;
    private final Units units;
    private final UserDirectory users;
    private final ActingAs acting;
    private final Clock clock;
    private final boolean enabled;

    DemoReview(AdviserStore advisers, LegalAdvisers register, ReviewDesks desks, Units units, UserDirectory users,
            ActingAs acting, Clock clock, @Value("${fazhi.demo-data:true}") boolean enabled) {
        this.advisers = advisers;
        this.register = register;
        this.desks = desks;
        this.units = units;
        this.users = users;
        this.acting = acting;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Unit justice = units.findByCode("SFX-SFJ").orElse(null);
        if (!enabled || justice == null || advisers.count() > 0 || users.findByUsername("fzb").isEmpty()
                || users.findByUsername("shencha").isEmpty()) {
            return;
        }
        acting.run("fzb", () -> REVIEWED_BY_JUSTICE.forEach(code -> units.findByCode(code)
                .ifPresent(u -> desks.assign(u.id(), justice.id()))));
        int year = LocalDate.now(clock).getYear();
        LocalDate from = LocalDate.of(year - 1, 1, 1);
        LocalDate to = LocalDate.of(year + 1, 12, 31);
        acting.run("shencha", () -> {
            register.register(new AdviserRequest(justice.id(), "温律恒", AdviserKind.LEGAL_ADVISER, FIRM,
                    "13201200000001", from, to, true));
            register.register(new AdviserRequest(justice.id(), "乔法诚", AdviserKind.LEGAL_ADVISER, FIRM,
                    "13201200000002", from, to, true));
            register.register(new AdviserRequest(justice.id(), "卢秉正", AdviserKind.GOVERNMENT_LAWYER,
                    "示范县司法局", "G13201200000003", LocalDate.of(year - 3, 1, 1), null, true));
            register.register(new AdviserRequest(justice.id(), "严守约", AdviserKind.LEGAL_ADVISER, FIRM,
                    "13201200000004", LocalDate.of(year - 4, 1, 1), LocalDate.of(year - 2, 12, 31), true));
        });
        log.info("Demo review desk loaded: {} desk assignments, {} legal advisers", REVIEWED_BY_JUSTICE.size(),
                advisers.count());
    }
}

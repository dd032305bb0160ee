package org.fazhi.normdocs.web;

import org.fazhi.normdocs.IssuingBodies;
import org.fazhi.normdocs.IssuingBody;
import org.fazhi.review.ReviewDesks;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Unit;
import org.fazhi.units.UnitDraft;
import org.fazhi.units.UnitKind;
import org.fazhi.units.UnitLevel;
import org.fazhi.units.Units;

/**
 * Fresh, uniquely named issuing bodies for the web tests, so that document numbers never collide
 * with another test's on a shared database: a new county department (reviewed by the county justice
 * bureau) listed as a body registered by 示范县司法局, or with a registering office of its own.
 */
public class Fixtures {

    /** A body of a new unit; {@code office} is its registering office's code. */
    public record Body(IssuingBody body, Unit unit, String office) {
    }

    private final Units units;
    private final IssuingBodies bodies;
    private final ReviewDesks desks;
    private final ActingAs acting;

    public Fixtures(Units units, IssuingBodies bodies, ReviewDesks desks, ActingAs acting) {
        this.units = units;
        this.bodies = bodies;
        this.desks = desks;
        this.acting = acting;
    }

    /** A new department under 示范县, reviewed and registered by 示范县司法局 (SFDR). */
    public Body countyBody() {
        return acting.run("fzb", () -> {
            Unit unit = newUnit();
            long justice = units.findByCode("SFX-SFJ").orElseThrow().id();
            desks.assign(unit.id(), justice);
            IssuingBody body = bodies.add(new IssuingBodies.BodyRequest(unit.id(), unit.name(),
                    "测" + WebSupport.uniqueLetters(6) + "发", justice));
            return new Body(body, unit, "SFDR");
        });
    }

    /** A new department under 示范县 that is its own registering office, with a fresh code. */
    public Body bodyWithOwnOffice() {
        return acting.run("fzb", () -> {
            Unit unit = newUnit();
            String office = "T" + WebSupport.uniqueLetters(8);
            bodies.registerOffice(unit.id(), office);
            IssuingBody body = bodies.add(new IssuingBodies.BodyRequest(unit.id(), unit.name(),
                    "导" + WebSupport.uniqueLetters(6) + "发", unit.id()));
            return new Body(body, unit, office);
        });
    }

    private Unit newUnit() {
        long county = units.findByCode("SFX").orElseThrow().id();
        String code = WebSupport.unique("T-ND");
        return units.create(new UnitDraft(county, code, "测试局" + code, UnitKind.DEPARTMENT, UnitLevel.COUNTY, 50, true));
    }
}

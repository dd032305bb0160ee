package org.fazhi.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.fazhi.audit.AuditLog;
import org.fazhi.publicity.internal.PublicityStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.privacy.PersonalData;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grassroots records of legal publicity: legal vice-principals of the schools, the 法律明白人 of the villages
 * (their phones masked on lists) and the villages awarded 民主法治示范村（社区）, kept by the 法治办.
 */
@Service
@Transactional
public class Grassroots {

    private final PublicityStore store;
    private final PublicityUnits units;
    private final DataScope scope;
    private final AuditLog audit;
    private final Clock clock;

    Grassroots(PublicityStore store, PublicityUnits units, DataScope scope, AuditLog audit, Clock clock) {
        this.store = store;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<VicePrincipal> vicePrincipals() {
        return store.vicePrincipals(scope.visibleUnitIds());
    }

    @Transactional(readOnly = true)
    public List<LiteratePerson> literatePersons() {
        return store.literatePersons(scope.visibleUnitIds()).stream().map(Grassroots::masked).toList();
    }

    @Transactional(readOnly = true)
    public List<ModelVillage> modelVillages() {
        return store.modelVillages(scope.visibleUnitIds());
    }

    @Allowed.RuleOfLawOffice
    public VicePrincipal appoint(VicePrincipalRequest r) {
        units.inScope(r.unitId(), "unitId");
        notFuture(r.appointedOn(), "appointedOn");
        long id = store.insertVicePrincipal(r, Actor.current().userId(), OffsetDateTime.now(clock));
        VicePrincipal v = store.vicePrincipal(id).orElseThrow();
        audit.created(Publicity.VICE_PRINCIPAL.name(), id, v);
        return v;
    }

    @Allowed.RuleOfLawOffice
    public VicePrincipal endAppointment(long id, EndOfServiceRequest r) {
        VicePrincipal v = store.vicePrincipal(id).filter(x -> scope.canSee(x.unitId()))
                .orElseThrow(() -> new NotFoundException(Publicity.VICE_PRINCIPAL.name(), id));
        ending(v.endedOn(), v.appointedOn(), r.on());
        store.vicePrincipalEnded(id, r.on());
        VicePrincipal after = store.vicePrincipal(id).orElseThrow();
        audit.changed(Publicity.VICE_PRINCIPAL.name(), id, v, after);
        return after;
    }

    @Allowed.RuleOfLawOffice
    public LiteratePerson addLiteratePerson(LiteratePersonRequest r) {
        units.village(r.villageUnitId(), "villageUnitId");
        notFuture(r.since(), "since");
        long id = store.insertLiteratePerson(r, Actor.current().userId(), OffsetDateTime.now(clock));
        LiteratePerson p = masked(store.literatePerson(id).orElseThrow());
        audit.created(Publicity.LITERATE_PERSON.name(), id, p);
        return p;
    }

    @Allowed.RuleOfLawOffice
    public LiteratePerson endLiteratePerson(long id, EndOfServiceRequest r) {
        LiteratePerson p = store.literatePerson(id).filter(x -> scope.canSee(x.villageUnitId()))
                .orElseThrow(() -> new NotFoundException(Publicity.LITERATE_PERSON.name(), id));
        ending(p.endedOn(), p.since(), r.on());
        store.literatePersonEnded(id, r.on());
        LiteratePerson after = masked(store.literatePerson(id).orElseThrow());
        audit.changed(Publicity.LITERATE_PERSON.name(), id, masked(p), after);
        return after;
    }

    /** A village's title, once per level and year. */
    @Allowed.RuleOfLawOffice
    public ModelVillage award(ModelVillageRequest r) {
        units.village(r.villageUnitId(), "villageUnitId");
        if (r.awardedYear() > LocalDate.now(clock).getYear()) {
            throw InvalidInputException.field("awardedYear", "publicity.date.future");
        }
        if (store.modelVillageExists(r.villageUnitId(), r.level().name(), r.awardedYear())) {
            throw InvalidInputException.field("awardedYear", "publicity.model-village.exists");
        }
        long id = store.insertModelVillage(r, Actor.current().userId(), OffsetDateTime.now(clock));
        ModelVillage m = store.modelVillages(List.of(r.villageUnitId())).stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow();
        audit.created(Publicity.MODEL_VILLAGE.name(), id, m);
        return m;
    }

    private void ending(LocalDate endedAlready, LocalDate start, LocalDate on) {
        if (endedAlready != null) {
            throw InvalidInputException.field("on", "publicity.ended.already");
        }
        if (on.isBefore(start)) {
            throw InvalidInputException.field("on", "publicity.date.before", start);
        }
        notFuture(on, "on");
    }

    private void notFuture(LocalDate day, String field) {
        if (day.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.field(field, "publicity.date.future");
        }
    }

    static LiteratePerson masked(LiteratePerson p) {
        if (p.phone() == null) {
            return p;
        }
        var found = PersonalData.find(p.phone());
        String phone = found.size() == 1 ? PersonalData.mask(found.get(0)) : "****";
        return new LiteratePerson(p.id(), p.villageUnitId(), p.personName(), phone, p.since(), p.endedOn());
    }
}

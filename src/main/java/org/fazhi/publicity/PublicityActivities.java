package org.fazhi.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.files.FileStore;
import org.fazhi.files.StoredFile;
import org.fazhi.publicity.internal.ActivityFacts;
import org.fazhi.publicity.internal.ActivityFactsReader;
import org.fazhi.publicity.internal.ActivityProcedure.Step;
import org.fazhi.publicity.internal.ActivityRecord;
import org.fazhi.publicity.internal.ActivitySteps;
import org.fazhi.publicity.internal.PublicityStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.privacy.PersonalData;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publicity activities step by step, each let through by {@code internal.ActivityProcedure} (the same gates as
 * the page's guide) and audited: planned by a unit (optionally carrying out a line of its responsibility list
 * for the year); announced on the portal's public calendar while it is still to come; recorded as held on a
 * day of its dates once it has started, with its reach; or cancelled with the reason. The public calendar
 * shows announced and held activities only, every personal identifier removed from their descriptions.
 */
@Service
@Transactional
public class PublicityActivities {

    private final PublicityStore store;
    private final ActivitySteps steps;
    private final ActivityFactsReader facts;
    private final ActivityGuide guide;
    private final PublicityUnits units;
    private final DataScope scope;
    private final AuditLog audit;
    private final FileStore files;
    private final Clock clock;

    PublicityActivities(PublicityStore store, ActivitySteps steps, ActivityFactsReader facts, ActivityGuide guide,
            PublicityUnits units, DataScope scope, AuditLog audit, FileStore files, Clock clock) {
        this.store = store;
        this.steps = steps;
        this.facts = facts;
        this.guide = guide;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
        this.files = files;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PublicityActivity get(long id) {
        return facts.read(id).activity();
    }

    /** Activities of a unit's subtree (the actor's scope when null) starting in a year (any when null), in a state. */
    @Transactional(readOnly = true)
    public List<PublicityActivity> list(Long unitId, Integer year, ActivityStatus status) {
        return store.activities(unitId == null ? scope.visibleUnitIds() : scope.subtreeWithinScope(unitId), year, status);
    }

    /** The activity's page in one read (404 outside the scope). */
    @Transactional(readOnly = true)
    public ActivityOverview overview(long id) {
        ActivityFacts f = facts.read(id);
        PublicityActivity a = f.activity();
        DutyLine duty = a.dutyId() == null ? null : store.duty(a.dutyId()).orElse(null);
        return new ActivityOverview(a, units.name(a.unitId()), duty,
                store.materialFiles(id).stream().map(files::get).toList(), guide.of(f));
    }

    /** The public calendar: announced and held activities meeting the period, descriptions without identifiers. */
    @Transactional(readOnly = true)
    public List<PublicActivity> publicCalendar(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw InvalidInputException.field("to", "publicity.date.before", from);
        }
        if (from.plusYears(1).isBefore(to)) {
            throw InvalidInputException.field("to", "publicity.calendar.too-long");
        }
        return store.publicActivities(from, to).stream()
                .map(a -> new PublicActivity(a.id(), units.name(a.unitId()), a.title(), a.kind(), a.startsOn(),
                        a.endsOn(), a.place(), a.audience(),
                        a.description() == null ? null : PersonalData.redact(a.description()), a.status(),
                        a.status() == ActivityStatus.HELD ? a.participants() : null))
                .toList();
    }

    @Allowed.Reporters
    public PublicityActivity plan(ActivityRequest r) {
        Unit unit = units.inScope(r.unitId(), "unitId");
        if (r.endsOn().isBefore(r.startsOn())) {
            throw InvalidInputException.field("endsOn", "publicity.date.before", r.startsOn());
        }
        if (r.dutyId() != null) {
            DutyLine d = store.duty(r.dutyId()).filter(x -> x.unitId().equals(unit.id()))
                    .orElseThrow(() -> InvalidInputException.field("dutyId", "publicity.duty.not-of-unit"));
            if (d.yearNo() != r.startsOn().getYear()) {
                throw InvalidInputException.field("dutyId", "publicity.duty.other-year", d.yearNo());
            }
        }
        ActivityRecord record = ActivityRecord.planned(unit.id(), r.dutyId(), r.title().strip(), r.kind(),
                r.startsOn(), r.endsOn(), r.place().strip(), blank(r.audience()), blank(r.description()),
                blank(r.materials()), Actor.current().userId(), steps.now());
        steps.save(record);
        PublicityActivity created = store.activity(record.id()).orElseThrow();
        audit.created(PublicityActivity.SUBJECT.name(), created.id(), created);
        return created;
    }

    /** Put on the portal's public calendar (only while it is still to come). */
    @Allowed.Reporters
    public PublicityActivity announce(long id, AnnouncementRequest r) {
        ActivitySteps.Taken step = steps.take(id, Step.ANNOUNCE, r.version());
        step.record().announced(step.today());
        return steps.complete(step, Map.of("announcedOn", step.today()));
    }

    /** Held on a day of its dates (not in the future), with participants and copies of materials handed out. */
    @Allowed.Reporters
    public PublicityActivity recordHeld(long id, HeldRequest r) {
        ActivitySteps.Taken step = steps.take(id, Step.RECORD_HELD, r.version());
        PublicityActivity a = step.activity();
        if (r.heldOn().isAfter(step.today())) {
            throw InvalidInputException.field("heldOn", "publicity.date.future");
        }
        if (r.heldOn().isBefore(a.startsOn()) || r.heldOn().isAfter(a.endsOn())) {
            throw InvalidInputException.field("heldOn", "publicity.held.outside-dates", a.startsOn(), a.endsOn());
        }
        step.record().held(r.heldOn(), r.participants(), r.copies());
        return steps.complete(step, Map.of("heldOn", r.heldOn(), "participants", r.participants(), "copies",
                r.copies()));
    }

    @Allowed.Reporters
    public PublicityActivity cancel(long id, CancelRequest r) {
        ActivitySteps.Taken step = steps.take(id, Step.CANCEL, r.version());
        step.record().cancelled(r.reason().strip());
        return steps.complete(step, Map.of("reason", r.reason().strip()));
    }

    /** At most this many files at once. */
    public static final int MAX_MATERIALS = 10;

    /**
     * Materials of an activity (leaflets, slides, photos of the event) stored in the file store under the
     * activity's unit, in this transaction: a refused file stores nothing.
     */
    @Allowed.Reporters
    public List<StoredFile> addMaterials(long id, List<Material> materials) {
        List<Material> given = materials == null ? List.of()
                : materials.stream().filter(m -> m != null && m.content() != null).toList();
        if (given.isEmpty()) {
            throw InvalidInputException.field("files", "publicity.material.none");
        }
        if (given.size() > MAX_MATERIALS) {
            throw InvalidInputException.field("files", "publicity.material.too-many", MAX_MATERIALS);
        }
        ActivitySteps.Taken step = steps.take(id, Step.ADD_MATERIAL, null);
        List<Long> ids = new java.util.ArrayList<>();
        for (Material m : given) {
            StoredFile f = files.store(m.content(), m.fileName(), m.contentType(), step.activity().unitId());
            store.insertMaterial(id, f.id(), Actor.current().userId(), steps.now());
            ids.add(f.id());
        }
        steps.complete(step, Map.of("files", ids));
        return ids.stream().map(files::get).toList();
    }

    /** The materials of an activity the actor may see (404 otherwise). */
    @Transactional(readOnly = true)
    public List<StoredFile> materials(long id) {
        facts.read(id);
        return store.materialFiles(id).stream().map(files::get).toList();
    }

    /** A material's metadata, when it is one of the activity's (404 otherwise). */
    @Transactional(readOnly = true)
    public StoredFile material(long id, long fileId) {
        facts.read(id);
        if (!store.materialFiles(id).contains(fileId)) {
            throw new NotFoundException("publicity-material", fileId);
        }
        return files.get(fileId);
    }

    @Transactional // reading an unpublished file is audited, so not read-only
    public Resource materialContent(long id, long fileId) {
        material(id, fileId);
        return files.content(fileId);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

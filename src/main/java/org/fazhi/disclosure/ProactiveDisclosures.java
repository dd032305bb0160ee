package org.fazhi.disclosure;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.disclosure.internal.DisclosureRules;
import org.fazhi.disclosure.internal.ItemStore;
import org.fazhi.rules.RuleTerm;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.StaleVersionException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of proactive disclosure items of each unit (主动公开, GI-05): information within the scope of
 * proactive disclosure is public within 20 working days of being formed or changed. Each item registered has
 * that limit on the 督办台 (the rule's term on the official calendar, for the item's unit); publishing it — the
 * day and the link — meets the limit, late when after it. Staff register the items; a module that publishes
 * something that is a proactive item and announces it with an event has it registered from the event (lists).
 * The portal lists the published items with their links.
 */
@Service
@Transactional
public class ProactiveDisclosures {

    /** How many items a list shows. */
    public static final int LIMIT = 500;

    private final ItemStore items;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final DataScope scope;
    private final AuditLog audit;
    private final java.time.Clock clock;

    ProactiveDisclosures(ItemStore items, Deadlines deadlines, WorkingCalendar calendar, DataScope scope,
            AuditLog audit, java.time.Clock clock) {
        this.items = items;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** The items of the units the user sees, unpublished first. */
    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<ProactiveItem> register() {
        return items.ofUnits(scope.visibleUnitIds(), LIMIT);
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public ProactiveItem item(long id) {
        return items.find(id).filter(i -> scope.canSee(i.unitId()))
                .orElseThrow(() -> new NotFoundException(ProactiveItem.SUBJECT.name(), id));
    }

    /** Published items for the portal, newest first (titles and links only). */
    @Transactional(readOnly = true)
    public List<ProactiveItem> published() {
        return items.published(LIMIT);
    }

    /** Registers an item of a unit in the user's scope; its GI-05 limit goes on the 督办台. */
    @Allowed.Drafters
    public ProactiveItem add(ProactiveItemRequest r) {
        if (!scope.canSee(r.unitId())) {
            throw InvalidInputException.field("unitId", "disclosure.intake.unit-outside-scope");
        }
        LocalDate today = LocalDate.now(clock);
        if (r.formedOn().isAfter(today)) {
            throw InvalidInputException.field("formedOn", "disclosure.date.future");
        }
        if (r.formedOn().isBefore(calendar.firstCoveredDate()) || r.formedOn().isBefore(today.minusYears(2))) {
            throw InvalidInputException.field("formedOn", "disclosure.date.too-old");
        }
        if (r.publishedOn() != null || (r.link() != null && !r.link().isBlank())) {
            if (r.publishedOn() == null) {
                throw InvalidInputException.field("publishedOn", "disclosure.proactive.published-on-required");
            }
            checkPublication(r.formedOn(), r.publishedOn(), r.link(), today);
        }
        ProactiveItem item = create(r.unitId(), r.title().strip(), r.category(), r.change(), r.formedOn(), null, null,
                Actor.current().userId());
        if (r.publishedOn() != null) {
            return publish(item, r.publishedOn(), r.link().strip());
        }
        return item;
    }

    /** The item was published: the day and the link; the GI-05 limit is met (late when after it). */
    @Allowed.Drafters
    public ProactiveItem publish(long id, ProactivePublishRequest r) {
        ProactiveItem item = item(id);
        StaleVersionException.check(r.version(), item.version(), ProactiveItem.SUBJECT.name(), id);
        if (item.published()) {
            throw new RefusedException("already-published", "disclosure.proactive.already-published");
        }
        checkPublication(item.formedOn(), r.publishedOn(), r.link(), LocalDate.now(clock));
        return publish(item, r.publishedOn(), r.link().strip());
    }

    /**
     * Registers an item a module published itself (from its event): formed and published on {@code publishedOn},
     * once per {@code source}/{@code ref}.
     */
    public void registerPublished(long unitId, String title, ProactiveCategory category, ProactiveChange change,
            LocalDate formedOn, LocalDate publishedOn, String link, String source, String ref) {
        if (items.sourced(source, ref)) {
            return;
        }
        ProactiveItem item = create(unitId, title, category, change, formedOn, source, ref, null);
        publish(item, publishedOn, link);
    }

    private ProactiveItem create(long unitId, String title, ProactiveCategory category, ProactiveChange change,
            LocalDate formedOn, String source, String ref, Long by) {
        LocalDate due = calendar.dueByRule(DisclosureRules.PROACTIVE, RuleTerm.AMOUNT, formedOn, unitId, List.of())
                .due();
        long id = items.insert(unitId, title, category, change, formedOn, due, source, ref, by,
                java.time.OffsetDateTime.now(clock));
        TrackedDeadline d = deadlines.track(NewDeadline.of(DisclosureRequest.MODULE, ProactiveItem.SUBJECT.name(),
                String.valueOf(id), title, DisclosureRules.PROACTIVE, formedOn, unitId)
                .withLabel("disclosure.deadline.proactive").withLink("/console/disclosure/proactive#item-" + id));
        items.deadline(id, d.id());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("unitId", unitId);
        details.put("category", category);
        details.put("change", change);
        details.put("formedOn", formedOn.toString());
        details.put("dueOn", d.dueDate().toString());
        if (source != null) {
            details.put("source", source + ":" + ref);
        }
        audit.created(ProactiveItem.SUBJECT.name(), id, details);
        return items.find(id).orElseThrow();
    }

    private ProactiveItem publish(ProactiveItem item, LocalDate on, String link) {
        if (!items.published(item.id(), item.version(), on, link, java.time.OffsetDateTime.now(clock))) {
            throw new StaleVersionException(ProactiveItem.SUBJECT.name(), item.id());
        }
        boolean late = false;
        if (item.deadlineId() != null) {
            TrackedDeadline d = deadlines.find(item.deadlineId()).orElseThrow();
            if (d.status().isActive()) {
                late = deadlines.meet(d.id(), on).late();
            }
        }
        audit.changed(ProactiveItem.SUBJECT.name(), item.id(), "publish", Map.of("publishedOn", ""),
                Map.of("publishedOn", on.toString(), "link", link, "late", late));
        return items.find(item.id()).orElseThrow();
    }

    private static void checkPublication(LocalDate formedOn, LocalDate publishedOn, String link, LocalDate today) {
        if (publishedOn.isBefore(formedOn) || publishedOn.isAfter(today)) {
            throw InvalidInputException.field("publishedOn", "disclosure.date.between", formedOn.toString(),
                    today.toString());
        }
        if (link == null || link.isBlank()) {
            throw InvalidInputException.field("link", "disclosure.proactive.link-required");
        }
        if (!validLink(link.strip())) {
            throw InvalidInputException.field("link", "disclosure.proactive.link-invalid");
        }
    }

    /** A site path ("/normdocs/12") or an http(s) address. */
    static boolean validLink(String link) {
        if (link.length() > 500 || link.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        if (link.startsWith("/") && !link.startsWith("//")) {
            return true;
        }
        try {
            URI u = new URI(link);
            return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
                    && u.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}

package org.fazhi.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.fazhi.audit.AuditLog;
import org.fazhi.files.FileStore;
import org.fazhi.indicators.Scorecards.Line;
import org.fazhi.indicators.Scorecards.Scorecard;
import org.fazhi.indicators.internal.RoundStore;
import org.fazhi.indicators.internal.RoundStore.ScoreRow;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.UnitKind;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly assessment of the townships and departments under a unit against an indicator system:
 * each unit assesses itself (the automatic indicators are scored from its figures; those scored by hand
 * it claims with evidence), the superior unit's 法治办 reviews any indicator, the final score of an
 * indicator is the reviewed one, else the automatic one, else the one claimed; townships and departments
 * are ranked apart. Closing the year freezes it: figures and scores as of that moment are kept even when
 * records change later, and the page shows the difference. The superior sees every assessed unit; an
 * assessed unit sees only its own lines; anyone else gets 404.
 */
@Service
@Transactional
public class AssessmentRounds {

    /** The kinds of unit assessed, and ranked apart: townships and the rest (departments, agencies). */
    static final Set<UnitKind> ASSESSED = Set.of(UnitKind.TOWNSHIP, UnitKind.DEPARTMENT, UnitKind.ENFORCEMENT_AGENCY);

    /** One indicator of one assessed unit. */
    public record Entry(Indicator indicator, Line live, BigDecimal selfScore, String selfNote, Long evidenceFileId,
            BigDecimal reviewScore, String reviewNote, Long frozenNumerator, Long frozenDenominator,
            BigDecimal frozenValue, BigDecimal frozenScore, BigDecimal finalScore) {

        /** Frozen, and today's figure differs from the one kept at closing. */
        public boolean changedSinceFreeze() {
            return frozenScore != null && live.hasSource() && !Objects.equals(normal(frozenValue), normal(live.value()));
        }

        /** Today's figure less the frozen one (null when either is missing). */
        public BigDecimal difference() {
            return frozenValue == null || live.value() == null ? null : live.value().subtract(frozenValue);
        }

        private static BigDecimal normal(BigDecimal v) {
            return v == null ? null : v.stripTrailingZeros();
        }
    }

    /** An assessed unit's lines, total and rank in its group. */
    public record UnitResult(long unitId, String unitName, UnitKind kind, List<Entry> entries, BigDecimal total,
            int rank) {
    }

    /** A round as a reader sees it: the townships and the departments, each ranked. */
    public record RoundView(AssessmentRound round, IndicatorSystem system, String unitName, List<UnitResult> townships,
            List<UnitResult> departments, boolean superior) {

        public List<UnitResult> all() {
            List<UnitResult> all = new ArrayList<>(townships);
            all.addAll(departments);
            return all;
        }

        public UnitResult unit(long unitId) {
            return all().stream().filter(u -> u.unitId() == unitId).findFirst()
                    .orElseThrow(() -> new NotFoundException("unit", unitId));
        }
    }

    private final RoundStore store;
    private final IndicatorSystems systems;
    private final Scorecards scorecards;
    private final DataScope scope;
    private final Units units;
    private final FileStore files;
    private final AuditLog audit;

    AssessmentRounds(RoundStore store, IndicatorSystems systems, Scorecards scorecards, DataScope scope, Units units,
            FileStore files, AuditLog audit) {
        this.store = store;
        this.systems = systems;
        this.scorecards = scorecards;
        this.scope = scope;
        this.units = units;
        this.files = files;
        this.audit = audit;
    }

    /** The rounds the reader assesses or is assessed in. */
    @Transactional(readOnly = true)
    @Allowed.Overseers
    public List<AssessmentRound> visible() {
        Long home = scope.homeUnitId();
        return store.all().stream().filter(r -> scope.canSee(r.unitId()) || home != null
                && assessed(r.unitId()).stream().anyMatch(u -> u.id().equals(home))).toList();
    }

    /** Opens the year's assessment of the units under the reader's unit (409 when it is already open). */
    @Allowed.RuleOfLawOffice
    public AssessmentRound open(OpenRoundRequest r) {
        Long home = scope.homeUnitId();
        if (home == null) {
            throw new NotFoundException("unit", "home");
        }
        IndicatorSystem system = systems.treeOf(r.systemId()).system();
        if (store.find(home, r.year(), system.id()).isPresent()) {
            throw new RefusedException("round-exists", "indicators.refused.round-exists", r.year());
        }
        if (assessed(home).isEmpty()) {
            throw new RefusedException("nothing-to-assess", "indicators.refused.nothing-to-assess");
        }
        long id = store.insert(system.id(), home, r.year(), Actor.current().userId());
        audit.created(AssessmentRound.SUBJECT.name(), id, Map.of("systemId", system.id(), "unitId", home, "year",
                r.year()));
        return store.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    @Allowed.Overseers
    public RoundView view(long roundId) {
        AssessmentRound round = visibleRound(roundId);
        boolean superior = scope.canSee(round.unitId());
        Long home = scope.homeUnitId();
        List<Unit> assessed = assessed(round.unitId()).stream()
                .filter(u -> superior || u.id().equals(home)).toList();
        Map<String, ScoreRow> rows = new HashMap<>();
        store.scores(roundId).forEach(s -> rows.put(s.unitId() + "/" + s.indicatorId(), s));
        List<UnitResult> townships = new ArrayList<>();
        List<UnitResult> departments = new ArrayList<>();
        for (Unit u : assessed) {
            Scorecard card = scorecards.card(round.systemId(), u.id(), round.year());
            List<Entry> entries = card.lines().stream()
                    .map(l -> entry(l, rows.get(u.id() + "/" + l.indicator().id()), round)).toList();
            BigDecimal total = entries.stream().map(Entry::finalScore).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            UnitResult result = new UnitResult(u.id(), u.name(), u.kind(), entries, total, 0);
            (u.kind() == UnitKind.TOWNSHIP ? townships : departments).add(result);
        }
        return new RoundView(round, systems.treeOf(round.systemId()).system(), units.name(round.unitId()),
                ranked(townships), ranked(departments), superior);
    }

    /** A unit's self-assessment of one indicator, with its evidence. Only the unit itself assesses itself. */
    @Allowed.RuleOfLawOffice
    public Entry selfAssess(long roundId, long unitId, long indicatorId, SelfScoreRequest r, EvidenceFile evidence) {
        AssessmentRound round = openRound(roundId);
        Unit unit = assessedUnit(round, unitId);
        if (!unit.id().equals(scope.homeUnitId())) {
            throw new RefusedException("only-the-unit-assesses-itself", "indicators.refused.only-the-unit");
        }
        Line line = line(round, unitId, indicatorId);
        if (line.automatic() && r.score() != null) {
            throw new RefusedException("scored-automatically", "indicators.refused.scored-automatically");
        }
        if (!line.automatic()) {
            if (r.score() == null) {
                throw InvalidInputException.field("score", "indicators.score.required");
            }
            checkWeight(line.indicator(), r.score());
        }
        Long fileId = evidence == null || evidence.content() == null ? null
                : files.store(evidence.content(), evidence.fileName(), evidence.contentType(), unitId).id();
        var before = store.score(roundId, unitId, indicatorId);
        store.self(roundId, unitId, indicatorId, line.automatic() ? null : r.score(), r.note().strip(), fileId,
                Actor.current().userId());
        audit.changed(AssessmentRound.SUBJECT.name(), roundId, "self-assessed",
                Map.of("unitId", unitId, "indicatorId", indicatorId, "score",
                        before.map(ScoreRow::selfScore).map(Object::toString).orElse("")),
                Map.of("unitId", unitId, "indicatorId", indicatorId, "score",
                        r.score() == null ? "" : r.score().toPlainString(), "note", r.note().strip(), "evidenceFileId",
                        fileId == null ? "" : fileId));
        return view(roundId).unit(unitId).entries().stream().filter(e -> e.indicator().id() == indicatorId)
                .findFirst().orElseThrow();
    }

    /** The superior unit's review of one indicator of a unit. */
    @Allowed.RuleOfLawOffice
    public Entry review(long roundId, long unitId, long indicatorId, ReviewScoreRequest r) {
        AssessmentRound round = openRound(roundId);
        assessedUnit(round, unitId);
        if (!Objects.equals(round.unitId(), scope.homeUnitId())) {
            throw new RefusedException("only-the-superior-reviews", "indicators.refused.only-the-superior");
        }
        Line line = line(round, unitId, indicatorId);
        checkWeight(line.indicator(), r.score());
        var before = store.score(roundId, unitId, indicatorId);
        store.review(roundId, unitId, indicatorId, r.score(), r.note().strip(), Actor.current().userId());
        audit.changed(AssessmentRound.SUBJECT.name(), roundId, "reviewed",
                Map.of("unitId", unitId, "indicatorId", indicatorId, "score",
                        before.map(ScoreRow::reviewScore).map(Object::toString).orElse("")),
                Map.of("unitId", unitId, "indicatorId", indicatorId, "score", r.score().toPlainString(), "note",
                        r.note().strip()));
        return view(roundId).unit(unitId).entries().stream().filter(e -> e.indicator().id() == indicatorId)
                .findFirst().orElseThrow();
    }

    /**
     * Closes the year: every figure and final score as of now is kept with the round; self-assessment and
     * review are closed. Only the assessing unit closes it.
     */
    @Allowed.RuleOfLawOffice
    public RoundView freeze(long roundId, Integer expectedVersion) {
        AssessmentRound round = openRound(roundId);
        if (!Objects.equals(round.unitId(), scope.homeUnitId())) {
            throw new RefusedException("only-the-superior-reviews", "indicators.refused.only-the-superior");
        }
        org.fazhi.shared.StaleVersionException.check(expectedVersion, round.version(), AssessmentRound.SUBJECT.name(),
                roundId);
        RoundView view = view(roundId);
        Map<String, Object> totals = new LinkedHashMap<>();
        for (UnitResult u : view.all()) {
            for (Entry e : u.entries()) {
                store.frozen(roundId, u.unitId(), e.indicator().id(), e.live().numerator(), e.live().denominator(),
                        e.live().value(), e.finalScore());
            }
            totals.put(String.valueOf(u.unitId()), u.total().toPlainString());
        }
        store.freeze(roundId, Actor.current().userId());
        audit.action(AssessmentRound.SUBJECT.name(), roundId, "frozen", totals);
        return view(roundId);
    }

    private Entry entry(Line live, ScoreRow row, AssessmentRound round) {
        BigDecimal self = row == null ? null : row.selfScore();
        BigDecimal review = row == null ? null : row.reviewScore();
        BigDecimal frozen = row == null ? null : row.frozenScore();
        BigDecimal result;
        if (round.status() == RoundStatus.FROZEN && row != null && row.frozenScore() != null) {
            result = frozen;
        } else if (review != null) {
            result = review;
        } else if (live.automatic()) {
            result = live.autoScore();
        } else {
            result = self;
        }
        return new Entry(live.indicator(), live, self, row == null ? null : row.selfNote(),
                row == null ? null : row.evidenceFileId(), review, row == null ? null : row.reviewNote(),
                row == null ? null : row.frozenNumerator(), row == null ? null : row.frozenDenominator(),
                row == null ? null : row.frozenValue(), round.status() == RoundStatus.FROZEN ? frozen : null, result);
    }

    private static List<UnitResult> ranked(List<UnitResult> results) {
        List<UnitResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(UnitResult::total).reversed().thenComparing(UnitResult::unitName));
        List<UnitResult> out = new ArrayList<>();
        int rank = 0;
        BigDecimal last = null;
        for (int i = 0; i < sorted.size(); i++) {
            UnitResult u = sorted.get(i);
            if (last == null || u.total().compareTo(last) != 0) {
                rank = i + 1;
                last = u.total();
            }
            out.add(new UnitResult(u.unitId(), u.unitName(), u.kind(), u.entries(), u.total(), rank));
        }
        return out;
    }

    /**
     * The units a round assesses that the reader may see: every township and department under the round's
     * unit for the assessing unit's readers, else the reader's own unit if it is one of them.
     */
    private List<Unit> assessed(long unitId) {
        if (scope.canSee(unitId)) {
            return units.children(unitId).stream().filter(u -> u.active() && ASSESSED.contains(u.kind())).toList();
        }
        return units.find(scope.homeUnitId()).filter(u -> u.active() && ASSESSED.contains(u.kind())
                && Long.valueOf(unitId).equals(u.parentId())).map(List::of).orElse(List.of());
    }

    private AssessmentRound visibleRound(long roundId) {
        AssessmentRound round = store.find(roundId)
                .orElseThrow(() -> new NotFoundException(AssessmentRound.SUBJECT.name(), roundId));
        Long home = scope.homeUnitId();
        if (!scope.canSee(round.unitId()) && (home == null || assessed(round.unitId()).stream()
                .noneMatch(u -> u.id().equals(home)))) {
            throw new NotFoundException(AssessmentRound.SUBJECT.name(), roundId);
        }
        return round;
    }

    private AssessmentRound openRound(long roundId) {
        visibleRound(roundId);
        AssessmentRound round = store.lock(roundId).orElseThrow();
        if (round.status() == RoundStatus.FROZEN) {
            throw new RefusedException("round-frozen", "indicators.refused.round-frozen", round.year());
        }
        return round;
    }

    private Unit assessedUnit(AssessmentRound round, long unitId) {
        Long home = scope.homeUnitId();
        return assessed(round.unitId()).stream().filter(u -> u.id() == unitId)
                .filter(u -> scope.canSee(round.unitId()) || u.id().equals(home)).findFirst()
                .orElseThrow(() -> new NotFoundException("unit", unitId));
    }

    private Line line(AssessmentRound round, long unitId, long indicatorId) {
        return scorecards.card(round.systemId(), unitId, round.year()).lines().stream()
                .filter(l -> l.indicator().id() == indicatorId).findFirst()
                .orElseThrow(() -> new NotFoundException(Indicator.SUBJECT.name(), indicatorId));
    }

    private static void checkWeight(Indicator i, BigDecimal score) {
        if (score.compareTo(i.weight()) > 0) {
            throw InvalidInputException.field("score", "indicators.score.above-weight", i.weight().toPlainString());
        }
    }
}

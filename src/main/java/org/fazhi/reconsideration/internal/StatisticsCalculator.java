package org.fazhi.reconsideration.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.reconsideration.CaseStatus;
import org.fazhi.reconsideration.DecisionOutcome;
import org.fazhi.reconsideration.LetterKind;
import org.fazhi.reconsideration.LetterStatus;
import org.fazhi.reconsideration.OpinionLetter;
import org.fazhi.reconsideration.ProcedureKind;
import org.fazhi.reconsideration.ReconsiderationCase;
import org.fazhi.reconsideration.ResolutionKind;
import org.fazhi.reconsideration.Statistics;
import org.springframework.stereotype.Component;

/**
 * Computes a body's statistics from its cases and letters: what came in (received, accepted — deemed
 * among them — refused, withdrawn, abandoned), what was carried over, concluded (审结) and pending at
 * the year's end, the outcomes, the corrections (直接纠错: 撤销、变更、确认违法、确认无效、责令履行) and
 * their rate, mediation and settlement, 实质性化解 (correction + mediation + settlement), the simplified
 * and 复议前置 cases, the cases closed within their limit and the acceptance reviews decided within
 * theirs, and the letters issued and their corrections reported on time. Nothing is typed in.
 */
@Component
public class StatisticsCalculator {

    private final CaseStore cases;
    private final LetterStore letters;
    private final CaseClocks clocks;

    StatisticsCalculator(CaseStore cases, LetterStore letters, CaseClocks clocks) {
        this.cases = cases;
        this.letters = letters;
        this.clocks = clocks;
    }

    public Statistics of(long unitId, Collection<Long> units, int year, LocalDate today) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<ReconsiderationCase> all = cases.forYear(units, from, to);
        List<Statistics.Figure> f = new ArrayList<>();
        Predicate<LocalDate> inYear = d -> d != null && !d.isBefore(from) && !d.isAfter(to);
        List<ReconsiderationCase> concluded = filter(all, c -> c.status().concluded() && inYear.test(c.closedOn()));
        List<ReconsiderationCase> acceptedInYear = filter(all, c -> inYear.test(c.acceptance().acceptedOn()));
        f.add(count("received", filter(all, c -> inYear.test(c.receivedOn()))));
        f.add(count("carried-over", filter(all, c -> c.acceptance().acceptedOn() != null
                && c.acceptance().acceptedOn().isBefore(from) && (c.closedOn() == null || !c.closedOn().isBefore(from)))));
        f.add(count("accepted", acceptedInYear));
        f.add(count("deemed-accepted", filter(acceptedInYear, c -> c.acceptance().deemed())));
        f.add(count("refused", filter(all, c -> inYear.test(c.acceptance().refusedOn()))));
        f.add(count("withdrawn", filter(all, c -> inYear.test(c.acceptance().withdrawnOn()))));
        f.add(count("abandoned", filter(all, c -> c.status() == CaseStatus.ABANDONED && inYear.test(c.closedOn()))));
        f.add(count("concluded", concluded));
        f.add(count("pending", filter(all, c -> c.acceptance().acceptedOn() != null
                && !c.acceptance().acceptedOn().isAfter(to) && (c.closedOn() == null || c.closedOn().isAfter(to)))));
        for (DecisionOutcome o : DecisionOutcome.values()) {
            f.add(count("outcome." + o.name(), filter(concluded, c -> c.decision().outcome() == o)));
        }
        List<ReconsiderationCase> corrected = filter(concluded, ReconsiderationCase::corrected);
        List<ReconsiderationCase> mediated = filter(concluded, c -> c.status() == CaseStatus.MEDIATED);
        List<ReconsiderationCase> settled = filter(concluded, c -> c.status() == CaseStatus.TERMINATED
                && c.resolution().kind() == ResolutionKind.SETTLEMENT);
        f.add(count("mediated", mediated));
        f.add(count("settled", settled));
        f.add(count("terminated", filter(concluded, c -> c.status() == CaseStatus.TERMINATED
                && c.resolution().kind() != ResolutionKind.SETTLEMENT)));
        f.add(count("corrected", corrected));
        f.add(rate("correction-rate", concluded, corrected));
        List<ReconsiderationCase> resolvedTogether = new ArrayList<>(mediated);
        resolvedTogether.addAll(settled);
        f.add(rate("mediation-settlement-rate", concluded, resolvedTogether));
        List<ReconsiderationCase> substantive = new ArrayList<>(corrected);
        substantive.addAll(resolvedTogether);
        f.add(count("substantive-resolution", substantive));
        f.add(rate("conclusion-rate", filter(all, c -> c.acceptance().acceptedOn() != null
                && !c.acceptance().acceptedOn().isAfter(to) && (c.closedOn() == null || !c.closedOn().isBefore(from))),
                concluded));
        f.add(count("simplified", filter(acceptedInYear, c -> c.procedure() == ProcedureKind.SIMPLIFIED)));
        f.add(count("precondition", filter(all, c -> inYear.test(c.receivedOn()) && c.precondition())));
        f.add(rate("closed-within-limit", concluded, filter(concluded, this::withinLimit)));
        f.add(rate("acceptance-on-time", acceptedInYear, filter(acceptedInYear, c -> !c.acceptance().deemed())));
        List<OpinionLetter> issued = letters.issuedBetween(units, from, to);
        f.add(letters("letters-issued", issued, issued));
        f.add(letters("letters-opinion", filterLetters(issued, l -> l.kind() == LetterKind.OPINION), null));
        f.add(letters("letters-suggestion", filterLetters(issued, l -> l.kind() == LetterKind.SUGGESTION), null));
        f.add(letters("letters-reported", filterLetters(issued, l -> l.status() == LetterStatus.REPORTED), null));
        List<OpinionLetter> due = filterLetters(issued, l -> {
            TrackedDeadline d = clocks.get(l.deadlineId());
            return l.status() == LetterStatus.REPORTED || (d != null && d.dueDate().isBefore(today));
        });
        f.add(letterRate("letter-corrections-on-time", due, filterLetters(due, l -> {
            TrackedDeadline d = clocks.get(l.deadlineId());
            return l.status() == LetterStatus.REPORTED && d != null && !l.reportedOn().isAfter(d.dueDate());
        })));
        return new Statistics(unitId, year, f);
    }

    /** Closed on or before the decision period's end (extended, paused days not counted). */
    private boolean withinLimit(ReconsiderationCase c) {
        TrackedDeadline d = clocks.get(c.clocks().decision());
        return d != null && !c.closedOn().isAfter(d.dueDate());
    }

    private static List<ReconsiderationCase> filter(List<ReconsiderationCase> cases,
            Predicate<ReconsiderationCase> p) {
        return cases.stream().filter(p).toList();
    }

    private static List<OpinionLetter> filterLetters(List<OpinionLetter> letters, Predicate<OpinionLetter> p) {
        return letters.stream().filter(p).toList();
    }

    private static List<Long> ids(List<ReconsiderationCase> cases) {
        return cases.stream().map(ReconsiderationCase::id).toList();
    }

    private static Statistics.Figure count(String key, List<ReconsiderationCase> cases) {
        return new Statistics.Figure(key, false, cases.size(), 0, ids(cases), List.of(), ids(cases));
    }

    private static Statistics.Figure rate(String key, List<ReconsiderationCase> of, List<ReconsiderationCase> counted) {
        return new Statistics.Figure(key, true, counted.size(), of.size(), ids(of), List.of(), ids(counted));
    }

    private static Statistics.Figure letters(String key, List<OpinionLetter> letters, List<OpinionLetter> unused) {
        List<Long> ids = letters.stream().map(OpinionLetter::id).toList();
        return new Statistics.Figure(key, false, letters.size(), 0, List.of(), ids, ids);
    }

    private static Statistics.Figure letterRate(String key, List<OpinionLetter> of, List<OpinionLetter> counted) {
        return new Statistics.Figure(key, true, counted.size(), of.size(), List.of(),
                of.stream().map(OpinionLetter::id).toList(), counted.stream().map(OpinionLetter::id).toList());
    }
}

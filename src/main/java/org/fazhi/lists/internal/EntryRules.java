package org.fazhi.lists.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;
import org.fazhi.lists.CertificationStatus;
import org.fazhi.lists.EntryRequest;
import org.fazhi.lists.ListEntry;
import org.fazhi.lists.ListKind;
import org.fazhi.lists.PowerType;
import org.fazhi.shared.InvalidInputException.FieldProblem;

/**
 * What an item of each kind of list must state, written once for the console, the API and the Excel
 * import: a code and a name always; a power its type and legal basis (清单之外无权力); a licensing item
 * its basis; a kept certification its basis, a cancelled one how the matter is handled without it,
 * and 告知承诺 only for one that is kept; a company start-up service item its promised time. The fields
 * a kind does not use are dropped. The implementing unit is the list's unit or a unit below it.
 */
public final class EntryRules {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** An entry as checked: the entry (item id 0 until the item is known) or the problems by field. */
    public record Checked(ListEntry entry, List<FieldProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private EntryRules() {
    }

    /**
     * Checks {@code r} for a list of {@code kind} kept by {@code listUnitId}; {@code withinList} says
     * whether a unit lies in the list unit's subtree.
     */
    public static Checked check(ListKind kind, long listUnitId, EntryRequest r, LongPredicate withinList) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = strip(r.code());
        if (code == null) {
            problems.add(problem("code", "lists.entry.required"));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(problem("code", "lists.entry.code-format"));
        }
        String name = strip(r.name());
        if (name == null) {
            problems.add(problem("name", "lists.entry.required"));
        } else if (name.length() > 300) {
            problems.add(problem("name", "lists.entry.too-long", 300));
        }
        String basisLaw = length(problems, "basisLaw", strip(r.basisLaw()), 1000);
        String basisArticle = length(problems, "basisArticle", strip(r.basisArticle()), 1000);
        Long unit = r.implementingUnitId() == null ? listUnitId : r.implementingUnitId();
        if (kind != ListKind.CERTIFICATION && unit != listUnitId && !withinList.test(unit)) {
            problems.add(problem("implementingUnitId", "lists.entry.unit-outside"));
        }
        PowerType type = null;
        String responsibilities = null;
        String accountability = null;
        CertificationStatus cert = null;
        String issuer = null;
        boolean commitment = false;
        String replacement = null;
        boolean window = false;
        boolean online = false;
        boolean oneTrip = false;
        boolean frequent = false;
        Integer limit = null;
        boolean startup = false;
        switch (kind) {
            case POWER -> {
                type = r.powerType();
                if (type == null) {
                    problems.add(problem("powerType", "lists.entry.required"));
                }
                requireBasis(problems, basisLaw);
                responsibilities = length(problems, "responsibilities", strip(r.responsibilities()), 4000);
                accountability = length(problems, "accountability", strip(r.accountability()), 4000);
            }
            case LICENSING -> {
                type = PowerType.LICENSING;
                requireBasis(problems, basisLaw);
            }
            case CERTIFICATION -> {
                unit = null;
                cert = r.certStatus();
                issuer = length(problems, "certIssuer", strip(r.certIssuer()), 300);
                commitment = Boolean.TRUE.equals(r.notificationCommitment());
                replacement = length(problems, "replacement", strip(r.replacement()), 1000);
                if (cert == null) {
                    problems.add(problem("certStatus", "lists.entry.required"));
                } else if (cert == CertificationStatus.KEPT) {
                    requireBasis(problems, basisLaw);
                } else {
                    if (replacement == null) {
                        problems.add(problem("replacement", "lists.entry.replacement-required"));
                    }
                    if (commitment) {
                        problems.add(problem("notificationCommitment", "lists.entry.commitment-cancelled"));
                    }
                }
            }
            case SERVICE -> {
                window = Boolean.TRUE.equals(r.windowAcceptance());
                online = Boolean.TRUE.equals(r.fullyOnline());
                oneTrip = Boolean.TRUE.equals(r.oneTrip());
                frequent = Boolean.TRUE.equals(r.highFrequency());
                startup = Boolean.TRUE.equals(r.companyStartup());
                limit = r.timeLimitDays();
                if (limit != null && (limit < 0 || limit > 365)) {
                    problems.add(problem("timeLimitDays", "lists.entry.time-limit-range", 365));
                }
                if (startup && limit == null) {
                    problems.add(problem("timeLimitDays", "lists.entry.startup-time-limit"));
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new ListEntry(0, code, 0, name, type, basisLaw, basisArticle, unit, responsibilities,
                accountability, cert, issuer, commitment, replacement, window, online, oneTrip, frequent, limit,
                startup), problems);
    }

    /** The entry with its item identity and place in the list. */
    public static ListEntry placed(ListEntry e, long itemId, int sortNo) {
        return new ListEntry(itemId, e.code(), sortNo, e.name(), e.powerType(), e.basisLaw(), e.basisArticle(),
                e.implementingUnitId(), e.responsibilities(), e.accountability(), e.certStatus(), e.certIssuer(),
                e.notificationCommitment(), e.replacement(), e.windowAcceptance(), e.fullyOnline(), e.oneTrip(),
                e.highFrequency(), e.timeLimitDays(), e.companyStartup());
    }

    private static void requireBasis(List<FieldProblem> problems, String basisLaw) {
        if (basisLaw == null && problems.stream().noneMatch(p -> p.field().equals("basisLaw"))) {
            problems.add(problem("basisLaw", "lists.entry.basis-required"));
        }
    }

    private static String length(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(problem(field, "lists.entry.too-long", max));
        }
        return value;
    }

    static FieldProblem problem(String field, String key, Object... args) {
        return new FieldProblem(field, key, args);
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

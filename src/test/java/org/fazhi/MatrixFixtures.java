package org.fazhi;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.governance.GroupMember;
import org.fazhi.governance.GroupRequest;
import org.fazhi.governance.InspectionKind;
import org.fazhi.governance.InspectionRequest;
import org.fazhi.governance.FindingRequest;
import org.fazhi.governance.LeadingGroup;
import org.fazhi.governance.LeadingGroups;
import org.fazhi.governance.MemberRequest;
import org.fazhi.governance.MemberRole;
import org.fazhi.governance.PlanIssueRequest;
import org.fazhi.governance.PlanKind;
import org.fazhi.governance.PlanRequest;
import org.fazhi.governance.PlanTask;
import org.fazhi.governance.RuleOfLawInspections;
import org.fazhi.governance.TaskRequest;
import org.fazhi.governance.WorkPlan;
import org.fazhi.governance.WorkPlans;
import org.fazhi.lists.AdjustmentRequest;
import org.fazhi.lists.EntryRequest;
import org.fazhi.lists.ListEntry;
import org.fazhi.lists.ListKind;
import org.fazhi.lists.ListVersion;
import org.fazhi.lists.Lists;
import org.fazhi.normdocs.Consultations;
import org.fazhi.normdocs.DocumentAttachment;
import org.fazhi.normdocs.DraftRequest;
import org.fazhi.normdocs.DraftingPlans;
import org.fazhi.normdocs.IssuingBodies;
import org.fazhi.normdocs.IssuingBody;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.NormativeDocuments;
import org.fazhi.normdocs.Attachments;
import org.fazhi.normdocs.Cleanups;
import org.fazhi.review.LegalAdviser;
import org.fazhi.review.LegalAdvisers;
import org.fazhi.participation.CommentRequest;
import org.fazhi.review.LegalityReview;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.units.ActingAs;
import org.fazhi.signin.ApiTokens;
import org.fazhi.units.Role;
import org.fazhi.units.Unit;
import org.fazhi.units.UnitDraft;
import org.fazhi.units.UnitKind;
import org.fazhi.units.UnitLevel;
import org.fazhi.units.Units;
import org.fazhi.units.internal.UserAccount;
import org.fazhi.units.internal.UserStore;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The records the authorization matrix works on, in two sibling townships of the demo county: 东湖镇
 * (the callers' own unit) and 西山乡 (another unit). One account per role in 东湖镇 (password hashed
 * cheaply, so that thousands of calls stay fast), and for each kind of record a fresh one per
 * operation where an operation may change or consume it. Records are made through the services, as
 * the township's own staff (donghu, xishan) or the county's 法治办 (fzb).
 */
final class MatrixFixtures {

    /** The callers' own unit, or another one. */
    enum Side {
        OWN, OTHER
    }

    static final String PASSWORD = "Mx#Matrix-Pass-2026";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final ApplicationContext ctx;
    private final ActingAs acting;
    private final Units units;
    private final JdbcClient jdbc;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    final Map<Role, String> usernames = new EnumMap<>(Role.class);
    private final Map<String, String> byUnit = new java.util.HashMap<>();
    private final String hash;
    final long dh;
    final long xs;

    MatrixFixtures(ApplicationContext ctx) {
        this.ctx = ctx;
        this.acting = ctx.getBean(ActingAs.class);
        this.units = ctx.getBean(Units.class);
        this.jdbc = ctx.getBean(JdbcClient.class);
        this.dh = units.findByCode("SFX-DH").orElseThrow().id();
        this.xs = units.findByCode("SFX-XS").orElseThrow().id();
        this.hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        UserStore store = ctx.getBean(UserStore.class);
        for (Role role : Role.values()) {
            String username = "mx" + role.name().toLowerCase().replace("_", "") + run;
            store.insert(new UserAccount(null, username, "矩阵" + role.name(), dh, null, null,
                    role.isAdministrator() ? role : null, role.isAdministrator() ? Set.of() : Set.of(role), hash,
                    null, false, true, 0, null, null, null, null, false, false));
            usernames.put(role, username);
        }
    }

    /**
     * The account of a role in a unit (its code; {@code null}: 东湖镇), made on first use: a module whose
     * records live at the county calls from one county department on another's records.
     */
    String username(Role role, String unitCode) {
        if (unitCode == null) {
            return usernames.get(role);
        }
        return byUnit.computeIfAbsent(unitCode + "/" + role, k -> {
            long unit = units.findByCode(unitCode).orElseThrow().id();
            String username = "mx" + role.name().toLowerCase().replace("_", "") + unitCode.toLowerCase()
                    .replace("-", "") + run;
            ctx.getBean(UserStore.class).insert(new UserAccount(null, username, "矩阵" + role.name(), unit, null,
                    null, role.isAdministrator() ? role : null, role.isAdministrator() ? Set.of() : Set.of(role),
                    hash, null, false, true, 0, null, null, null, null, false, false));
            return username;
        });
    }

    /**
     * A record of a module's demo data given to the side's unit (东湖镇 or 西山乡): the first row of the
     * table (matching {@code where}, SQL) not yet given to a side, its unit column set to the side's unit.
     * The matrix works on a database of its own, so moving a demo record between townships harms no one.
     */
    long claim(String table, String unitColumn, Side side, String where) {
        Long id = jdbc.sql("select min(id) from " + table + " where (" + where + ") and " + unitColumn
                + " not in (?, ?) ").param(dh).param(xs).query(Long.class).optional().orElse(null);
        if (id == null) {
            id = jdbc.sql("select min(id) from " + table + " where (" + where + ") and " + unitColumn + " = ?")
                    .param(unit(side)).query(Long.class).optional().orElse(null);
        }
        if (id == null) {
            throw new IllegalStateException("no " + table + " where " + where + " to give to " + side);
        }
        jdbc.sql("update " + table + " set " + unitColumn + " = ? where id = ?").param(unit(side)).param(id).update();
        return id;
    }

    /** As {@link #claim(String, String, Side, String)}, for a unit of the caller's choice. */
    long claimTo(String table, String unitColumn, long unit, String where) {
        Long id = jdbc.sql("select min(id) from " + table + " where (" + where + ") and " + unitColumn + " = ?")
                .param(unit).query(Long.class).optional().orElse(null);
        if (id == null) {
            id = jdbc.sql("select min(id) from " + table + " where (" + where + ") and " + unitColumn
                    + " not in (?, ?, ?, ?)").param(unit).param(unitId("SFX-SJJ")).param(unitId("SFX-ZHZF")).param(dh)
                    .query(Long.class).optional().orElseThrow(() -> new IllegalStateException("no " + table));
            jdbc.sql("update " + table + " set " + unitColumn + " = ? where id = ?").param(unit).param(id).update();
        }
        return id;
    }

    long claim(String table, String unitColumn, Side side) {
        return claim(table, unitColumn, side, "1 = 1");
    }

    /**
     * An open accountability case of the side's township, opened by the county's 法治办 for a suit
     * against the township (a litigation case given to it).
     */
    long accountability(Side side) {
        long suit = claim("litigation_case", "unit_id", side);
        return acting.run("fzb", () -> ctx.getBean(org.fazhi.accountability.Accountabilities.class).open(
                new org.fazhi.accountability.AccountabilityRequest(org.fazhi.litigation.LitigationCase.SUBJECT.name(),
                        suit, org.fazhi.accountability.FaultKind.SUIT_LOST, "某甲", "科员", today(), "矩阵测试：败诉")))
                .id();
    }

    /** A unit's id by its code. */
    long unitId(String code) {
        return units.findByCode(code).orElseThrow().id();
    }

    /** The smallest id in a table whose unit column is the given unit ({@code null} when there is none). */
    Long idOf(String table, String unitColumn, long unit) {
        return jdbc.sql("select min(id) from " + table + " where " + unitColumn + " = ?").param(unit)
                .query(Long.class).optional().orElse(null);
    }

    /** The first column of the first row of a query (positional parameters). */
    Long first(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (Object p : params) {
            spec = spec.param(p);
        }
        return spec.query(Long.class).optional().orElse(null);
    }

    long unit(Side side) {
        return side == Side.OWN ? dh : xs;
    }

    private String staff(Side side) {
        return side == Side.OWN ? "donghu" : "xishan";
    }

    private String tag() {
        return run + SEQ.incrementAndGet();
    }

    // ----- units and accounts

    /** A village committee under the township (made by the township's 法治办). */
    long childUnit(Side side) {
        long parent = unit(side);
        Unit u = acting.run(staff(side), () -> units.create(new UnitDraft(parent, "MX" + tag().toUpperCase(),
                "矩阵测试村民委员会" + tag(), UnitKind.VILLAGE_COMMITTEE, UnitLevel.VILLAGE, 99, true)));
        return u.id();
    }

    /** A business account in the township (inserted directly: the matrix is about calling, not creating). */
    long account(Side side) {
        String username = "mxt" + tag();
        UserStore store = ctx.getBean(UserStore.class);
        return store.insert(new UserAccount(null, username, "矩阵对象", unit(side), null, null, null,
                Set.of(Role.LEADER), "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD), null, false, true, 0,
                null, null, null, null, false, false));
    }

    /** A token of the matrix account of {@code role} (OWN) or of the township's drafter (OTHER). */
    long token(Role role, Side side) {
        String owner = side == Side.OWN && role != null ? usernames.get(role) : "donghu";
        ApiTokens tokens = ctx.getBean(ApiTokens.class);
        return acting.run(owner, () -> tokens.issue("matrix" + tag(), Duration.ofHours(1), List.of())).id();
    }

    // ----- normative documents

    private IssuingBody township(Side side) {
        String name = side == Side.OWN ? "东湖镇人民政府" : "西山乡人民政府";
        return acting.run("fzb", () -> ctx.getBean(IssuingBodies.class).visible()).stream()
                .filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    /** A new draft of the township, drafted by its own staff. */
    NormativeDocument draft(Side side, boolean affectsRights) {
        IssuingBody body = township(side);
        return acting.run(staff(side), () -> ctx.getBean(NormativeDocuments.class).create(new DraftRequest(body.id(),
                null, null, "矩阵测试办法" + tag(), affectsRights,
                "第一条 为规范矩阵测试，制定本办法。\n第二条 本办法自公布之日起施行。", "起草说明", "制定依据",
                affectsRights ? null : "矩阵测试：仅内部管理事项")));
    }

    long document(Side side) {
        return draft(side, false).id();
    }

    long version(long documentId) {
        return jdbc.sql("select current_version_id from normative_document where id = ?").param(documentId)
                .query(Long.class).single();
    }

    /** A draft submitted for legality review: the review request. */
    LegalityReview review(Side side) {
        long id = document(side);
        return acting.run(staff(side), () -> ctx.getBean(NormativeDocuments.class).submitForReview(id));
    }

    /** A draft in public consultation with a comment entered by the drafting office: the comment's id. */
    long comment(Side side) {
        NormativeDocument d = draft(side, true);
        Consultations consultations = ctx.getBean(Consultations.class);
        Clock clock = ctx.getBean(Clock.class);
        return acting.run(staff(side), () -> {
            consultations.open(d.id(), consultations.earliestClose(LocalDate.now(clock)));
            return consultations.enterComment(d.id(), new CommentRequest("某甲", "mx@example.org", null, "建议明确检查程序。"));
        }).id();
    }

    /** The document a comment belongs to. */
    long documentOfComment(long commentId) {
        return jdbc.sql("select cast(c.subject_id as bigint) from participation_consultation c join participation_comment p"
                + " on p.consultation_id = c.id where p.id = ?").param(commentId).query(Long.class).single();
    }

    /** A file attached to a new draft: {attachment id, document id, file key}. */
    String[] attachment(Side side) {
        long doc = document(side);
        DocumentAttachment a = acting.run(staff(side), () -> ctx.getBean(Attachments.class).attach(doc,
                DocumentAttachment.Kind.OTHER, new ByteArrayInputStream(pdf()), "附件" + tag() + ".pdf",
                "application/pdf"));
        String key = jdbc.sql("select file_key from stored_file where id = ?").param(a.fileId()).query(String.class)
                .single();
        return new String[] {String.valueOf(a.id()), String.valueOf(doc), key};
    }

    long plan(Side side) {
        IssuingBody body = township(side);
        long unit = unit(side);
        return acting.run(staff(side), () -> ctx.getBean(DraftingPlans.class).add(new DraftingPlans.PlanItemRequest(unit,
                LocalDate.now(ctx.getBean(Clock.class)).getYear(), "矩阵测试计划" + tag(), body.id(), unit, 4, "依据")))
                .id();
    }

    long cleanup(Side side) {
        long unit = unit(side);
        return acting.run(staff(side), () -> ctx.getBean(Cleanups.class).start(new Cleanups.CampaignRequest(unit,
                "矩阵清理" + tag(), org.fazhi.normdocs.CleanupCampaign.CampaignKind.SPECIAL, "专项", List.of()))).id();
    }

    long issuingBody(Side side) {
        long unit = unit(side);
        long office = units.findByCode("SFX-SFJ").orElseThrow().id();
        return acting.run("fzb", () -> ctx.getBean(IssuingBodies.class).add(new IssuingBodies.BodyRequest(unit,
                "矩阵测试机关" + tag(), "矩" + SEQ.incrementAndGet() + "发", office))).id();
    }

    long adviser(Side side) {
        long unit = unit(side);
        Clock clock = ctx.getBean(Clock.class);
        LegalAdviser a = acting.run(staff(side), () -> ctx.getBean(LegalAdvisers.class).register(
                new LegalAdvisers.AdviserRequest(unit, "矩阵顾问" + tag(), LegalAdviser.AdviserKind.LEGAL_ADVISER, "某律所",
                        "1" + tag(), LocalDate.now(clock).minusYears(1), LocalDate.now(clock).plusYears(1), true)));
        return a.id();
    }

    // ----- governance (made by the county's 法治办 for the township)

    int year() {
        return LocalDate.now(ctx.getBean(Clock.class)).getYear();
    }

    private LocalDate today() {
        return LocalDate.now(ctx.getBean(Clock.class));
    }

    /** A leading group of a new village of the township, with one member: {group id, member id}. */
    long[] groupWithMember(Side side) {
        long unit = childUnit(side);
        LeadingGroups groups = ctx.getBean(LeadingGroups.class);
        return acting.run("fzb", () -> {
            LeadingGroup g = groups.save(new GroupRequest(unit, year(), "矩阵领导小组" + tag(), null, null, null, null));
            GroupMember m = groups.addMember(g.id(), new MemberRequest(MemberRole.LEADER, "某组长", "主任", true));
            return new long[] {g.id(), m.id()};
        });
    }

    /** A work plan of the township, not yet issued, with one task the township leads: {plan id, task id}. */
    long[] planWithTask(Side side) {
        long unit = unit(side);
        WorkPlans plans = ctx.getBean(WorkPlans.class);
        return acting.run("fzb", () -> {
            WorkPlan plan = plans.create(new PlanRequest(unit, year(), PlanKind.ANNUAL_POINTS, "矩阵工作要点" + tag(), null));
            PlanTask task = plans.addTask(plan.id(), new TaskRequest("1", "矩阵任务" + tag(), unit, List.of(),
                    today().plusDays(30)));
            return new long[] {plan.id(), task.id()};
        });
    }

    /** A task of an issued plan, assigned to the township. */
    long issuedTask(Side side) {
        long[] ids = planWithTask(side);
        acting.run("fzb", () -> ctx.getBean(WorkPlans.class).issue(ids[0], new PlanIssueRequest(today())));
        return ids[1];
    }

    /** An inspection of the township by the county: its id. */
    long inspection(Side side) {
        long unit = unit(side);
        return acting.run("fzb", () -> ctx.getBean(RuleOfLawInspections.class).record(new InspectionRequest(null,
                unit, InspectionKind.INSPECTION, null, today(), "矩阵督察组", "督察情况" + tag()))).id();
    }

    /** An inspection the township made of one of its villages (the township adds the findings): its id. */
    long ownInspection(Side side) {
        long unit = unit(side);
        long village = childUnit(side);
        return acting.run("fzb", () -> ctx.getBean(RuleOfLawInspections.class).record(new InspectionRequest(unit,
                village, InspectionKind.INSPECTION, null, today(), "矩阵督察组", "督察情况" + tag()))).id();
    }

    /** A finding of such an inspection, for the township to rectify: its id. */
    long finding(Side side) {
        long inspection = inspection(side);
        long unit = unit(side);
        return acting.run("fzb", () -> ctx.getBean(RuleOfLawInspections.class).addFinding(inspection,
                new FindingRequest("矩阵问题" + tag(), unit, "某负责人", "整改措施", today().plusDays(30)))).id();
    }

    // ----- lists (of a new village of the township, so that every operation has an adjustment of its own)

    /** A draft adjustment of a service list with one item: {list id, version id, item id}. */
    long[] listDraft(Side side) {
        long unit = childUnit(side);
        Lists lists = ctx.getBean(Lists.class);
        return acting.run("fzb", () -> {
            ListVersion v = lists.startAdjustment(new AdjustmentRequest(unit, ListKind.SERVICE, "矩阵调整", false,
                    "仅内部测试"));
            ListEntry e = lists.addEntry(v.id(), new EntryRequest("MX" + tag().toUpperCase(), "矩阵服务事项", null,
                    null, null, null, null, null, null, null, null, null, true, true, true, false, 5, false, null));
            return new long[] {v.listId(), v.id(), e.itemId()};
        });
    }

    // ----- participation

    /** The consultation a comment belongs to. */
    long consultationOfComment(long commentId) {
        return jdbc.sql("select consultation_id from participation_comment where id = ?").param(commentId)
                .query(Long.class).single();
    }

    /** A published list of the demo county, a version of it and one of its power items: {list, version, item}. */
    long[] publishedList() {
        return jdbc.sql("select v.list_id, v.id, (select min(e.item_id) from list_entry e where e.version_id = v.id)"
                + " from list_version v where v.status = 'PUBLISHED' order by v.id limit 1")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    /** A deadline of the township (the review limit of a new submission). */
    long deadline(Side side) {
        return review(side).deadlineId();
    }

    /** A rule of the catalog and one of its overrides (made by the county 法治办). */
    String[] ruleOverride() {
        RulesCatalog catalog = ctx.getBean(RulesCatalog.class);
        String rule = catalog.all().stream().filter(r -> r.amount() != null).findFirst().orElseThrow().id();
        Long id = jdbc.sql("select max(id) from rule_override where rule_id = ?").param(rule).query(Long.class)
                .optional().orElse(null);
        return new String[] {rule, id == null ? "0" : String.valueOf(id)};
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n% matrix " + SEQ.incrementAndGet() + "\n1 0 obj <<>> endobj\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** An XLSX with one header row (an import of nothing: refused as empty by those who may import). */
    static byte[] emptySheet() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("data").createRow(0).createCell(0).setCellValue("单位代码");
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ----- tickets (taken by phone by the township's own staff, assigned to the township)

    /** A ticket the township's staff took by phone, not yet assigned: its id. */
    long newTicket(Side side) {
        return acting.run(staff(side), () -> ctx.getBean(org.fazhi.tickets.Tickets.class).receive(
                new org.fazhi.tickets.TicketIntakeRequest(org.fazhi.tickets.TicketType.COMPLAINT, "矩阵投诉",
                        "来电投诉", null, "测试", "13800000000", null, null))).id();
    }

    /** A complaint of the township being handled (assigned to it): its id. */
    long ticket(Side side) {
        long id = newTicket(side);
        acting.run(staff(side), () -> ctx.getBean(org.fazhi.tickets.Tickets.class).assign(id,
                new org.fazhi.tickets.TicketAssignmentRequest(org.fazhi.tickets.TicketType.COMPLAINT, unit(side),
                        null)));
        return id;
    }

    /**
     * A suggestion of the township from the demo: the township coordinates it, leads it and is its one
     * co-unit, so that each step meets its own gate (coordinator, lead unit, co-unit) on the township's staff.
     */
    long suggestion(Side side) {
        long id = claim("suggestion", "coordinator_unit_id", side, "lead_unit_id is not null");
        jdbc.sql("update suggestion set lead_unit_id = ? where id = ?").param(unit(side)).param(id).update();
        jdbc.sql("delete from suggestion_opinion where suggestion_id = ?").param(id).update();
        jdbc.sql("delete from suggestion_co_unit where suggestion_id = ?").param(id).update();
        jdbc.sql("insert into suggestion_co_unit (suggestion_id, unit_id) values (?, ?)").param(id).param(unit(side))
                .update();
        return id;
    }

    /** The receipt number (Open311 service_request_id) of a ticket of the township. */
    String ticketReceipt(Side side) {
        long id = newTicket(side);
        return acting.run(staff(side), () -> ctx.getBean(org.fazhi.tickets.Tickets.class).ticket(id)).receiptNo();
    }

    /** A village committee of the township (a ticket is transferred there and stays in the township's scope). */
    long village(Side side) {
        return units.findByCode(side == Side.OWN ? "SFX-DH-QS" : "SFX-XS-SL").orElseThrow().id();
    }
}

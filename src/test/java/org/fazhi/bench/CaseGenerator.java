package org.fazhi.bench;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * N synthetic enforcement cases, deterministic for a seed (case <i>i</i> depends only on the seed and
 * <i>i</i>): spread over the given agencies and their power items, opened between two days, in every
 * state of the procedure (investigating, decided, served, executed, closed, archived), with outcomes
 * that fit their kind, fines with amounts, organisations and natural persons as parties. Written as the
 * application's import file (CSV with the template's headers) or as rows for {@code COPY} into
 * {@code enforcement_case} — the same cases either way.
 */
public final class CaseGenerator {

    /** A power item of an agency's list: its id and name (stored with a case) and its kind of action. */
    public record Power(long id, String code, String name, String kind) {
    }

    /** An agency: its unit's code (the import's column), its ids and the power items in force. */
    public record Agency(String unitCode, long agencyId, long unitId, List<Power> powers) {
    }

    /** One case, as the import's columns name it (dates and amount null when absent). */
    public record Case(String externalId, Agency agency, String caseNo, String kind, String procedure, Power power,
            String cause, LocalDate occurredOn, String partyKind, String partyName, String partyIdNo,
            LocalDate openedOn, LocalDate decidedOn, String decisionNo, String outcome, String penalty,
            BigDecimal amount, LocalDate servedOn, LocalDate executedOn, LocalDate closedOn, LocalDate archivedOn) {

        /** The status the application gives such a case (as the import derives it). */
        public String status() {
            return archivedOn != null ? "ARCHIVED" : closedOn != null ? "CLOSED" : executedOn != null ? "EXECUTED"
                    : servedOn != null ? "SERVED" : decidedOn != null ? "DECIDED" : "INVESTIGATING";
        }
    }

    /** The import template's column headers, in its order (the Chinese labels of CaseImport.COLUMNS). */
    public static final List<String> HEADERS = List.of("原系统案件编号", "执法机关代码", "案件编号", "执法类别", "程序",
            "权力事项编码", "案由", "违法行为发生日期", "当事人类别", "当事人名称", "当事人证件号码", "立案日期", "决定日期",
            "决定书文号", "决定结果", "处罚种类", "金额（元）", "送达日期", "执行日期", "结案日期", "归档日期");

    /** The columns of enforcement_case that {@link #copyRow} fills, in its order. */
    public static final String COPY_COLUMNS = "agency_id, unit_id, case_no, kind, procedure_kind, power_item_id,"
            + " power_item_name, cause, occurred_on, party_kind, party_name, party_id_no, status, opened_on,"
            + " decision_no, decided_on, outcome, penalty_type, amount, proposed_outcome, proposed_penalty_type,"
            + " proposed_amount, served_on, executed_on, closed_on, archived_on, imported, source_system, external_id,"
            + " created_at, updated_at";

    private static final String[] PLACES = {"城市道路", "人行道", "绿化带", "河道管理范围", "公共广场", "居民小区", "农贸市场",
        "学校周边", "商业街区", "建设工地"};
    private static final String[] ACTS = {"擅自占用%s堆放物料", "在%s擅自设置摊点", "在%s倾倒建筑垃圾", "擅自在%s设置户外广告",
        "在%s露天焚烧垃圾", "未经许可在%s搭建构筑物", "在%s超标排放油烟", "擅自挖掘%s", "在%s违规停放经营车辆", "损毁%s公共设施"};
    private static final String[] SURNAMES = {"赵", "钱", "孙", "李", "周", "吴", "郑", "王", "冯", "陈", "褚", "卫", "蒋", "沈",
        "韩", "杨", "朱", "秦", "尤", "许", "何", "吕", "施", "张"};
    private static final String[] FIRMS = {"宏达", "顺通", "金源", "华彩", "晨光", "鑫盛", "恒泰", "永安", "新禾", "博远", "嘉和",
        "瑞丰"};
    private static final String[] TRADES = {"建筑工程有限公司", "商贸有限公司", "餐饮店", "广告传媒有限公司", "物流有限公司",
        "超市", "汽车修理厂", "建材经营部", "酒店", "农业开发有限公司"};
    private static final String[] KINDS = {"PENALTY", "PENALTY", "PENALTY", "PENALTY", "PENALTY", "PENALTY", "PENALTY",
        "INSPECTION", "COERCION", "LICENSING", "OTHER"};

    private final long seed;
    private final List<Agency> agencies;
    private final LocalDate from;
    private final int days;

    /** Cases opened on days in [from, to], all later dates no later than {@code to}. */
    public CaseGenerator(long seed, List<Agency> agencies, LocalDate from, LocalDate to) {
        if (agencies.isEmpty() || to.isBefore(from)) {
            throw new IllegalArgumentException("agencies and a period are needed");
        }
        this.seed = seed;
        this.agencies = List.copyOf(agencies);
        this.from = from;
        this.days = (int) (to.toEpochDay() - from.toEpochDay());
    }

    /** Case {@code i} (from 1). */
    public Case of(long i) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        Agency agency = agencies.get((int) (i % agencies.size()));
        Power power = agency.powers().isEmpty() || r.nextInt(5) == 0 ? null
                : agency.powers().get(r.nextInt(agency.powers().size()));
        String kind = power != null ? power.kind() : KINDS[r.nextInt(KINDS.length)];
        LocalDate last = from.plusDays(days);
        LocalDate opened = from.plusDays(r.nextInt(days + 1));
        String procedure = "PENALTY".equals(kind) && r.nextInt(10) == 0 ? "SUMMARY" : "ORDINARY";
        LocalDate occurred = r.nextInt(4) == 0 ? null : opened.minusDays(r.nextInt(30));
        String cause = String.format(ACTS[r.nextInt(ACTS.length)], PLACES[r.nextInt(PLACES.length)]);
        boolean person = r.nextInt(10) < 4;
        String partyName = person ? SURNAMES[r.nextInt(SURNAMES.length)] + "某某"
                : "示范县" + FIRMS[r.nextInt(FIRMS.length)] + TRADES[r.nextInt(TRADES.length)];
        String partyId = person && r.nextBoolean() ? String.format("1%05d19%02d%02d%02d%03d%d", r.nextInt(100_000),
                60 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(1000), r.nextInt(10)) : null;
        String caseNo = "综执〔" + opened.getYear() + "〕" + i + "号";
        LocalDate decided = r.nextInt(10) < 8 ? capped(opened.plusDays(5 + r.nextInt(55)), last) : null;
        String outcome = null;
        String penalty = null;
        BigDecimal amount = null;
        String decisionNo = null;
        if (decided != null) {
            decisionNo = "综执决〔" + decided.getYear() + "〕" + i + "号";
            boolean grant = "LICENSING".equals(kind) || "CONFIRMATION".equals(kind);
            int o = r.nextInt(10);
            if (grant) {
                outcome = o < 9 ? "GRANTED" : "REFUSED";
            } else if ("PENALTY".equals(kind) && o < 8) {
                outcome = "PENALTY";
                int p = r.nextInt(10);
                penalty = p < 6 ? "FINE" : p < 9 ? "WARNING" : "CONFISCATION";
                if (!"WARNING".equals(penalty)) {
                    amount = BigDecimal.valueOf(100L * (1 + r.nextInt(500)));
                }
            } else {
                outcome = o < 9 ? "NO_PENALTY" : "NOT_ESTABLISHED";
            }
        }
        LocalDate served = decided != null && r.nextInt(10) < 9 ? capped(decided.plusDays(1 + r.nextInt(9)), last)
                : null;
        LocalDate executed = served != null && r.nextInt(10) < 8 ? capped(served.plusDays(1 + r.nextInt(29)), last)
                : null;
        LocalDate closed = executed != null && r.nextInt(10) < 9 ? capped(executed.plusDays(1 + r.nextInt(9)), last)
                : null;
        LocalDate archived = closed != null && r.nextInt(10) < 7 ? capped(closed.plusDays(1 + r.nextInt(29)), last)
                : null;
        if (served == null) {
            executed = null;
        }
        if (executed == null) {
            closed = null;
        }
        if (closed == null) {
            archived = null;
        }
        return new Case("BENCH-" + i, agency, caseNo, kind, procedure, power, cause, occurred, person ? "NATURAL_PERSON"
                : "ORGANISATION", partyName, partyId, opened, decided, decisionNo, outcome, penalty, amount, served,
                executed, closed, archived);
    }

    private static LocalDate capped(LocalDate d, LocalDate last) {
        return d.isAfter(last) ? null : d;
    }

    /** The import file: the template's header line, then cases 1..n, as CSV (UTF-8 by the writer). */
    public void writeCsv(Writer out, long n) throws IOException {
        writeCsv(out, 1, n);
    }

    /** The import file of cases {@code first..last}. */
    public void writeCsv(Writer out, long first, long last) throws IOException {
        out.write(String.join(",", HEADERS));
        out.write('\n');
        StringBuilder line = new StringBuilder(256);
        for (long i = first; i <= last; i++) {
            Case c = of(i);
            line.setLength(0);
            join(line, ',', c.externalId(), c.agency().unitCode(), c.caseNo(), c.kind(), c.procedure(),
                    c.power() == null ? null : c.power().code(), c.cause(), c.occurredOn(), c.partyKind(),
                    c.partyName(), c.partyIdNo(), c.openedOn(), c.decidedOn(), c.decisionNo(), c.outcome(),
                    c.penalty(), c.amount() == null ? null : c.amount().toPlainString(), c.servedOn(), c.executedOn(),
                    c.closedOn(), c.archivedOn());
            out.append(line).append('\n');
        }
    }

    /**
     * Case {@code i} as a line of {@code COPY enforcement_case (COPY_COLUMNS) FROM STDIN} in text format,
     * stored as the import stores it ({@code imported}, the source system and external id).
     */
    public String copyRow(long i, String source, String timestamp) {
        Case c = of(i);
        StringBuilder line = new StringBuilder(320);
        join(line, '\t', c.agency().agencyId(), c.agency().unitId(), c.caseNo(), c.kind(), c.procedure(),
                c.power() == null ? null : c.power().id(), c.power() == null ? null : c.power().name(), c.cause(),
                c.occurredOn(), c.partyKind(), c.partyName(), c.partyIdNo(), c.status(), c.openedOn(), c.decisionNo(),
                c.decidedOn(), c.outcome(), c.penalty(), c.amount(), c.outcome(), c.penalty(), c.amount(),
                c.servedOn(), c.executedOn(), c.closedOn(), c.archivedOn(), "t", source, c.externalId(), timestamp,
                timestamp);
        return line.append('\n').toString();
    }

    private static void join(StringBuilder line, char separator, Object... values) {
        for (int k = 0; k < values.length; k++) {
            if (k > 0) {
                line.append(separator);
            }
            Object v = values[k];
            if (v == null) {
                line.append(separator == '\t' ? "\\N" : "");
            } else {
                line.append(v);
            }
        }
    }
}

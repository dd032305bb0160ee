package org.fazhi.disclosure.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.disclosure.AnnualReport;
import org.fazhi.disclosure.AnnualReports;
import org.fazhi.disclosure.Channel;
import org.fazhi.disclosure.ConsultationRequest;
import org.fazhi.disclosure.CorrectionNoticeRequest;
import org.fazhi.disclosure.DateStepRequest;
import org.fazhi.disclosure.DisclosureRequests;
import org.fazhi.disclosure.ExtensionRequest;
import org.fazhi.disclosure.FiledRequest;
import org.fazhi.disclosure.IntakeRequest;
import org.fazhi.disclosure.ReplyReason;
import org.fazhi.disclosure.ReplyRequest;
import org.fazhi.disclosure.ReportCellRequest;
import org.fazhi.disclosure.ReportKind;
import org.fazhi.disclosure.ReportNoteRequest;
import org.fazhi.disclosure.ReportRequest;
import org.fazhi.disclosure.ReportTextRequest;
import org.fazhi.disclosure.RequesterType;
import org.fazhi.units.ActingAs;
import org.fazhi.units.UserDirectory;
import org.fazhi.units.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year of the demo county's disclosure requests at the market regulation bureau, loaded on an empty
 * database through the real services, dated back from today: replied in each way (disclosed, withheld after
 * consulting a third party, still unclear after a 补正, abandoned without 补正, not held and replied late,
 * partly disclosed), one overdue, one extended, one under consultation (its clock paused), one awaiting its
 * 补正 and one just received; and last year's annual report published after a second person's approval.
 * Every name is invented.
 */
@Component
@Order(180)
class DemoDisclosure implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDisclosure.class);
    private static final String CLERK = "qicao";

    private final DisclosureRequests requests;
    private final AnnualReports reports;
    private final Units units;
    private final UserDirectory users;
    private final ActingAs acting;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;

    DemoDisclosure(DisclosureRequests requests, AnnualReports reports, Units units, UserDirectory users,
            ActingAs acting, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
            @Value("${fazhi.demo-data:true}") boolean enabled) {
        this.requests = requests;
        this.reports = reports;
        this.units = units;
        this.users = users;
        this.acting = acting;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || units.findByCode("SFX-SJJ").isEmpty()
                || List.of(CLERK, "fzb").stream().anyMatch(u -> users.findByUsername(u).isEmpty())
                || jdbc.sql("select count(*) from disclosure_request").query(Long.class).single() > 0) {
            return;
        }
        tx.executeWithoutResult(s -> load());
    }

    private void load() {
        LocalDate t = LocalDate.now(clock);
        long unit = units.findByCode("SFX-SJJ").orElseThrow().id();
        acting.run(CLERK, () -> {
            FiledRequest a = in(unit, t.minusDays(300), RequesterType.NATURAL_PERSON, "陈明远", "食品经营许可证公示目录");
            reply(a, ReplyReason.DISCLOSED, t.minusDays(285), "予以公开，随函提供食品经营许可证公示目录（电子版）。");

            FiledRequest b = in(unit, t.minusDays(250), RequesterType.COMMERCIAL, "示范县青禾食品有限公司",
                    "某竞争企业的产品抽检原始记录");
            requests.consult(b.id(), new ConsultationRequest("示范县丰源食品有限公司", t.minusDays(245), null));
            requests.endConsultation(b.id(), new DateStepRequest(t.minusDays(230), null));
            reply(b, ReplyReason.WITHHELD_THIRD_PARTY, t.minusDays(225), "第三方不同意公开，所涉信息属于商业秘密，不予公开。");

            FiledRequest c = in(unit, t.minusDays(200), RequesterType.NATURAL_PERSON, "刘晓岚", "关于那次检查的文件");
            requests.askCorrection(c.id(), new CorrectionNoticeRequest("请说明检查的对象、时间和所需文件名称。",
                    t.minusDays(198), null));
            requests.receiveCorrection(c.id(), new DateStepRequest(t.minusDays(190), null));
            reply(c, ReplyReason.STILL_UNCLEAR, t.minusDays(180), "补正后仍无法确定所需信息。");

            FiledRequest d = in(unit, t.minusDays(150), RequesterType.RESEARCH, "示范县食品安全研究所", "相关数据");
            requests.askCorrection(d.id(), new CorrectionNoticeRequest("请明确数据的类别和年度。", t.minusDays(149),
                    null));
            reply(d, ReplyReason.NOT_CORRECTED, t.minusDays(100), "申请人逾期未补正，不再处理。");

            FiledRequest e = in(unit, t.minusDays(120), RequesterType.LEGAL_SERVICE, "示范县正言律师事务所",
                    "2015年某企业登记档案");
            reply(e, ReplyReason.NOT_EXIST_NOT_HELD, t.minusDays(60), "经检索，本机关未保存该档案。");

            FiledRequest f = in(unit, t.minusDays(90), RequesterType.PUBLIC_WELFARE, "示范县消费者权益志愿者协会",
                    "本年度消费投诉处理情况");
            reply(f, ReplyReason.PARTIALLY_DISCLOSED, t.minusDays(80), "提供统计汇总，涉及个人信息的部分不予公开。");

            in(unit, t.minusDays(40), RequesterType.NATURAL_PERSON, "郑雨桐", "某小区电梯维保检查记录");
            FiledRequest h = in(unit, t.minusDays(10), RequesterType.NATURAL_PERSON, "孙嘉禾", "近三年特种设备事故调查报告");
            requests.extend(h.id(), new ExtensionRequest("涉及多年档案调阅", "局政务公开办主任", null));
            FiledRequest i = in(unit, t.minusDays(5), RequesterType.COMMERCIAL, "示范县远山科技有限公司",
                    "某企业计量器具检定情况");
            requests.consult(i.id(), new ConsultationRequest("示范县精衡仪表有限公司", t.minusDays(2), null));
            FiledRequest j = in(unit, t.minusDays(3), RequesterType.NATURAL_PERSON, "黄思齐", "那份通知");
            requests.askCorrection(j.id(), new CorrectionNoticeRequest("请提供通知的标题或文号。", t.minusDays(1), null));
            in(unit, t, RequesterType.NATURAL_PERSON, "吴清和", "本局行政处罚裁量基准");
            return null;
        });
        int last = t.getYear() - 1;
        AnnualReport r = acting.run(CLERK, () -> {
            AnnualReport opened = reports.open(new ReportRequest(unit, last, ReportKind.DEPARTMENT));
            reports.saveTexts(opened.id(), new ReportTextRequest(
                    "本年度，本局坚持以公开为常态、不公开为例外，主动公开行政许可、行政处罚等信息，依法办理政府信息公开申请。",
                    "依申请公开答复的说理性有待加强。下一步将完善答复书模板，加强业务培训。", null, null));
            for (String key : reports.report(opened.id()).missingCells()) {
                reports.enterCell(opened.id(), new ReportCellRequest(key, BigDecimal.ZERO,
                        key.startsWith("t2.RULES") ? "县级部门无规章制定权，依法为0" : "本局政务公开台账", null));
            }
            if (!reports.report(opened.id()).exportable()) {
                return reports.report(opened.id());
            }
            return reports.submit(opened.id(), new ReportNoteRequest(null, null));
        });
        if (r.status() == org.fazhi.disclosure.ReportStatus.SUBMITTED) {
            acting.run("fzb", () -> reports.approve(r.id(), new ReportNoteRequest(null, null)));
        }
        log.info("Demo disclosure loaded: 11 requests, the {} annual report", last);
    }

    private FiledRequest in(long unit, LocalDate on, RequesterType type, String name, String content) {
        boolean person = type == RequesterType.NATURAL_PERSON;
        return requests.receive(new IntakeRequest(unit, person ? Channel.COUNTER : Channel.POST, type, name,
                person ? "110101199001011237" : null, person ? "13800001111" : "0371-66660000", "示范县城关镇", content,
                on));
    }

    private void reply(FiledRequest r, ReplyReason reason, LocalDate on, String note) {
        requests.reply(r.id(), new ReplyRequest(reason, note, on, null));
    }
}

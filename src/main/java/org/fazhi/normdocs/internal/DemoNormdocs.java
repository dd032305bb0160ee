package org.fazhi.normdocs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.audit.AuditLog;
import org.fazhi.normdocs.CatalogImport;
import org.fazhi.participation.CommentRequest;
import org.fazhi.normdocs.Consultations;
import org.fazhi.normdocs.DraftRequest;
import org.fazhi.normdocs.DraftingPlans;
import org.fazhi.normdocs.DraftingPlans.PlanItemRequest;
import org.fazhi.normdocs.IssuingBodies;
import org.fazhi.normdocs.IssuingBodies.BodyRequest;
import org.fazhi.normdocs.IssuingBody;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.NormativeDocuments;
import org.fazhi.normdocs.PlanItem;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.normdocs.VersionRequest;
import org.fazhi.review.ConclusionRequest;
import org.fazhi.review.LegalAdviser;
import org.fazhi.review.LegalAdvisers;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.LegalityReview;
import org.fazhi.shared.excel.ImportReport;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.fazhi.units.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Normative documents of the demo county, loaded after the demo locality and review desk on an
 * empty database, through the real services as the demo accounts: the registering offices (示范县
 * 司法局 SFDR, 邻县司法局 LXDR), the list of issuing bodies, this year's drafting plan, the historical
 * catalog (imported, a few repealed or expired), the past year's documents taken through the procedure
 * on their days ({@link DemoNormdocsYear}), one draft in public consultation with two comments, and one
 * draft in its second round of legality review after a 修改后合法 first round. Every name and text is
 * invented.
 */
@Component
@Order(120)
class DemoNormdocs implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNormdocs.class);
    static final String CATALOG = "demo/normdocs-catalog.txt";

    private final IssuingBodies bodies;
    private final IssuingBodyStore bodyStore;
    private final DraftingPlans plans;
    private final CatalogImport catalog;
    private final NormativeDocuments documents;
    private final Consultations consultations;
    private final LegalityReviews reviews;
    private final LegalAdvisers advisers;
    private final Units units;
    private final UserDirectory users;
    private final ActingAs acting;
    private final AuditLog audit;
    private final DocumentStore documentStore;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final DemoNormdocsYear year;
    private final boolean enabled;

    DemoNormdocs(IssuingBodies bodies, IssuingBodyStore bodyStore, DraftingPlans plans, CatalogImport catalog,
            NormativeDocuments documents, Consultations consultations, LegalityReviews reviews,
            LegalAdvisers advisers, Units units, UserDirectory users, ActingAs acting, AuditLog audit,
            DocumentStore documentStore, PlatformTransactionManager transactions, Clock clock, DemoNormdocsYear year,
            @Value("${fazhi.demo-data:true}") boolean enabled) {
        this.year = year;
        this.bodies = bodies;
        this.bodyStore = bodyStore;
        this.plans = plans;
        this.catalog = catalog;
        this.documents = documents;
        this.consultations = consultations;
        this.reviews = reviews;
        this.advisers = advisers;
        this.units = units;
        this.users = users;
        this.acting = acting;
        this.audit = audit;
        this.documentStore = documentStore;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.enabled = enabled;
    }

    /**
     * Two committed steps: the offices and bodies first (the registration counters raised by the
     * catalog import are created in a separate transaction, which must see the office), then the
     * catalog, the plan and the drafts. Each step runs only on a database without its records.
     */
    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || units.findByCode("SFX-SFJ").isEmpty() || units.findByCode("LX-SFJ").isEmpty()
                || List.of("fzb", "linxian", "qicao", "shencha").stream()
                        .anyMatch(u -> users.findByUsername(u).isEmpty())) {
            return;
        }
        if (bodyStore.all().isEmpty()) {
            tx.executeWithoutResult(s -> loadBodies());
        }
        if (bodyStore.findByName("示范县人民政府").isPresent()
                && documentStore.count(new DocumentStore.Filter(null, null, null, null, null, null, false)) == 0) {
            tx.executeWithoutResult(s -> loadDocuments());
        }
    }

    private void loadBodies() {
        long justice = unit("SFX-SFJ");
        long neighbourJustice = unit("LX-SFJ");
        acting.run("fzb", () -> {
            bodies.registerOffice(justice, "SFDR");
            body("示范县人民政府", "SFX", "示政发", justice);
            body("示范县人民政府办公室", "SFX-ZFB", "示政办发", justice);
            body("示范县市场监督管理局", "SFX-SJJ", "示市监发", justice);
            body("示范县教育局", "SFX-JYJ", "示教发", justice);
            body("东湖镇人民政府", "SFX-DH", "东政发", justice);
            body("西山乡人民政府", "SFX-XS", "西政发", justice);
        });
        acting.run("linxian", () -> bodies.registerOffice(neighbourJustice, "LXDR"));
        // the 邻县 government is outside the scope of every demo account that could list it
        long lx = bodyStore.insert(unit("LX"), "邻县人民政府", "邻政发", neighbourJustice, LocalDate.of(2015, 1, 1));
        audit.created("issuing-body", lx, bodyStore.find(lx).orElseThrow());
    }

    private void loadDocuments() {
        List<CatalogImport.Entry> county = new ArrayList<>();
        List<CatalogImport.Entry> neighbour = new ArrayList<>();
        for (CatalogImport.Entry e : entries()) {
            (e.issuingBody().startsWith("邻县") ? neighbour : county).add(e);
        }
        requireImported(acting.run("fzb", () -> catalog.load(county)));
        requireImported(acting.run("linxian", () -> catalog.load(neighbour)));

        int year = LocalDate.now(clock).getYear();
        PlanItem[] items = acting.run("fzb", () -> new PlanItem[] {
            plans.add(new PlanItemRequest(unit("SFX"), year, "示范县预付式消费经营行为管理办法", body("示范县市场监督管理局"),
                    unit("SFX-SJJ"), 3, "《中华人民共和国消费者权益保护法》及省有关规定")),
            plans.add(new PlanItemRequest(unit("SFX"), year, "示范县市场监管领域部门联合抽查工作规则",
                    body("示范县人民政府"), unit("SFX-SJJ"), 4, "国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见")),
            plans.add(new PlanItemRequest(unit("SFX"), year, "示范县校外培训机构管理办法", body("示范县教育局"),
                    unit("SFX-JYJ"), 4, "有关校外培训监管的法律法规和政策规定"))});

        NormativeDocument consulting = acting.run("qicao", () -> consultationDraft(items[0].id()));
        LegalityReview secondRound = reviewDraft(items[1].id());
        int pastYear = this.year.load();
        log.info("Demo normative documents loaded: {} catalog documents, {} documents of the past year, a draft in"
                + " consultation ({}), a draft in review round {} ({})", county.size() + neighbour.size(), pastYear,
                consulting.id(), secondRound.round(), secondRound.subject().subjectId());
    }

    private NormativeDocument consultationDraft(long planItemId) {
        NormativeDocument d = documents.create(new DraftRequest(body("示范县市场监督管理局"), null, planItemId,
                "示范县预付式消费经营行为管理办法（征求意见稿）", true, """
                        第一条 为规范预付式消费经营行为，保护消费者和经营者的合法权益，根据《中华人民共和国消费者权益保护法》等法律、法规的规定，结合本县实际，制定本办法。
                        第二条 本办法所称预付式消费，是指消费者预先支付费用，经营者按照约定分次或者一次提供商品或者服务的消费方式。
                        第三条 县市场监督管理部门负责预付式消费经营行为的监督管理；商务、教育、文化旅游、体育等部门按照各自职责做好相关工作。
                        第四条 经营者采用预付式消费方式的，应当与消费者订立书面合同，明确商品或者服务的内容、价格、期限、退款条件等事项。
                        第五条 经营者停业、歇业或者变更经营场所的，应当提前三十日告知消费者，并依法办理退款或者妥善处理后续服务。
                        第六条 县市场监督管理部门应当建立预付式消费投诉处理机制，及时处理消费者投诉。
                        第七条 本办法自公布之日起三十日后施行，有效期5年。""",
                "近年来，本县美容美发、健身、教育培训等行业预付式消费纠纷增多，群众反映强烈。为规范经营行为、减少纠纷，县市场监督管理局起草了本办法。本办法涉及经营者和消费者的权利义务，依法向社会公开征求意见。",
                "《中华人民共和国消费者权益保护法》第二十五条、第五十三条；《中华人民共和国民法典》合同编有关规定。", null));
        LocalDate today = LocalDate.now(clock);
        PublicConsultation c = consultations.open(d.id(), consultations.earliestClose(today).plusDays(3));
        consultations.comment(c.id(), new CommentRequest(null, "13900001111", null,
                "建议在第五条中明确经营者未提前告知消费者的处理方式，并规定退款的具体期限。"));
        consultations.enterComment(d.id(), new CommentRequest("示范县美容美发行业协会（来函）", "xiehui@example.org",
                "示范县美容美发行业协会", "建议对单张预付卡的金额设定提示，引导消费者理性消费。"));
        return d;
    }

    private LegalityReview reviewDraft(long planItemId) {
        String title = "示范县市场监管领域部门联合抽查工作规则";
        String notes = "为落实部门联合“双随机、一公开”监管要求，减少对市场主体的重复检查，县市场监督管理局牵头起草本规则。本规则规范行政机关之间的抽查协作，不直接设定公民、法人和其他组织的权利义务。";
        String basis = "《优化营商环境条例》第五十四条；国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见。";
        String v1 = """
                第一条 为推进市场监管领域部门联合抽查，减少重复检查，减轻市场主体负担，根据《优化营商环境条例》等规定，结合本县实际，制定本规则。
                第二条 县市场监督管理局牵头建立部门联合抽查工作机制，各有关部门按照职责参与联合抽查。
                第三条 联合抽查事项清单、检查对象名录库和执法检查人员名录库由各部门按照职责建立并动态调整。
                第四条 联合抽查应当随机抽取检查对象、随机选派执法检查人员，抽查结果依法向社会公开。
                第五条 对检查中发现问题的企业一律列入重点监管名单，三年内每年检查不少于两次。
                第六条 各部门应当共享抽查结果，避免对同一市场主体重复检查。
                第七条 县人民政府对联合抽查工作开展情况进行督促检查。
                第八条 本规则自公布之日起施行。""";
        String v2 = v1.replace("第五条 对检查中发现问题的企业一律列入重点监管名单，三年内每年检查不少于两次。",
                "第五条 对检查中发现问题的市场主体，由有关部门依照法律、法规的规定处理，并根据风险程度合理确定抽查比例和频次。")
                .replace("第八条 本规则自公布之日起施行。", "第八条 本规则自公布之日起施行，有效期5年。");
        NormativeDocument d = acting.run("qicao", () -> documents.create(new DraftRequest(body("示范县人民政府"), null,
                planItemId, title, false, v1, notes, basis,
                "本规则规范行政机关之间的抽查协作，不涉及群众切身利益，对公民、法人和其他组织的权利义务没有重大影响。")));
        LegalityReview first = acting.run("qicao", () -> documents.submitForReview(d.id()));
        List<LegalAdviser> engaged = acting.run("shencha", () -> advisers.withUses(LocalDate.now(clock).getYear())
                .stream().map(LegalAdvisers.AdviserUse::adviser).filter(a -> a.engagedOn(LocalDate.now(clock)))
                .toList());
        acting.run("shencha", () -> {
            if (!engaged.isEmpty()) {
                reviews.consult(first.id(), engaged.get(0).id(), LocalDate.now(clock),
                        "第五条“一律列入重点监管名单”增加了市场主体的义务，缺乏上位法依据，建议删除或者修改。");
            }
            reviews.conclude(first.id(), new ConclusionRequest(ReviewOutcome.LAWFUL_WITH_CHANGES,
                    "经审核，该规则总体符合法律、法规和国家有关规定，但个别条款需要修改，修改后合法。",
                    List.of("第五条关于“对检查中发现问题的企业一律列入重点监管名单”的表述缺乏上位法依据，应当删除或者修改为依法依规处理。",
                            "第八条应当明确规则的有效期。"),
                    "起草单位已提前报送完整材料并经多次沟通，审核意见已经形成，为不影响年度计划进度提前办结。"));
        });
        return acting.run("qicao", () -> {
            documents.addVersion(d.id(), new VersionRequest(title, v2, notes, basis, "按照合法性审核意见修改第五条、第八条。",
                    first.id(), List.of(new VersionRequest.ChangeResponse(1, "已修改第五条，改为由有关部门依法依规处理。"),
                            new VersionRequest.ChangeResponse(2, "已在第八条明确有效期5年。"))));
            LegalityReview second = documents.submitForReview(d.id());
            return second;
        });
    }

    private void body(String name, String unitCode, String prefix, long registeringUnit) {
        bodies.add(new BodyRequest(unit(unitCode), name, prefix, registeringUnit));
    }

    private long body(String name) {
        return bodyStore.findByName(name).map(IssuingBody::id).orElseThrow();
    }

    private long unit(String code) {
        return units.findByCode(code).map(Unit::id).orElseThrow();
    }

    private static void requireImported(ImportReport report) {
        if (!report.ok()) {
            throw new IllegalStateException("demo catalog refused: " + report.errors());
        }
    }

    /** The demo catalog; a document still "in force" whose period has ended by today is loaded as 已失效. */
    List<CatalogImport.Entry> entries() {
        String text;
        try (InputStream in = new ClassPathResource(CATALOG).getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LocalDate today = LocalDate.now(clock);
        List<CatalogImport.Entry> entries = new ArrayList<>();
        int row = 1;
        for (String block : text.split("(?m)^=== ")) {
            if (block.startsWith("#") || block.isBlank()) {
                continue;
            }
            int nl = block.indexOf('\n');
            String[] h = block.substring(0, nl).split("\\|", -1);
            String body = block.substring(nl + 1).strip();
            LocalDate effective = LocalDate.parse(h[5]);
            LocalDate expiry = h[6].isEmpty() ? effective.plusYears(5).minusDays(1) : LocalDate.parse(h[6]);
            String validity = "现行有效".equals(h[7]) && expiry.isBefore(today) ? "已失效" : h[7];
            entries.add(new CatalogImport.Entry(++row, h[0], h[1], h[2], h[3], h[4], h[5], h[6], "", validity, body));
        }
        return entries;
    }
}

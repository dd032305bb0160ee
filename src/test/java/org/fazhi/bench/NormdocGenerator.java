package org.fazhi.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Synthetic administrative normative documents (行政规范性文件) in plausible Chinese, for the search
 * benchmark: titles in the usual forms (关于进一步加强……管理的通知, 示范县……实施办法), numbered
 * articles (第一条……) built from phrase banks of administrative vocabulary, cross-references to
 * other documents by 文号, the 文号 of the issuing body and the registration number (登记号).
 *
 * <p>Deterministic: document {@code i} depends only on the seed and {@code i}, so the PostgreSQL
 * table and the Lucene index get the very same texts however they are streamed. 文号 and
 * registration numbers are unique (serials per body and year, per year).
 */
public final class NormdocGenerator {

    /** One generated document. {@code numbers} is the 文号 and the registration number. */
    public record Doc(long id, String title, String body, String documentNumber, String registrationNumber,
            String issuingBody, LocalDate published) {

        public String numbers() {
            return documentNumber + " " + registrationNumber;
        }
    }

    record Body(String name, String prefix, String shortName) {
    }

    static final List<Body> BODIES = List.of(
            new Body("示范县人民政府", "示政发", "县人民政府"),
            new Body("示范县人民政府办公室", "示政办发", "县人民政府办公室"),
            new Body("示范县市场监督管理局", "示市监发", "县市场监督管理局"),
            new Body("示范县自然资源局", "示自然资发", "县自然资源局"),
            new Body("示范县住房和城乡建设局", "示住建发", "县住房和城乡建设局"),
            new Body("示范县农业农村局", "示农发", "县农业农村局"),
            new Body("示范县教育局", "示教发", "县教育局"),
            new Body("示范县卫生健康局", "示卫健发", "县卫生健康局"),
            new Body("示范县应急管理局", "示应急发", "县应急管理局"),
            new Body("示范县交通运输局", "示交发", "县交通运输局"),
            new Body("示范县民政局", "示民发", "县民政局"),
            new Body("示范县人力资源和社会保障局", "示人社发", "县人力资源和社会保障局"),
            new Body("示范县财政局", "示财发", "县财政局"),
            new Body("示范县生态环境分局", "示环发", "县生态环境分局"),
            new Body("示范县水利局", "示水发", "县水利局"),
            new Body("示范县林业局", "示林发", "县林业局"),
            new Body("示范县综合行政执法局", "示综执发", "县综合行政执法局"),
            new Body("示范县医疗保障局", "示医保发", "县医疗保障局"),
            new Body("东湖镇人民政府", "东政发", "镇人民政府"),
            new Body("西山乡人民政府", "西政发", "乡人民政府"));

    /** Topic, the body that usually handles it (index in BODIES), the law it rests on, its own duties. */
    record Topic(String name, int body, String law, List<String> duties) {
    }

    static Topic topic(String name, int body, String law, String... duties) {
        return new Topic(name, body, law, List.of(duties));
    }

    static final List<Topic> TOPICS = List.of(
            topic("食品安全", 2, "中华人民共和国食品安全法", "督促食品生产经营者落实食品安全主体责任，建立进货查验记录制度",
                    "加强对学校食堂、农村集体聚餐等重点环节的食品安全监督抽检"),
            topic("网络餐饮服务食品安全", 2, "中华人民共和国食品安全法", "督促网络餐饮服务第三方平台对入网餐饮服务提供者进行实名登记和资质审查",
                    "对入网餐饮服务提供者的食品安全状况进行抽查和监测"),
            topic("食品生产小作坊", 2, "中华人民共和国食品安全法", "对食品生产小作坊实行登记管理，公示登记证和从业人员健康证明"),
            topic("市场主体登记", 2, "中华人民共和国市场主体登记管理条例", "推行市场主体登记全程电子化，申请人可以通过政务服务网办理登记",
                    "依法核发营业执照，营业执照记载的事项发生变更的，应当依法办理变更登记"),
            topic("营业执照办理", 2, "中华人民共和国市场主体登记管理条例", "对申请材料齐全、符合法定形式的，当场予以登记并核发营业执照",
                    "推行电子营业执照，电子营业执照与纸质营业执照具有同等法律效力"),
            topic("公平竞争审查", 2, "中华人民共和国反垄断法", "在制定涉及市场主体经济活动的政策措施时进行公平竞争审查，未经审查的不得出台",
                    "每年对公平竞争审查制度实施情况开展评估，清理妨碍统一市场和公平竞争的规定"),
            topic("涉企行政检查", 16, "中华人民共和国行政处罚法", "按照“双随机、一公开”要求开展涉企检查，不得重复检查、多头检查",
                    "实行涉企行政检查计划管理，检查计划应当于每年一月底前向社会公布"),
            topic("行政处罚裁量基准", 16, "中华人民共和国行政处罚法", "依照行政处罚裁量基准作出行政处罚决定，对首次违法且危害后果轻微并及时改正的，可以不予行政处罚"),
            topic("行政执法公示", 16, "中华人民共和国行政处罚法", "在作出行政执法决定之日起七个工作日内公开执法机关、执法对象、执法类别和执法结论"),
            topic("城市管理", 16, "城市市容和环境卫生管理条例", "加强对占道经营、乱堆乱放等行为的巡查，依法予以纠正"),
            topic("户外广告设置", 16, "城市市容和环境卫生管理条例", "按照户外广告设置规划审批户外广告，对存在安全隐患的广告设施责令限期整改"),
            topic("养犬", 16, "中华人民共和国动物防疫法", "加强养犬登记管理，督促养犬人为犬只接种狂犬病疫苗，文明养犬",
                    "对违反规定携犬出户、未束犬链的行为依法予以处罚"),
            topic("建筑施工扬尘", 4, "中华人民共和国大气污染防治法", "督促施工单位落实建筑施工扬尘防治措施，做到工地周边围挡、物料堆放覆盖、出入车辆清洗"),
            topic("物业服务", 4, "物业管理条例", "指导业主大会依法选聘物业服务企业，监督物业服务企业履行物业服务合同"),
            topic("农民工工资支付", 11, "保障农民工工资支付条例", "督促施工总承包单位开设农民工工资专用账户，按月足额支付农民工工资",
                    "对拖欠农民工工资的用人单位依法责令限期支付，并纳入拖欠农民工工资失信联合惩戒对象名单"),
            topic("安全生产", 8, "中华人民共和国安全生产法", "落实安全生产责任制，生产经营单位主要负责人对本单位安全生产工作全面负责",
                    "定期开展安全生产隐患排查治理，对重大事故隐患实行挂牌督办"),
            topic("危险化学品安全", 8, "危险化学品安全管理条例", "加强危险化学品生产、储存、运输环节的安全监管，严格落实安全生产责任"),
            topic("消防安全", 8, "中华人民共和国消防法", "督促人员密集场所落实消防安全责任，保持疏散通道、安全出口畅通"),
            topic("森林防火", 15, "森林防火条例", "加强森林防火宣传教育，在森林防火期内严格管控野外用火",
                    "建立森林防火责任制，划定森林防火区，设置森林防火警示标志"),
            topic("农村宅基地", 5, "中华人民共和国土地管理法", "做好农村宅基地审批和管理工作，农村村民一户只能拥有一处宅基地",
                    "严禁违法占用耕地建房，对农村宅基地违法违规行为及时制止并依法处理"),
            topic("耕地保护", 3, "中华人民共和国土地管理法", "落实耕地保护目标责任，严格控制耕地转为非耕地"),
            topic("高标准农田建设", 5, "中华人民共和国农业法", "按照统一规划、统一标准推进高标准农田建设，加强建后管护"),
            topic("农产品质量安全", 5, "中华人民共和国农产品质量安全法", "建立农产品质量安全追溯制度，开展农产品质量安全监督抽查"),
            topic("农村集体经济组织", 5, "中华人民共和国农村集体经济组织法", "规范农村集体经济组织成员身份确认，加强农村集体资产管理"),
            topic("征地补偿安置", 3, "中华人民共和国土地管理法实施条例", "依法足额支付征地补偿安置费用，保障被征地农民原有生活水平不降低"),
            topic("城乡建设用地", 3, "中华人民共和国城乡规划法", "依据国土空间规划审批城乡建设用地，严格执行建设用地标准"),
            topic("河道采砂", 14, "中华人民共和国水法", "对河道采砂实行许可制度，未经许可不得在河道管理范围内采砂"),
            topic("农村饮水安全", 14, "中华人民共和国水法", "加强农村饮水工程运行管护，定期开展水质检测"),
            topic("生态环境保护", 13, "中华人民共和国环境保护法", "落实生态环境保护责任，加强对重点排污单位的监督检查",
                    "建立生态环境保护督察整改台账，限期完成整改"),
            topic("校外培训机构", 6, "中华人民共和国教育法", "规范校外培训机构办学行为，加强对校外培训机构收费和预收费的监管"),
            topic("义务教育招生", 6, "中华人民共和国义务教育法", "按照免试就近入学原则做好义务教育招生工作，不得以任何形式的考试选拔学生"),
            topic("医疗保障基金使用", 17, "医疗保障基金使用监督管理条例", "加强对定点医药机构的监督检查，严厉打击欺诈骗取医疗保障基金行为"),
            topic("基本公共卫生服务", 7, "中华人民共和国基本医疗卫生与健康促进法", "按照国家基本公共卫生服务规范为城乡居民提供免费服务"),
            topic("最低生活保障", 10, "社会救助暂行办法", "对符合条件的困难群众按规定给予最低生活保障，实行动态管理",
                    "对最低生活保障对象的家庭经济状况进行核查，核查结果在村（居）民委员会公示"),
            topic("残疾人两项补贴", 10, "中华人民共和国残疾人保障法", "按月发放困难残疾人生活补贴和重度残疾人护理补贴"),
            topic("殡葬管理", 10, "殡葬管理条例", "推行节地生态安葬，严禁在耕地、林地内建坟"),
            topic("养老服务机构", 10, "中华人民共和国老年人权益保障法", "加强对养老服务机构的安全管理和服务质量监督"),
            topic("农村公路桥梁养护", 9, "中华人民共和国公路法", "定期巡查农村公路桥梁，及时组织养护维修，危桥应当设置警示标志"),
            topic("道路交通安全", 9, "中华人民共和国道路交通安全法", "加强农村道路交通安全管理，开展交通安全隐患排查整治"),
            topic("政府投资项目", 0, "政府投资条例", "政府投资项目实行审批制，未经审批不得开工建设"),
            topic("政府采购", 12, "中华人民共和国政府采购法", "加强政府采购监督管理，采购人应当依法编制政府采购预算",
                    "政府采购信息应当在指定媒体上公开发布，接受社会监督"),
            topic("国有资产管理", 12, "行政事业性国有资产管理条例", "建立健全国有资产管理制度，定期开展资产清查"),
            topic("财政专项资金", 12, "中华人民共和国预算法", "按照“谁使用、谁负责”的原则，对专项资金使用情况进行绩效评价"),
            topic("优化营商环境", 0, "优化营商环境条例", "持续优化营商环境，依法保护市场主体合法权益，不得违法干预企业经营自主权"),
            topic("政务服务", 1, "优化营商环境条例", "推行政务服务“一网通办”，依申请政务服务事项应当进驻政务服务中心"),
            topic("政务数据共享", 1, "中华人民共和国数据安全法", "依托政务数据共享平台推动数据共享，不得违规收集、使用个人信息"),
            topic("公共资源交易", 1, "中华人民共和国招标投标法", "公共资源交易应当进入公共资源交易平台，公开交易信息"),
            topic("乡村振兴衔接资金", 5, "中华人民共和国乡村振兴促进法", "加强乡村振兴衔接资金项目管理，资金使用情况应当公告公示"),
            topic("人居环境整治", 18, "中华人民共和国乡村振兴促进法", "开展农村人居环境整治，推进农村生活垃圾分类和污水治理"),
            topic("村规民约", 19, "中华人民共和国村民委员会组织法", "指导村民委员会依法制定和修订村规民约，村规民约不得与法律法规相抵触"));

    static final List<String> TITLES = List.of(
            "关于进一步加强{T}管理的通知",
            "关于印发《示范县{T}管理办法》的通知",
            "示范县{T}管理办法",
            "示范县{T}实施办法",
            "示范县{T}实施细则",
            "关于做好{T}工作的通知",
            "关于规范{T}的若干规定",
            "关于推进{T}工作的实施意见",
            "关于印发《示范县{T}工作方案》的通知",
            "关于调整{T}有关标准的通知",
            "{B}关于加强{T}监督管理的意见",
            "关于开展{T}专项整治的通知");

    static final List<String> PURPOSES = List.of(
            "加强{T}管理，规范相关行为，保障公民、法人和其他组织的合法权益",
            "进一步规范{T}工作，提高行政效能",
            "落实{T}主体责任，防范和化解风险",
            "推进{T}法治化、规范化建设，优化营商环境",
            "保障人民群众生命财产安全，促进经济社会高质量发展");

    static final List<String> ACTORS = List.of("县人民政府", "各乡镇人民政府", "县有关部门", "县市场监督管理局",
            "县自然资源局", "县住房和城乡建设局", "县农业农村局", "县应急管理局", "县财政局", "县司法局",
            "村（居）民委员会", "生产经营单位", "行业协会", "县综合行政执法局", "县公安局");

    static final List<String> AGENCIES = List.of("县市场监督管理局", "县综合行政执法局", "县应急管理局", "县自然资源局",
            "县农业农村局", "县生态环境分局", "县住房和城乡建设局", "有关主管部门");

    static final List<String> DUTIES = List.of(
            "建立健全{T}工作责任制，明确分管负责人和具体承办人员",
            "加强对{T}的监督检查，发现问题及时督促整改",
            "将{T}工作纳入年度目标责任考核",
            "依法公开{T}的办理依据、条件、程序和时限，接受社会监督",
            "在受理申请之日起二十个工作日内作出决定；不予许可的，应当书面说明理由",
            "建立举报投诉处理机制，对举报事项在十五个工作日内予以答复",
            "加强对执法人员的培训，持证上岗，规范文明执法",
            "会同有关部门制定{T}应急预案，每年至少组织一次演练",
            "统筹安排{T}所需经费，纳入本级财政预算",
            "建立{T}信息化平台，推动数据共享和业务协同",
            "加强{T}政策宣传和解读，及时回应社会关切",
            "建立{T}工作联席会议制度，协调解决重大问题");

    static final List<String> CONDITIONS = List.of("申请人应当提交下列材料：（一）申请书；（二）身份证明或者营业执照；"
            + "（三）相关证明材料；（四）法律、法规规定的其他材料。",
            "有下列情形之一的，不予受理：（一）不属于本部门职责范围的；（二）申请材料不齐全且逾期未补正的；"
                    + "（三）法律、法规规定的其他情形。",
            "有关部门应当自收到申请之日起五个工作日内完成审核，并将审核结果告知申请人。",
            "县财政局按照“谁使用、谁负责”的原则，对资金使用情况进行绩效评价。",
            "村民委员会应当将有关事项在本村范围内公示，公示期不少于五日。",
            "鼓励社会力量参与{T}，对作出突出贡献的单位和个人给予表彰。");

    static final List<String> PENALTIES = List.of(
            "违反本办法规定的，由{A}依照《{L}》的有关规定予以行政处罚；构成犯罪的，依法追究刑事责任。",
            "行政机关工作人员在{T}工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分。",
            "当事人对行政处罚决定不服的，可以依法申请行政复议或者提起行政诉讼。",
            "违反本办法规定，拒不改正的，依法实施行政处罚，并纳入信用记录。");

    private static final String[] NUMERALS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final long seed;

    public NormdocGenerator(long seed) {
        this.seed = seed;
    }

    /** Document {@code id} (1-based); the same every time for the same seed. */
    public Doc doc(long id) {
        Random r = new Random(seed * 1_000_003L + id);
        int year = 2010 + (int) ((id * 7 + seed) % 16);
        Topic topic = TOPICS.get(r.nextInt(TOPICS.size()));
        Body body = r.nextInt(4) == 0 ? BODIES.get(r.nextInt(BODIES.size())) : BODIES.get(topic.body());
        String title = fill(TITLES.get(r.nextInt(TITLES.size())), topic, body, r);
        StringBuilder text = new StringBuilder(3000);
        int articles = 10 + r.nextInt(26);
        int n = 1;
        if (articles > 20) {
            text.append("第一章　总则\n");
        }
        text.append(article(n++)).append("为了").append(fill(pick(PURPOSES, r), topic, body, r)).append("，根据《")
                .append(topic.law()).append("》《").append(TOPICS.get(r.nextInt(TOPICS.size())).law())
                .append("》等法律、法规规定，结合本县实际，制定本办法。\n");
        text.append(article(n++)).append("本办法适用于本县行政区域内").append(topic.name()).append("及其监督管理活动。\n");
        text.append(article(n++)).append(body.shortName()).append("负责本行政区域内").append(topic.name())
                .append("工作的统一监督管理；").append(pick(ACTORS, r)).append("按照各自职责做好相关工作。\n");
        if (r.nextInt(3) == 0) {
            Doc ref = reference(id, r);
            if (ref != null) {
                text.append(article(n++)).append("本办法与《").append(ref.issuingBody()).append("关于").append(topicOf(ref))
                        .append("的规定》（").append(ref.documentNumber()).append("）不一致的，以本办法为准。\n");
            }
        }
        while (n <= articles - 2) {
            if (articles > 20 && n == articles / 2) {
                text.append("第二章　监督管理\n");
            }
            int kind = r.nextInt(10);
            text.append(article(n++));
            if (kind < 7) {
                int sentences = 1 + r.nextInt(3);
                for (int i = 0; i < sentences; i++) {
                    text.append(pick(ACTORS, r)).append("应当").append(duty(topic, body, r)).append("。");
                }
            } else if (kind < 9) {
                text.append(fill(pick(CONDITIONS, r), topic, body, r));
            } else {
                text.append(fill(pick(PENALTIES, r), topic, body, r));
            }
            text.append('\n');
        }
        if (articles > 20) {
            text.append("第三章　附则\n");
        }
        text.append(article(n++)).append(fill(pick(PENALTIES, r), topic, body, r)).append('\n');
        text.append(article(n)).append("本办法自").append(r.nextBoolean() ? "公布之日起施行" : year + "年"
                + (1 + r.nextInt(12)) + "月1日起施行").append("，有效期").append(NUMERALS[3 + r.nextInt(3)]).append("年。");
        return new Doc(id, title, text.toString(), documentNumber(id), registrationNumber(id), body.name(),
                LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28)));
    }

    /** 文号: the body's prefix, 〔year〕, and the serial of the document among that body's documents of that year. */
    public String documentNumber(long id) {
        Random r = new Random(seed * 1_000_003L + id);
        int year = 2010 + (int) ((id * 7 + seed) % 16);
        Topic topic = TOPICS.get(r.nextInt(TOPICS.size()));
        Body body = r.nextInt(4) == 0 ? BODIES.get(r.nextInt(BODIES.size())) : BODIES.get(topic.body());
        // unique per id: the serial is derived from the id within its year (ids of one year are 16 apart)
        long serial = (id - 1) / 16 + 1;
        return body.prefix() + "〔" + year + "〕" + serial + "号";
    }

    /** 登记号: SFDR, the year, and a five-digit serial unique within the year. */
    public String registrationNumber(long id) {
        int year = 2010 + (int) ((id * 7 + seed) % 16);
        long serial = (id - 1) / 16 + 1;
        return String.format("SFDR%d%05d", year, serial);
    }

    private Doc reference(long id, Random r) {
        if (id < 2) {
            return null;
        }
        long other = 1 + (long) (r.nextDouble() * (id - 1));
        return new Doc(other, "", "", documentNumber(other), registrationNumber(other), bodyOf(other), null);
    }

    private String bodyOf(long id) {
        String number = documentNumber(id);
        String prefix = number.substring(0, number.indexOf('〔'));
        return BODIES.stream().filter(b -> b.prefix().equals(prefix)).findFirst().orElseThrow().name();
    }

    private String topicOf(Doc ref) {
        Random r = new Random(seed * 1_000_003L + ref.id());
        return TOPICS.get(r.nextInt(TOPICS.size())).name() + "管理";
    }

    /** A duty: mostly of the document's own topic, sometimes a general one, now and then another topic's. */
    private static String duty(Topic topic, Body body, Random r) {
        int p = r.nextInt(20);
        if (p < 9) {
            return pick(topic.duties(), r);
        }
        if (p < 18) {
            return fill(pick(DUTIES, r), topic, body, r);
        }
        return pick(TOPICS.get(r.nextInt(TOPICS.size())).duties(), r);
    }

    private static String article(int n) {
        return "第" + chinese(n) + "条　";
    }

    /** 1..99 in Chinese numerals as articles are numbered: 一, 十, 十一, 二十三. */
    static String chinese(int n) {
        if (n <= 10) {
            return NUMERALS[n];
        }
        int tens = n / 10;
        int units = n % 10;
        return (tens == 1 ? "" : NUMERALS[tens]) + "十" + (units == 0 ? "" : NUMERALS[units]);
    }

    private static String pick(List<String> bank, Random r) {
        return bank.get(r.nextInt(bank.size()));
    }

    private static String fill(String template, Topic topic, Body body, Random r) {
        return template.replace("{T}", topic.name()).replace("{B}", body.name()).replace("{L}", topic.law())
                .replace("{A}", pick(AGENCIES, r));
    }
}

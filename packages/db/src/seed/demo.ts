// The deterministic demo of 临淄区自然资源局: its units, a checklist of real natural-resources inspection
// items, the two directories (~2,000 targets, ~80 inspectors) and experts. Every value derives from a fixed
// seed, so two fresh databases hold the same demo, field for field.
import { AREAS, creditCodeCheckChar, idNumberCheckChar } from '@ssj/domain';

/** mulberry32: a tiny, well-known seeded PRNG; demo data only (draws use the verifiable method). */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}

// The 5 streets and 7 towns of 临淄区 come from the domain (AREAS); a station is named after its area's short name.
const areaShort = (area: string) => area.replace(/(回族)?镇$|街道$/, '');

export type DemoUnit = { code: string; name: string; kind: 'LEAD' | 'SECTION' | 'STATION'; area?: string; neighbourCodes: string[] };

export const UNITS: DemoUnit[] = [
  { code: 'XKK', name: '行政许可科', kind: 'LEAD', neighbourCodes: [] },
  { code: 'GHK', name: '国土空间规划科', kind: 'SECTION', neighbourCodes: [] },
  { code: 'GBK', name: '耕地保护监督科', kind: 'SECTION', neighbourCodes: [] },
  { code: 'YDK', name: '建设用地管理科', kind: 'SECTION', neighbourCodes: [] },
  { code: 'KGK', name: '矿产资源管理科', kind: 'SECTION', neighbourCodes: [] },
  { code: 'DHK', name: '地质环境与地质灾害防治科', kind: 'SECTION', neighbourCodes: [] },
  { code: 'CHK', name: '测绘地理信息科', kind: 'SECTION', neighbourCodes: [] },
  ...AREAS.map((area, i) => ({
    code: `GTS${String(i + 1).padStart(2, '0')}`,
    name: `${areaShort(area)}国土资源所`,
    kind: 'STATION' as const,
    area,
    // Neighbours along the list, for joint matching when a station is short of inspectors (rule 15, G19).
    neighbourCodes: [i > 0 ? `GTS${String(i).padStart(2, '0')}` : null, i < AREAS.length - 1 ? `GTS${String(i + 2).padStart(2, '0')}` : null].filter(
      (c): c is string => c !== null,
    ),
  })),
];

export type DemoLibrary = {
  code: string;
  name: string;
  kind: 'COMPREHENSIVE' | 'SPECIAL';
  objectType: string | null;
  unitCode: string;
  buildStandard: string;
  indicators: string[];
  supervisionRequirements: string;
  share: number;
  industries: string[];
  stationKept: boolean;
};

export const LIBRARIES: DemoLibrary[] = [
  {
    code: 'LIB-ZH',
    name: '综合主体名录库',
    kind: 'COMPREHENSIVE',
    objectType: null,
    unitCode: 'XKK',
    share: 0,
    industries: [],
    stationKept: false,
    buildStandard: '收录本局监管范围内全部市场主体和项目，以统一社会信用代码为唯一标识；由各单位按“谁管辖、谁维护”及时更新。',
    indicators: ['主体类型', '经营规模', '行业', '地理区域', '风险等级', '信用状况'],
    supervisionRequirements: '不定向抽取时直接从本库全部主体中随机抽取。',
  },
  {
    code: 'LIB-CK',
    name: '采矿权人名录库',
    kind: 'SPECIAL',
    objectType: '采矿权人',
    unitCode: 'KGK',
    share: 0.08,
    industries: ['石灰岩开采', '建筑用砂石开采', '黏土开采', '铁矿开采'],
    stationKept: false,
    buildStandard: '收录辖区内持有有效采矿许可证的采矿权人，含许可证号、开采矿种、矿区范围。',
    indicators: ['开采矿种', '生产规模', '矿区面积', '风险等级'],
    supervisionRequirements: '重点检查开采范围、年度信息公示、矿山地质环境治理恢复基金计提。',
  },
  {
    code: 'LIB-TK',
    name: '探矿权人名录库',
    kind: 'SPECIAL',
    objectType: '探矿权人',
    unitCode: 'KGK',
    share: 0.02,
    industries: ['地质勘查'],
    stationKept: false,
    buildStandard: '收录辖区内持有有效勘查许可证的探矿权人。',
    indicators: ['勘查矿种', '勘查阶段', '勘查投入'],
    supervisionRequirements: '检查勘查实施方案执行、勘查投入和年度信息公示。',
  },
  {
    code: 'LIB-CH',
    name: '测绘资质单位名录库',
    kind: 'SPECIAL',
    objectType: '测绘资质单位',
    unitCode: 'CHK',
    share: 0.06,
    industries: ['测绘服务', '地理信息服务', '工程测量'],
    stationKept: false,
    buildStandard: '收录辖区内取得测绘资质证书的单位，含资质等级和专业类别。',
    indicators: ['资质等级', '专业类别', '从业人员数'],
    supervisionRequirements: '检查资质条件保持情况和测绘成果质量，必要时委托质检机构抽样检测。',
  },
  {
    code: 'LIB-DT',
    name: '地图编制单位名录库',
    kind: 'SPECIAL',
    objectType: '地图编制单位',
    unitCode: 'CHK',
    share: 0.02,
    industries: ['地图编制', '印刷出版'],
    stationKept: false,
    buildStandard: '收录辖区内从事地图编制、展示、出版的单位。',
    indicators: ['地图类型', '发布渠道'],
    supervisionRequirements: '检查地图审核批准情况和问题地图。',
  },
  {
    code: 'LIB-DZ',
    name: '地质灾害防治单位名录库',
    kind: 'SPECIAL',
    objectType: '地质灾害防治单位',
    unitCode: 'DHK',
    share: 0.03,
    industries: ['地质灾害评估', '地质灾害治理工程'],
    stationKept: false,
    buildStandard: '收录在辖区内承担地质灾害危险性评估、治理工程勘查设计施工监理的单位。',
    indicators: ['资质类别', '资质等级'],
    supervisionRequirements: '检查资质条件、项目质量和技术规范执行情况。',
  },
  {
    code: 'LIB-JS',
    name: '建设用地使用权人名录库',
    kind: 'SPECIAL',
    objectType: '建设用地使用权人',
    unitCode: 'YDK',
    share: 0.34,
    industries: ['工业', '房地产开发', '商业服务', '仓储物流', '公共设施'],
    stationKept: true,
    buildStandard: '收录辖区内以出让、划拨方式取得国有建设用地使用权的主体，含供地合同号、宗地位置、约定开竣工时间。',
    indicators: ['供地方式', '用途', '用地面积', '约定开竣工日期'],
    supervisionRequirements: '批后监管：开竣工、投资强度、容积率、闲置土地。',
  },
  {
    code: 'LIB-FK',
    name: '土地复垦义务人名录库',
    kind: 'SPECIAL',
    objectType: '土地复垦义务人',
    unitCode: 'GBK',
    share: 0.14,
    industries: ['采矿业', '交通建设', '水利建设', '建材'],
    stationKept: true,
    buildStandard: '收录因生产建设活动损毁土地、负有复垦义务的单位和个人。',
    indicators: ['损毁类型', '损毁面积', '复垦方案审查情况'],
    supervisionRequirements: '检查复垦方案执行、复垦费用预存和年度复垦情况报告。',
  },
  {
    code: 'LIB-LS',
    name: '临时用地使用人名录库',
    kind: 'SPECIAL',
    objectType: '临时用地使用人',
    unitCode: 'GBK',
    share: 0.17,
    industries: ['建设施工', '地质勘查', '交通建设'],
    stationKept: true,
    buildStandard: '收录经批准使用临时用地的单位和个人，含批准文号、期限和恢复要求。',
    indicators: ['用途', '面积', '期限'],
    supervisionRequirements: '检查是否按批准用途使用、是否超期、到期是否恢复种植条件。',
  },
  {
    code: 'LIB-GH',
    name: '建设工程规划许可项目名录库',
    kind: 'SPECIAL',
    objectType: '建设单位',
    unitCode: 'GHK',
    share: 0.14,
    industries: ['房地产开发', '工业', '公共设施', '商业服务'],
    stationKept: false,
    buildStandard: '收录取得建设工程规划许可证的建设单位及其项目。',
    indicators: ['项目类型', '建筑面积', '许可日期'],
    supervisionRequirements: '检查是否按规划条件和许可内容建设。',
  },
];

export type DemoCheckItem = {
  code: string;
  name: string;
  objectType: string;
  category: 'GENERAL' | 'KEY';
  methods: ('WRITTEN' | 'ON_SITE' | 'ONLINE_MONITORING' | 'SAMPLE_TESTING' | 'THIRD_PARTY')[];
  unitCode: string;
  legalBasis: string;
  defaultRatio: number;
  needsExpert?: boolean;
};

export const CHECK_ITEMS: DemoCheckItem[] = [
  {
    code: 'LZZR-01',
    name: '土地复垦义务履行情况的检查',
    objectType: '土地复垦义务人',
    category: 'GENERAL',
    methods: ['WRITTEN', 'ON_SITE'],
    unitCode: 'GBK',
    defaultRatio: 0.05,
    legalBasis: '《土地复垦条例》第十七条、第十八条；《土地复垦条例实施办法》第二十六条',
  },
  {
    code: 'LZZR-02',
    name: '临时用地使用及恢复情况的检查',
    objectType: '临时用地使用人',
    category: 'GENERAL',
    methods: ['ON_SITE'],
    unitCode: 'GBK',
    defaultRatio: 0.05,
    legalBasis: '《中华人民共和国土地管理法》第五十七条；《自然资源部关于规范临时用地管理的通知》',
  },
  {
    code: 'LZZR-03',
    name: '采矿权人履行法定义务情况的检查',
    objectType: '采矿权人',
    category: 'KEY',
    methods: ['WRITTEN', 'ON_SITE', 'ONLINE_MONITORING'],
    unitCode: 'KGK',
    defaultRatio: 0.3,
    legalBasis: '《中华人民共和国矿产资源法》；《矿产资源开采登记管理办法》第十八条；《矿业权人勘查开采信息公示办法》',
  },
  {
    code: 'LZZR-04',
    name: '探矿权人履行法定义务情况的检查',
    objectType: '探矿权人',
    category: 'GENERAL',
    methods: ['WRITTEN', 'ON_SITE'],
    unitCode: 'KGK',
    defaultRatio: 0.05,
    legalBasis: '《矿产资源勘查区块登记管理办法》第十七条、第二十六条',
  },
  {
    code: 'LZZR-05',
    name: '矿山地质环境保护与土地复垦方案执行情况的检查',
    objectType: '采矿权人',
    category: 'KEY',
    methods: ['ON_SITE', 'THIRD_PARTY'],
    unitCode: 'DHK',
    defaultRatio: 0.2,
    needsExpert: true,
    legalBasis: '《矿山地质环境保护规定》第十二条、第十九条',
  },
  {
    code: 'LZZR-06',
    name: '地质灾害危险性评估和治理工程单位资质及执业情况的检查',
    objectType: '地质灾害防治单位',
    category: 'GENERAL',
    methods: ['WRITTEN', 'ON_SITE'],
    unitCode: 'DHK',
    defaultRatio: 0.05,
    legalBasis: '《地质灾害防治条例》第二十四条、第三十八条；《地质灾害防治单位资质管理办法》',
  },
  {
    code: 'LZZR-07',
    name: '测绘资质单位资质条件和测绘成果质量的检查',
    objectType: '测绘资质单位',
    category: 'GENERAL',
    methods: ['WRITTEN', 'SAMPLE_TESTING'],
    unitCode: 'CHK',
    defaultRatio: 0.05,
    needsExpert: true,
    legalBasis: '《中华人民共和国测绘法》第二十七条、第三十九条；《测绘资质管理办法》；《测绘成果质量监督抽查管理办法》',
  },
  {
    code: 'LZZR-08',
    name: '地图编制和互联网地图服务的检查',
    objectType: '地图编制单位',
    category: 'GENERAL',
    methods: ['WRITTEN', 'ONLINE_MONITORING'],
    unitCode: 'CHK',
    defaultRatio: 0.05,
    legalBasis: '《地图管理条例》第十五条、第三十四条',
  },
  {
    code: 'LZZR-09',
    name: '建设用地批后监管（开竣工及土地利用情况）的检查',
    objectType: '建设用地使用权人',
    category: 'KEY',
    methods: ['ON_SITE', 'ONLINE_MONITORING'],
    unitCode: 'YDK',
    defaultRatio: 0.2,
    legalBasis: '《中华人民共和国土地管理法》第三十八条；《闲置土地处置办法》；《国有建设用地使用权出让合同》',
  },
  {
    code: 'LZZR-10',
    name: '建设工程规划许可批后执行情况的检查',
    objectType: '建设单位',
    category: 'KEY',
    methods: ['ON_SITE'],
    unitCode: 'GHK',
    defaultRatio: 0.15,
    legalBasis: '《中华人民共和国城乡规划法》第四十条、第四十五条；《山东省城乡规划条例》',
  },
  {
    code: 'LZZR-11',
    name: '地质勘查活动及成果汇交情况的检查',
    objectType: '探矿权人',
    category: 'GENERAL',
    methods: ['WRITTEN'],
    unitCode: 'KGK',
    defaultRatio: 0.03,
    legalBasis: '《地质资料管理条例》第七条、第九条',
  },
  {
    code: 'LZZR-12',
    name: '不动产测绘成果质量的检查',
    objectType: '测绘资质单位',
    category: 'GENERAL',
    methods: ['SAMPLE_TESTING', 'THIRD_PARTY'],
    unitCode: 'CHK',
    defaultRatio: 0.04,
    needsExpert: true,
    legalBasis: '《中华人民共和国测绘法》第三十九条；《不动产登记暂行条例实施细则》',
  },
];

/** The land stations, each serving its own street or town. */
export const STATION_CODES = UNITS.filter((u) => u.kind === 'STATION').map((u) => u.code);

/**
 * Rule 6: the units whose remit an item is in. The section in charge, and — for items on land the stations
 * keep the directory of (建设用地、土地复垦、临时用地: `stationKept` libraries, 谁管辖、谁维护) — every land
 * station, which carries the item out in its own area and plans it in its own annual plan.
 */
export function remitUnitCodes(item: DemoCheckItem): string[] {
  const stationKept = LIBRARIES.some((l) => l.stationKept && l.objectType === item.objectType);
  return stationKept ? [item.unitCode, ...STATION_CODES] : [item.unitCode];
}

const NAME_HEADS = [
  '齐鲁',
  '鲁中',
  '临淄',
  '齐都',
  '稷下',
  '淄江',
  '金岭',
  '齐润',
  '华泰',
  '泰和',
  '鑫源',
  '宏达',
  '齐盛',
  '东方',
  '瑞丰',
  '恒通',
  '天齐',
  '佳和',
  '正元',
  '海岱',
  '博远',
  '兴业',
  '九州',
  '齐韵',
  '同创',
  '盛世',
  '润丰',
  '中昊',
  '国信',
  '永安',
];
const NAME_TAILS = ['有限公司', '有限责任公司', '股份有限公司'];
const INDUSTRY_WORD: Record<string, string> = {
  石灰岩开采: '矿业',
  建筑用砂石开采: '砂石',
  黏土开采: '建材',
  铁矿开采: '铁矿',
  地质勘查: '地质勘查',
  测绘服务: '测绘',
  地理信息服务: '地理信息',
  工程测量: '工程测量',
  地图编制: '地图',
  印刷出版: '印务',
  地质灾害评估: '地质工程',
  地质灾害治理工程: '岩土工程',
  工业: '化工',
  房地产开发: '置业',
  商业服务: '商贸',
  仓储物流: '物流',
  公共设施: '城建',
  采矿业: '矿产',
  交通建设: '路桥',
  水利建设: '水利工程',
  建材: '新型建材',
  建设施工: '建设工程',
};
const STREETS = ['齐兴路', '桓公路', '晏婴路', '牛山路', '雪宫路', '闻韶路', '太公路', '辛店路', '齐都路', '管仲路', '临淄大道', '稷下路'];

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '志强',
  '海燕',
  '晓东',
  '立新',
  '文博',
  '子涵',
  '振宇',
  '雪梅',
  '国庆',
];

function orgCodeCheck(code8: string): string {
  const W = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(code8[i]!, 36) * W[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** A credit code of an enterprise registered in 临淄区 (370305), valid under GB 32100 and GB 11714. */
export function demoCreditCode(rng: ReturnType<typeof seededRandom>): string {
  const org8 = Array.from({ length: 8 }, () => String(rng.int(10))).join('');
  const body = `91370305${org8}${orgCodeCheck(org8)}`;
  return body + creditCodeCheckChar(body);
}

export function demoIdNumber(rng: ReturnType<typeof seededRandom>, serial: number): string {
  const year = 1968 + rng.int(30);
  const month = 1 + rng.int(12);
  const day = 1 + rng.int(28);
  const body = `370305${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(serial % 1000).padStart(3, '0')}`;
  return body + idNumberCheckChar(body);
}

export type DemoTarget = {
  creditCode: string;
  name: string;
  libraryCode: string;
  unitCode: string;
  objectType: string;
  scale: 'LARGE' | 'MEDIUM' | 'SMALL' | 'MICRO';
  industry: string;
  area: string;
  address: string;
  legalRepresentative: string;
  contactPhone: string;
  riskLevel: 'LOW' | 'MEDIUM' | 'HIGH';
  creditStatus: 'NORMAL' | 'DISHONEST' | 'ABNORMAL';
  registrationStatus: 'ACTIVE' | 'DEREGISTERED' | 'REVOKED' | 'UNREACHABLE';
  keyIndustry: boolean;
  repeatedComplaints: boolean;
  seriousViolation: boolean;
};

export const TARGET_COUNT = 2000;

export function demoTargets(seed = 20261125): DemoTarget[] {
  const rng = seededRandom(seed);
  const codes = new Set<string>();
  const names = new Set<string>();
  const out: DemoTarget[] = [];
  const special = LIBRARIES.filter((l) => l.kind === 'SPECIAL');
  for (const lib of special) {
    const n = Math.round(TARGET_COUNT * lib.share);
    for (let i = 0; i < n && out.length < TARGET_COUNT; i++) {
      let code = demoCreditCode(rng);
      while (codes.has(code)) code = demoCreditCode(rng);
      codes.add(code);
      const industry = rng.pick(lib.industries);
      const areaIndex = rng.int(AREAS.length);
      const area = AREAS[areaIndex]!;
      let name = '';
      for (let tries = 0; !name || names.has(name); tries++) {
        name = `淄博${tries > 3 ? rng.pick(NAME_HEADS) : ''}${rng.pick(NAME_HEADS)}${INDUSTRY_WORD[industry] ?? ''}${rng.pick(NAME_TAILS)}`;
      }
      names.add(name);
      const roll = rng.next();
      const risk = roll < 0.2 ? 'LOW' : roll < 0.85 ? 'MEDIUM' : 'HIGH';
      const c = rng.next();
      const creditStatus = c < 0.04 ? 'DISHONEST' : c < 0.1 ? 'ABNORMAL' : 'NORMAL';
      const r = rng.next();
      const registrationStatus = r < 0.015 ? 'DEREGISTERED' : r < 0.02 ? 'REVOKED' : r < 0.03 ? 'UNREACHABLE' : 'ACTIVE';
      const s = rng.next();
      out.push({
        creditCode: code,
        name,
        libraryCode: lib.code,
        // Land targets are kept by the station of their town (谁管辖、谁维护); the rest by the section.
        unitCode: lib.stationKept ? `GTS${String(areaIndex + 1).padStart(2, '0')}` : lib.unitCode,
        objectType: lib.objectType!,
        scale: s < 0.08 ? 'LARGE' : s < 0.3 ? 'MEDIUM' : s < 0.8 ? 'SMALL' : 'MICRO',
        industry,
        area,
        address: `山东省淄博市临淄区${area}${rng.pick(STREETS)}${1 + rng.int(400)}号`,
        legalRepresentative: rng.pick(SURNAMES) + rng.pick(GIVEN),
        contactPhone: `1${rng.pick(['3', '5', '7', '8'])}${String(rng.int(1e9)).padStart(9, '0')}`,
        riskLevel: risk,
        creditStatus,
        registrationStatus,
        keyIndustry: lib.code === 'LIB-CK' && rng.chance(0.5),
        repeatedComplaints: rng.chance(0.03),
        seriousViolation: rng.chance(0.01),
      });
    }
  }
  return out;
}

export type DemoInspector = {
  name: string;
  idNumber: string;
  unitCode: string;
  certificateNumber: string | null;
  qualified: boolean;
  drawable: boolean;
  canLead: boolean;
  title: string;
  phone: string;
  specialties: string[];
};

const SPECIALTIES: Record<string, string[]> = {
  GHK: ['城乡规划'],
  GBK: ['耕地保护', '土地复垦'],
  YDK: ['土地管理'],
  KGK: ['矿产资源'],
  DHK: ['地质环境', '地质灾害'],
  CHK: ['测绘地理信息'],
  XKK: ['行政许可'],
};

export function demoInspectors(seed = 20261126): DemoInspector[] {
  const rng = seededRandom(seed);
  const out: DemoInspector[] = [];
  const used = new Set<string>();
  let serial = 1;
  for (const unit of UNITS) {
    const n = unit.kind === 'LEAD' ? 4 : unit.kind === 'SECTION' ? 6 : 4;
    for (let i = 0; i < n; i++) {
      let name = rng.pick(SURNAMES) + rng.pick(GIVEN);
      while (used.has(name)) name = rng.pick(SURNAMES) + rng.pick(GIVEN) + rng.pick(GIVEN);
      used.add(name);
      // About one in nine has no enforcement qualification yet (rule 5): kept in the list, never drawable.
      const qualified = !(i === n - 1 && rng.chance(0.7));
      out.push({
        name,
        idNumber: demoIdNumber(rng, serial++),
        unitCode: unit.code,
        certificateNumber: qualified ? `鲁自然执字${String(370305000 + serial).slice(-9)}` : null,
        qualified,
        drawable: qualified,
        canLead: qualified && i < 2 + rng.int(2),
        title: i === 0 ? (unit.kind === 'STATION' ? '所长' : '科长') : i === 1 ? (unit.kind === 'STATION' ? '副所长' : '副科长') : '科员',
        phone: `1${rng.pick(['3', '5', '8'])}${String(rng.int(1e9)).padStart(9, '0')}`,
        specialties: SPECIALTIES[unit.code] ?? ['国土资源管理'],
      });
    }
  }
  return out;
}

export const EXPERTS = [
  { name: '孙建国', organization: '山东省地质矿产勘查开发局第七地质大队', field: '地质灾害', title: '正高级工程师' },
  { name: '韩立平', organization: '山东省第一地质矿产勘查院', field: '矿产资源', title: '高级工程师' },
  { name: '刘雅静', organization: '山东省国土测绘院', field: '测绘成果质量', title: '高级工程师' },
  { name: '陈志远', organization: '山东理工大学资源与环境工程学院', field: '土地复垦', title: '教授' },
  { name: '王晓燕', organization: '淄博市测绘产品质量检验站', field: '测绘成果质量', title: '高级工程师' },
  { name: '赵德明', organization: '淄博市规划设计研究院', field: '城乡规划', title: '正高级工程师' },
  { name: '周海涛', organization: '山东省煤田地质局第三勘探队', field: '矿山地质环境', title: '高级工程师' },
  { name: '马文华', organization: '淄博市农业科学研究院', field: '耕地质量', title: '研究员' },
  { name: '郭庆林', organization: '山东建筑大学测绘地理信息学院', field: '地理信息', title: '副教授' },
  { name: '黄静怡', organization: '山东正源土地房地产评估有限公司', field: '土地评估', title: '注册土地估价师' },
  { name: '杨振华', organization: '淄博市地质环境监测站', field: '地质灾害', title: '高级工程师' },
  { name: '许明辉', organization: '山东省第四地质矿产勘查院', field: '矿产资源', title: '正高级工程师' },
];

export const DEMO_ACCOUNTS = [
  { username: 'admin', password: 'Admin@2026', name: '李明', role: 'ADMIN', unitCode: 'XKK', isPrincipal: true, label: '管理员（行政许可科） / Administrator' },
  {
    username: 'wenshao',
    password: 'Staff@2026',
    name: '张华',
    role: 'UNIT_STAFF',
    unitCode: 'GTS01',
    isPrincipal: false,
    label: '闻韶国土资源所工作人员 / Land-station staff',
  },
  {
    username: 'kuangguan',
    password: 'Staff@2026',
    name: '王强',
    role: 'UNIT_STAFF',
    unitCode: 'KGK',
    isPrincipal: true,
    label: '矿产资源管理科负责人 / Section principal',
  },
  {
    username: 'leader',
    password: 'Leader@2026',
    name: '赵局长',
    role: 'LEADER',
    unitCode: 'XKK',
    isPrincipal: false,
    label: '局领导（只读） / Leadership (read-only)',
  },
  {
    username: 'analyst',
    password: 'Analyst@2026',
    name: '陈分析',
    role: 'ANALYST',
    unitCode: 'XKK',
    isPrincipal: false,
    label: '数据分析（只读 API） / Analyst (read-only API)',
  },
] as const;

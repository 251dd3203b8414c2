// The demo's year of work, as data: who works where, the annual plans of 2025 (a finished year) and 2026 (the
// current one), the tasks run from them in every state, and how each task's results went — on time, on the due
// day, late, missing or still counting down; violations and their follow-up; objections and corrections.
// workflow.ts plays it through the same domain functions the API uses. Dates are Beijing dates; the demo's
// "now" is DEMO_EPOCH (2026-11-02) and nothing here happens after it.

export type Outcome = 'NO_PROBLEM' | 'CORRECTED_ON_ORDER' | 'FOLLOW_UP_PENDING' | 'NO_RELEVANT_ACTIVITY' | 'UNREACHABLE' | 'SERIOUS_REFUSAL' | 'FALSIFICATION';
export type FollowUpAction = 'NONE' | 'REFER_CASE' | 'NOTIFY_DEPARTMENT';
export type FollowUpStatus = 'HANDED_OVER' | 'ACCEPTED' | 'CASE_FILED' | 'RECTIFIED' | 'SENT_TO_JUDICIAL' | 'CLOSED';
export type TaskStatus = 'DRAFT' | 'READY' | 'DRAWN' | 'DISPATCHED' | 'COMPLETED' | 'CANCELLED';

/** Users beside DEMO_ACCOUNTS: principals (负责人) who approve and sign, staff who enter. No password (cannot sign in). */
export const DEMO_STAFF: { username: string; name: string; unitCode: string; isPrincipal: boolean; phone: string }[] = [
  { username: 'gengbao', name: '刘建国', unitCode: 'GBK', isPrincipal: true, phone: '13905330101' },
  { username: 'gengbao2', name: '周敏', unitCode: 'GBK', isPrincipal: false, phone: '13905330102' },
  { username: 'kuangguan2', name: '陈磊', unitCode: 'KGK', isPrincipal: false, phone: '13905330202' },
  { username: 'dihuan', name: '孙海涛', unitCode: 'DHK', isPrincipal: true, phone: '13905330301' },
  { username: 'dihuan2', name: '吴静', unitCode: 'DHK', isPrincipal: false, phone: '13905330302' },
  { username: 'cehui', name: '郭志强', unitCode: 'CHK', isPrincipal: true, phone: '13905330401' },
  { username: 'cehui2', name: '马丽', unitCode: 'CHK', isPrincipal: false, phone: '13905330402' },
  { username: 'jianyong', name: '何建华', unitCode: 'YDK', isPrincipal: true, phone: '13905330501' },
  { username: 'jianyong2', name: '徐涛', unitCode: 'YDK', isPrincipal: false, phone: '13905330502' },
  { username: 'guihua', name: '高振宇', unitCode: 'GHK', isPrincipal: true, phone: '13905330601' },
  { username: 'guihua2', name: '罗艳', unitCode: 'GHK', isPrincipal: false, phone: '13905330602' },
  { username: 'wenshaosz', name: '林晓东', unitCode: 'GTS01', isPrincipal: true, phone: '13905331101' },
  { username: 'xindiansz', name: '许立新', unitCode: 'GTS03', isPrincipal: true, phone: '13905331301' },
  { username: 'xindian', name: '梁洁', unitCode: 'GTS03', isPrincipal: false, phone: '13905331302' },
  { username: 'huangchengsz', name: '谢振华', unitCode: 'GTS07', isPrincipal: true, phone: '13905331701' },
  { username: 'huangcheng', name: '唐芳', unitCode: 'GTS07', isPrincipal: false, phone: '13905331702' },
];

/** Principals of the land stations DEMO_STAFF has no one for: they file their station's plan (rule 6). No password. */
export const STATION_PRINCIPALS: typeof DEMO_STAFF = [
  { username: 'xuegongsz', name: '韩冬梅', unitCode: 'GTS02', isPrincipal: true, phone: '13905331201' },
  { username: 'jixiasz', name: '冯立军', unitCode: 'GTS04', isPrincipal: true, phone: '13905331401' },
  { username: 'qilingsz', name: '曹永刚', unitCode: 'GTS05', isPrincipal: true, phone: '13905331501' },
  { username: 'qidusz', name: '邓秀兰', unitCode: 'GTS06', isPrincipal: true, phone: '13905331601' },
  { username: 'jingzhongsz', name: '宋国庆', unitCode: 'GTS08', isPrincipal: true, phone: '13905331801' },
  { username: 'zhutaisz', name: '唐建平', unitCode: 'GTS09', isPrincipal: true, phone: '13905331901' },
  { username: 'fenghuangsz', name: '许文博', unitCode: 'GTS10', isPrincipal: true, phone: '13905332001' },
  { username: 'jinlingsz', name: '马海燕', unitCode: 'GTS11', isPrincipal: true, phone: '13905332101' },
  { username: 'jinshansz', name: '郑振宇', unitCode: 'GTS12', isPrincipal: true, phone: '13905332201' },
];

export const FILED_WITH = '淄博市自然资源和规划局';

export type LineSpec = {
  item: string;
  scope: string;
  from: string;
  to: string;
  estimated: number;
  ratio: number;
  shares?: [number, number, number];
  areaWeights?: Record<string, number>;
};

export type PlanSpec = {
  unit: string;
  year: number;
  title: string;
  by: string;
  created: string;
  filed?: string;
  lines: LineSpec[];
  /** Rule 7: a filed adjustment that changes lines (kept as a new version). */
  adjustment?: { on: string; reason: string; change: Record<string, Partial<LineSpec>> };
  /** Rule 10: a temporary check added to the filed plan. */
  temporary?: { on: string; reason: string; line: LineSpec };
};

const LAND_WEIGHTS = {
  闻韶街道: 1,
  雪宫街道: 1,
  辛店街道: 1.5,
  稷下街道: 1,
  齐陵街道: 1,
  齐都镇: 1.2,
  皇城镇: 1.2,
  敬仲镇: 1,
  朱台镇: 1,
  凤凰镇: 1,
  金岭回族镇: 1,
  金山镇: 1,
};

export const PLANS: PlanSpec[] = [
  // ——— 2025: every unit with a remit filed (a finished year) ———
  {
    unit: 'GBK',
    year: 2025,
    title: '耕地保护监督科2025年度“双随机、一公开”抽查工作计划',
    by: 'gengbao',
    created: '2025-02-10',
    filed: '2025-02-24',
    lines: [
      {
        item: 'LZZR-01',
        scope: '全区土地复垦义务人',
        from: '2025-03-01',
        to: '2025-11-30',
        estimated: 14,
        ratio: 0.05,
        shares: [0, 0.2, 0.8],
        areaWeights: LAND_WEIGHTS,
      },
      {
        item: 'LZZR-02',
        scope: '全区经批准的临时用地使用人',
        from: '2025-03-01',
        to: '2025-11-30',
        estimated: 17,
        ratio: 0.05,
        shares: [0, 0.2, 0.8],
        areaWeights: LAND_WEIGHTS,
      },
    ],
  },
  {
    unit: 'KGK',
    year: 2025,
    title: '矿产资源管理科2025年度“双随机、一公开”抽查工作计划',
    by: 'kuangguan',
    created: '2025-02-11',
    filed: '2025-02-25',
    lines: [
      {
        item: 'LZZR-03',
        scope: '全区持证采矿权人，重点为金岭、金山片区',
        from: '2025-03-01',
        to: '2025-10-31',
        estimated: 10,
        ratio: 0.3,
        shares: [0.2, 0.3, 0.5],
      },
      { item: 'LZZR-04', scope: '全区持证探矿权人', from: '2025-06-01', to: '2025-10-31', estimated: 2, ratio: 0.05 },
      { item: 'LZZR-11', scope: '全区持证探矿权人', from: '2025-06-01', to: '2025-10-31', estimated: 2, ratio: 0.03 },
    ],
  },
  {
    unit: 'DHK',
    year: 2025,
    title: '地质环境与地质灾害防治科2025年度“双随机、一公开”抽查工作计划',
    by: 'dihuan',
    created: '2025-02-12',
    filed: '2025-02-26',
    lines: [
      { item: 'LZZR-05', scope: '金岭回族镇生产矿山', from: '2025-04-01', to: '2025-09-30', estimated: 7, ratio: 0.2, shares: [0, 0.3, 0.7] },
      { item: 'LZZR-06', scope: '在我区承揽项目的地质灾害防治单位', from: '2025-05-01', to: '2025-10-31', estimated: 3, ratio: 0.05 },
    ],
  },
  {
    unit: 'CHK',
    year: 2025,
    title: '测绘地理信息科2025年度“双随机、一公开”抽查工作计划',
    by: 'cehui',
    created: '2025-02-12',
    filed: '2025-02-27',
    lines: [
      { item: 'LZZR-07', scope: '辖区测绘资质单位', from: '2025-08-01', to: '2025-12-15', estimated: 6, ratio: 0.05 },
      { item: 'LZZR-08', scope: '辖区地图编制及互联网地图服务单位', from: '2025-05-01', to: '2025-08-31', estimated: 2, ratio: 0.05 },
      { item: 'LZZR-12', scope: '辖区从事不动产测绘的资质单位', from: '2025-08-01', to: '2025-12-15', estimated: 5, ratio: 0.04 },
    ],
  },
  {
    unit: 'YDK',
    year: 2025,
    title: '建设用地管理科2025年度“双随机、一公开”抽查工作计划',
    by: 'jianyong',
    created: '2025-02-13',
    filed: '2025-02-27',
    lines: [
      {
        item: 'LZZR-09',
        scope: '辛店街道已供应国有建设用地',
        from: '2025-04-01',
        to: '2025-09-30',
        estimated: 12,
        ratio: 0.2,
        shares: [0, 0.2, 0.8],
        areaWeights: { 辛店街道: 1 },
      },
    ],
  },
  {
    unit: 'GHK',
    year: 2025,
    title: '国土空间规划科2025年度“双随机、一公开”抽查工作计划',
    by: 'guihua',
    created: '2025-02-14',
    filed: '2025-02-28',
    lines: [{ item: 'LZZR-10', scope: '取得建设工程规划许可证的在建及竣工项目', from: '2025-09-01', to: '2025-12-31', estimated: 9, ratio: 0.03 }],
  },

  // ——— 2026: four filed, one draft still missing an item; 矿产资源管理科 has not started its plan yet ———
  {
    unit: 'GBK',
    year: 2026,
    title: '耕地保护监督科2026年度“双随机、一公开”抽查工作计划',
    by: 'gengbao',
    created: '2026-02-09',
    filed: '2026-02-26',
    lines: [
      {
        item: 'LZZR-01',
        scope: '全区土地复垦义务人',
        from: '2026-04-01',
        to: '2026-08-31',
        estimated: 14,
        ratio: 0.05,
        shares: [0, 0.2, 0.8],
        areaWeights: LAND_WEIGHTS,
      },
      {
        item: 'LZZR-02',
        scope: '全区经批准的临时用地使用人',
        from: '2026-03-01',
        to: '2026-06-30',
        estimated: 18,
        ratio: 0.05,
        shares: [0, 0.2, 0.8],
        areaWeights: LAND_WEIGHTS,
      },
    ],
    adjustment: {
      on: '2026-05-20',
      reason: '根据市局关于统筹安排耕地保护领域检查的通知，土地复垦义务履行情况检查调整至第三、四季度，预估数量相应增加',
      change: { 'LZZR-01': { from: '2026-08-01', to: '2026-11-30', estimated: 15 } },
    },
    temporary: {
      on: '2026-07-10',
      reason: '按照《关于开展违法占用耕地专项整治的通知》（淄自然资字〔2026〕21号），对临时用地超期使用、未按期复垦问题开展临时抽查',
      line: { item: 'LZZR-02', scope: '全区临时用地使用人（专项整治）', from: '2026-07-15', to: '2026-12-15', estimated: 18, ratio: 0.05 },
    },
  },
  {
    unit: 'DHK',
    year: 2026,
    title: '地质环境与地质灾害防治科2026年度“双随机、一公开”抽查工作计划',
    by: 'dihuan',
    created: '2026-02-10',
    filed: '2026-03-04',
    lines: [
      { item: 'LZZR-05', scope: '全区生产矿山', from: '2026-09-01', to: '2026-12-25', estimated: 30, ratio: 0.2, shares: [0, 0.3, 0.7] },
      { item: 'LZZR-06', scope: '在我区承揽项目的地质灾害防治单位', from: '2026-04-01', to: '2026-06-30', estimated: 3, ratio: 0.05 },
    ],
  },
  {
    unit: 'YDK',
    year: 2026,
    title: '建设用地管理科2026年度“双随机、一公开”抽查工作计划',
    by: 'jianyong',
    created: '2026-02-11',
    filed: '2026-03-02',
    lines: [
      {
        item: 'LZZR-09',
        scope: '辛店街道、闻韶街道、皇城镇已供应国有建设用地',
        from: '2026-04-01',
        to: '2026-12-25',
        estimated: 40,
        ratio: 0.2,
        shares: [0, 0.2, 0.8],
        areaWeights: { 辛店街道: 1.5, 闻韶街道: 1, 皇城镇: 1 },
      },
    ],
  },
  {
    unit: 'GHK',
    year: 2026,
    title: '国土空间规划科2026年度“双随机、一公开”抽查工作计划',
    by: 'guihua',
    created: '2026-02-12',
    filed: '2026-03-06',
    lines: [{ item: 'LZZR-10', scope: '取得建设工程规划许可证的在建及竣工项目', from: '2026-06-01', to: '2026-12-25', estimated: 14, ratio: 0.03 }],
  },
  {
    unit: 'CHK',
    year: 2026,
    title: '测绘地理信息科2026年度“双随机、一公开”抽查工作计划（草稿）',
    by: 'cehui',
    created: '2026-03-12',
    lines: [
      { item: 'LZZR-07', scope: '辖区测绘资质单位', from: '2026-09-01', to: '2026-12-15', estimated: 6, ratio: 0.05 },
      { item: 'LZZR-08', scope: '辖区地图编制及互联网地图服务单位', from: '2026-09-01', to: '2026-12-15', estimated: 2, ratio: 0.05 },
    ],
  },
];

/** The land items every station has in its remit (demo.ts remitUnitCodes), with the ratio it plans. */
const STATION_LINES: { item: string; object: string; ratio: number }[] = [
  { item: 'LZZR-01', object: '土地复垦义务人', ratio: 0.05 },
  { item: 'LZZR-02', object: '经批准的临时用地使用人', ratio: 0.05 },
  { item: 'LZZR-09', object: '已供应国有建设用地', ratio: 0.2 },
];

/**
 * Rule 6: every land station plans the land items of its remit for its own street or town — 2025 filed by all;
 * 2026 filed by all but 闻韶国土资源所, which has not started (its staff member `wenshao` plans it in the demo).
 * `estimate` gives a line's estimated count from the station's directory.
 */
export function stationPlans(
  stations: readonly { code: string; name: string; area: string }[],
  estimate: (item: string, area: string, ratio: number) => number,
): PlanSpec[] {
  const plans: PlanSpec[] = [];
  for (const year of [2025, 2026]) {
    for (const [i, st] of stations.entries()) {
      if (year === 2026 && st.code === 'GTS01') continue;
      const principal = [...DEMO_STAFF, ...STATION_PRINCIPALS].find((u) => u.unitCode === st.code && u.isPrincipal)!;
      // Working days after the Spring Festival: created on a Monday to Friday, filed two weeks later.
      const d = (base: string, days: number) => `${base.slice(0, 8)}${String(Number(base.slice(8)) + days).padStart(2, '0')}`;
      const created = d(year === 2025 ? '2025-02-17' : '2026-03-02', i % 5);
      const filed = d(year === 2025 ? '2025-03-03' : '2026-03-16', i % 5);
      plans.push({
        unit: st.code,
        year,
        title: `${st.name}${year}年度“双随机、一公开”抽查工作计划`,
        by: principal.username,
        created,
        filed,
        lines: STATION_LINES.map((l) => ({
          item: l.item,
          scope: `${st.area}${l.object}`,
          from: `${year}-03-01`,
          to: `${year}-12-15`,
          estimated: estimate(l.item, st.area, l.ratio),
          ratio: l.ratio,
          areaWeights: { [st.area]: 1 },
        })),
      });
    }
  }
  return plans;
}

/** A task a land station set up from its own filed plan (rule 11), its draw announced. Played after TASKS. */
export const STATION_TASKS: TaskSpec[] = [
  {
    key: '26-xd-ls',
    year: 2026,
    owner: 'GTS03',
    name: '2026年辛店街道临时用地使用及恢复情况抽查',
    items: ['LZZR-02'],
    by: 'xindian',
    classes: [{ key: 'xd', label: '辛店街道临时用地使用人', library: 'LIB-LS', area: '辛店街道', ratio: 0.05 }],
    window: ['2026-11-16', '2026-12-11'],
    status: 'READY',
    created: '2026-10-30',
    drawOn: '2026-10-30',
  },
];

// ——— results ———

/** How one target's result went. st: 未录入 NE, 待审核 PR, 退回 RT, 通过 AP, 已公示 PB. */
export type ResultSpec = {
  st: 'NE' | 'PR' | 'RT' | 'AP' | 'PB';
  /** For PB: published well before the due day, exactly on it, or after it. */
  t?: 'early' | 'due' | 'late';
  o?: Outcome;
  fa?: FollowUpAction;
  fu?: FollowUpStatus;
  /** Rule 23: closed as unreachable, closed as deregistered, or transferred to the unit of its new location. */
  close?: 'UNREACHABLE' | 'DEREGISTERED' | 'TRANSFERRED';
  evidence?: ('png' | 'pdf')[];
  /** What was found on the first check item when a problem was found (default: a typical problem of the item). */
  finding?: string;
  /** A name objections and corrections refer to. */
  tag?: string;
};

const P: ResultSpec = { st: 'PB', t: 'early' };
const onDue: ResultSpec = { st: 'PB', t: 'due' };
const late: ResultSpec = { st: 'PB', t: 'late' };
const v = (o: Outcome, fa: FollowUpAction, fu: FollowUpStatus, more: Partial<ResultSpec> = {}): ResultSpec => ({ st: 'PB', t: 'early', o, fa, fu, ...more });

export type ClassSpec = {
  key: string;
  label: string;
  library?: string;
  objectType?: string;
  scale?: string;
  industry?: string;
  area?: string;
  ratio?: number;
  count?: number;
  items?: string[];
};

export type TaskSpec = {
  key: string;
  year: number;
  owner: string;
  exec?: string;
  name: string;
  items: string[];
  classes: ClassSpec[];
  window: [string, string];
  status: TaskStatus;
  created: string;
  by: string;
  /** The day the draw was announced (READY), drawn and — from DISPATCHED on — locked. */
  drawOn?: string;
  redraw?: { reason: string; againOn: string };
  completedOn?: string;
  teamSize?: number;
  isPublic?: boolean;
  campaignBasis?: string;
  temporary?: boolean;
  /** Rule 26: a task not published names its legal ground and basis. */
  withheld?: { category: 'STATE_SECRET' | 'COMMERCIAL_SECRET' | 'PERSONAL_PRIVACY' | 'PUBLIC_SECURITY' | 'OTHER_LAW'; basis: string };
  /** Who entered and who approved results (default: the executing unit's staff and principal). */
  results?: { specs: ResultSpec[]; rest: ResultSpec };
  /** Rule 16: one team member replaced after matching. */
  replacement?: { reason: 'POST_CHANGE' | 'WORK_CONFLICT' | 'HEALTH'; note: string; approver: string };
  cancel?: { on: string; reason: string };
  witness?: string;
  /** The executing unit has not yet confirmed the teams (confirmTeams). */
  teamsUnconfirmed?: boolean;
};

export const TASKS: TaskSpec[] = [
  // ——— 2025 ———
  {
    key: '25-ck',
    year: 2025,
    owner: 'KGK',
    name: '2025年采矿权人履行法定义务情况抽查（金岭、金山片区）',
    items: ['LZZR-03'],
    by: 'kuangguan',
    classes: [
      { key: 'jl', label: '金岭回族镇采矿权人', library: 'LIB-CK', area: '金岭回族镇', ratio: 0.3 },
      { key: 'js', label: '金山镇采矿权人', library: 'LIB-CK', area: '金山镇', ratio: 0.3 },
    ],
    window: ['2025-04-01', '2025-06-30'],
    status: 'COMPLETED',
    created: '2025-03-17',
    drawOn: '2025-03-25',
    completedOn: '2025-06-26',
    results: {
      specs: [
        v('FOLLOW_UP_PENDING', 'REFER_CASE', 'CLOSED', { evidence: ['pdf'] }),
        onDue,
        { st: 'PB', t: 'early', o: 'CORRECTED_ON_ORDER', finding: '年度勘查开采信息未按时公示。', tag: 'kgk-correction' },
      ],
      rest: P,
    },
  },
  {
    key: '25-dh',
    year: 2025,
    owner: 'DHK',
    name: '2025年矿山地质环境保护与土地复垦方案执行情况抽查（金岭回族镇）',
    items: ['LZZR-05'],
    by: 'dihuan',
    classes: [{ key: 'jl', label: '金岭回族镇生产矿山', library: 'LIB-CK', area: '金岭回族镇', ratio: 0.5 }],
    window: ['2025-05-06', '2025-07-31'],
    status: 'COMPLETED',
    created: '2025-04-21',
    drawOn: '2025-04-28',
    completedOn: '2025-07-25',
    results: { specs: [v('FALSIFICATION', 'REFER_CASE', 'CLOSED'), late], rest: P },
  },
  {
    key: '25-ls',
    year: 2025,
    owner: 'GBK',
    name: '2025年临时用地使用及恢复情况抽查',
    items: ['LZZR-02'],
    by: 'gengbao2',
    classes: [{ key: 'ls', label: '临时用地使用人', library: 'LIB-LS', ratio: 0.05 }],
    window: ['2025-04-14', '2025-07-15'],
    status: 'COMPLETED',
    created: '2025-04-01',
    drawOn: '2025-04-09',
    completedOn: '2025-07-11',
    results: {
      specs: [
        { st: 'PB', t: 'early', close: 'UNREACHABLE' },
        v('FOLLOW_UP_PENDING', 'REFER_CASE', 'SENT_TO_JUDICIAL'),
        late,
        late,
        { st: 'PB', t: 'early', o: 'CORRECTED_ON_ORDER', finding: '临时用地期满后未按要求恢复种植条件。', tag: 'objection-fed-back' },
      ],
      rest: P,
    },
  },
  {
    key: '25-js',
    year: 2025,
    owner: 'YDK',
    exec: 'GTS03',
    name: '2025年建设用地批后监管抽查（辛店街道）',
    items: ['LZZR-09'],
    by: 'jianyong',
    classes: [{ key: 'xd', label: '辛店街道建设用地使用权人', library: 'LIB-JS', area: '辛店街道', ratio: 0.2 }],
    window: ['2025-05-12', '2025-07-31'],
    status: 'COMPLETED',
    created: '2025-04-29',
    drawOn: '2025-05-07',
    completedOn: '2025-07-30',
    results: {
      specs: [v('FOLLOW_UP_PENDING', 'NOTIFY_DEPARTMENT', 'CLOSED'), { st: 'PB', t: 'early', close: 'DEREGISTERED' }, late, late, { st: 'AP' }],
      rest: P,
    },
  },
  {
    key: '25-dt',
    year: 2025,
    owner: 'CHK',
    name: '2025年地图编制和互联网地图服务抽查',
    items: ['LZZR-08'],
    by: 'cehui',
    classes: [{ key: 'dt', label: '地图编制单位', library: 'LIB-DT', ratio: 0.05 }],
    window: ['2025-06-03', '2025-07-31'],
    status: 'COMPLETED',
    created: '2025-05-20',
    drawOn: '2025-05-29',
    completedOn: '2025-07-18',
    results: { specs: [], rest: P },
  },
  {
    key: '25-dz',
    year: 2025,
    owner: 'DHK',
    name: '2025年地质灾害防治单位资质及执业情况抽查',
    items: ['LZZR-06'],
    by: 'dihuan2',
    classes: [{ key: 'dz', label: '地质灾害防治单位', library: 'LIB-DZ', ratio: 0.05 }],
    window: ['2025-07-01', '2025-08-29'],
    status: 'COMPLETED',
    created: '2025-06-16',
    drawOn: '2025-06-25',
    completedOn: '2025-08-22',
    results: { specs: [late], rest: P },
  },
  {
    key: '25-tk',
    year: 2025,
    owner: 'KGK',
    name: '2025年探矿权人履行法定义务及地质资料汇交情况抽查',
    items: ['LZZR-04', 'LZZR-11'],
    by: 'kuangguan2',
    classes: [{ key: 'tk', label: '探矿权人', library: 'LIB-TK', ratio: 0.05 }],
    window: ['2025-08-04', '2025-09-30'],
    status: 'COMPLETED',
    created: '2025-07-21',
    drawOn: '2025-07-29',
    completedOn: '2025-09-26',
    results: { specs: [v('FOLLOW_UP_PENDING', 'NOTIFY_DEPARTMENT', 'CLOSED')], rest: P },
  },
  {
    key: '25-fk',
    year: 2025,
    owner: 'GBK',
    name: '2025年土地复垦义务履行情况抽查',
    items: ['LZZR-01'],
    by: 'gengbao2',
    classes: [{ key: 'fk', label: '土地复垦义务人', library: 'LIB-FK', ratio: 0.05 }],
    window: ['2025-09-01', '2025-11-28'],
    status: 'COMPLETED',
    created: '2025-08-18',
    drawOn: '2025-08-27',
    completedOn: '2025-11-21',
    results: { specs: [v('SERIOUS_REFUSAL', 'REFER_CASE', 'CLOSED'), onDue, { st: 'NE' }, late], rest: P },
  },
  {
    key: '25-ch',
    year: 2025,
    owner: 'CHK',
    name: '2025年测绘资质单位资质条件及不动产测绘成果质量抽查',
    items: ['LZZR-07', 'LZZR-12'],
    by: 'cehui2',
    classes: [{ key: 'ch', label: '测绘资质单位', library: 'LIB-CH', ratio: 0.05 }],
    window: ['2025-09-15', '2025-11-28'],
    status: 'COMPLETED',
    created: '2025-09-01',
    drawOn: '2025-09-10',
    completedOn: '2025-11-27',
    results: { specs: [late, late], rest: P },
  },
  {
    key: '25-gh',
    year: 2025,
    owner: 'GHK',
    name: '2025年建设工程规划许可批后执行情况抽查',
    items: ['LZZR-10'],
    by: 'guihua',
    classes: [{ key: 'gh', label: '建设单位', library: 'LIB-GH', ratio: 0.03 }],
    window: ['2025-10-09', '2025-12-19'],
    status: 'COMPLETED',
    created: '2025-09-22',
    drawOn: '2025-09-29',
    completedOn: '2025-12-18',
    results: { specs: [late, late, late, v('FOLLOW_UP_PENDING', 'REFER_CASE', 'CASE_FILED')], rest: P },
  },

  // ——— 2026 ———
  {
    key: '26-ls',
    year: 2026,
    owner: 'GBK',
    name: '2026年临时用地使用及恢复情况抽查',
    items: ['LZZR-02'],
    by: 'gengbao2',
    classes: [{ key: 'ls', label: '临时用地使用人', library: 'LIB-LS', ratio: 0.05 }],
    window: ['2026-03-16', '2026-05-29'],
    status: 'COMPLETED',
    created: '2026-03-03',
    drawOn: '2026-03-10',
    completedOn: '2026-05-28',
    replacement: { reason: 'HEALTH', note: '因病住院，无法参加现场检查，经科室负责人批准更换', approver: 'gengbao' },
    results: {
      specs: [
        v('FOLLOW_UP_PENDING', 'REFER_CASE', 'CLOSED', { evidence: ['png', 'pdf'] }),
        v('CORRECTED_ON_ORDER', 'NOTIFY_DEPARTMENT', 'RECTIFIED'),
        onDue,
        late,
        late,
        { st: 'PB', t: 'early', o: 'CORRECTED_ON_ORDER', finding: '现场实际使用范围超出批准范围约 200 平方米。', tag: 'objection-corrected' },
        { st: 'PB', t: 'early', o: 'NO_PROBLEM', tag: 'objection-overdue' },
        { st: 'PB', t: 'early', close: 'UNREACHABLE' },
      ],
      rest: P,
    },
  },
  {
    key: '26-dz',
    year: 2026,
    owner: 'DHK',
    name: '2026年地质灾害防治单位资质及执业情况抽查',
    items: ['LZZR-06'],
    by: 'dihuan2',
    classes: [{ key: 'dz', label: '地质灾害防治单位', library: 'LIB-DZ', ratio: 0.05 }],
    window: ['2026-04-13', '2026-06-12'],
    status: 'COMPLETED',
    created: '2026-03-30',
    drawOn: '2026-04-08',
    completedOn: '2026-06-11',
    results: { specs: [{ st: 'PB', t: 'early', tag: 'correction-refused' }, late], rest: P },
  },
  {
    key: '26-xd',
    year: 2026,
    owner: 'YDK',
    exec: 'GTS03',
    name: '2026年建设用地批后监管抽查（辛店街道）',
    items: ['LZZR-09'],
    by: 'jianyong2',
    classes: [{ key: 'xd', label: '辛店街道建设用地使用权人', library: 'LIB-JS', area: '辛店街道', ratio: 0.2 }],
    window: ['2026-05-11', '2026-07-31'],
    status: 'COMPLETED',
    created: '2026-04-27',
    drawOn: '2026-05-06',
    completedOn: '2026-07-30',
    results: {
      specs: [
        v('FOLLOW_UP_PENDING', 'NOTIFY_DEPARTMENT', 'RECTIFIED'),
        { st: 'NE', close: 'TRANSFERRED' },
        { st: 'NE' },
        { st: 'AP' },
        late,
        onDue,
        { st: 'PB', t: 'early', o: 'CORRECTED_ON_ORDER', finding: '未按出让合同约定日期竣工。', tag: 'objection-decided' },
        { st: 'PB', t: 'early', tag: 'correction-awaiting' },
      ],
      rest: P,
    },
  },
  {
    key: '26-gh',
    year: 2026,
    owner: 'GHK',
    name: '2026年建设工程规划许可批后执行情况抽查',
    items: ['LZZR-10'],
    by: 'guihua2',
    classes: [{ key: 'gh', label: '建设单位', library: 'LIB-GH', ratio: 0.03 }],
    window: ['2026-06-15', '2026-09-30'],
    status: 'COMPLETED',
    created: '2026-06-01',
    drawOn: '2026-06-10',
    completedOn: '2026-09-30',
    results: {
      specs: [
        P,
        { st: 'PB', t: 'early', o: 'CORRECTED_ON_ORDER', finding: '竣工后未按规定申请规划条件核实。', tag: 'objection-received' },
        { st: 'AP', o: 'FOLLOW_UP_PENDING', fa: 'REFER_CASE', fu: 'ACCEPTED', evidence: ['png'] },
        { st: 'PR' },
        { st: 'PR' },
        { st: 'RT' },
        { st: 'AP' },
      ],
      rest: { st: 'NE' },
    },
  },
  {
    key: '26-tmp',
    year: 2026,
    owner: 'GBK',
    name: '违法占用耕地专项整治临时用地临时抽查',
    items: ['LZZR-02'],
    by: 'gengbao',
    temporary: true,
    campaignBasis: '淄自然资字〔2026〕21号《关于开展违法占用耕地专项整治的通知》',
    classes: [{ key: 'ls', label: '临时用地使用人', library: 'LIB-LS', ratio: 0.05 }],
    window: ['2026-07-20', '2026-12-15'],
    status: 'DISPATCHED',
    created: '2026-07-13',
    drawOn: '2026-07-16',
    results: {
      specs: [
        { st: 'AP', o: 'SERIOUS_REFUSAL', fa: 'REFER_CASE', fu: 'HANDED_OVER' },
        { st: 'AP' },
        { st: 'AP' },
        { st: 'PR' },
        { st: 'PR' },
        { st: 'PR' },
        { st: 'RT' },
        { st: 'PB', t: 'early' },
      ],
      rest: { st: 'NE' },
    },
  },
  {
    key: '26-fk',
    year: 2026,
    owner: 'GBK',
    name: '2026年土地复垦义务履行情况抽查',
    items: ['LZZR-01'],
    by: 'gengbao2',
    classes: [{ key: 'fk', label: '土地复垦义务人', library: 'LIB-FK', ratio: 0.05 }],
    window: ['2026-09-01', '2026-10-30'],
    status: 'COMPLETED',
    created: '2026-08-17',
    drawOn: '2026-08-26',
    completedOn: '2026-10-23',
    results: {
      specs: [
        P,
        P,
        { st: 'AP' },
        { st: 'AP', o: 'FOLLOW_UP_PENDING', fa: 'NOTIFY_DEPARTMENT', fu: 'HANDED_OVER' },
        { st: 'PR' },
        { st: 'PR' },
        { st: 'RT' },
        { st: 'PR', close: 'DEREGISTERED' },
      ],
      rest: { st: 'NE' },
    },
  },
  {
    key: '26-ws',
    year: 2026,
    owner: 'YDK',
    exec: 'GTS01',
    name: '2026年建设用地批后监管抽查（闻韶街道）',
    items: ['LZZR-09'],
    by: 'jianyong2',
    classes: [{ key: 'ws', label: '闻韶街道建设用地使用权人', library: 'LIB-JS', area: '闻韶街道', ratio: 0.25 }],
    window: ['2026-09-21', '2026-11-30'],
    status: 'DISPATCHED',
    created: '2026-09-07',
    drawOn: '2026-09-14',
    redraw: { reason: '见证人现场记录的随机数与录入系统的不一致，经科室负责人同意重新摇号', againOn: '2026-09-16' },
    results: { specs: [{ st: 'PR', evidence: ['png'] }, { st: 'PR' }, { st: 'RT' }, { st: 'AP' }], rest: { st: 'NE' } },
  },
  {
    key: '26-gh-s',
    year: 2026,
    owner: 'GHK',
    name: '重点建设项目规划许可批后执行情况检查（涉密项目）',
    items: ['LZZR-10'],
    by: 'guihua',
    isPublic: false,
    withheld: { category: 'STATE_SECRET', basis: '《中华人民共和国保守国家秘密法》第十三条；《中华人民共和国政府信息公开条例》第十四条（项目规划资料定密）' },
    classes: [{ key: 'gh', label: '公共设施建设单位', library: 'LIB-GH', industry: '公共设施', count: 3 }],
    window: ['2026-10-12', '2026-12-18'],
    status: 'DISPATCHED',
    created: '2026-09-28',
    drawOn: '2026-10-09',
    teamsUnconfirmed: true,
  },
  {
    key: '26-cancel',
    year: 2026,
    owner: 'YDK',
    name: '2026年建设用地批后监管抽查（敬仲镇）',
    items: ['LZZR-09'],
    by: 'jianyong2',
    classes: [{ key: 'jz', label: '敬仲镇建设用地使用权人', library: 'LIB-JS', area: '敬仲镇', ratio: 0.2 }],
    window: ['2026-09-01', '2026-10-30'],
    status: 'CANCELLED',
    created: '2026-08-10',
    cancel: { on: '2026-08-14', reason: '敬仲镇片区已纳入省厅卫片执法专项核查，为避免重复检查、减轻企业负担，取消本任务' },
  },
  {
    key: '26-ck',
    year: 2026,
    owner: 'DHK',
    name: '2026年矿山地质环境保护与土地复垦方案执行情况抽查',
    items: ['LZZR-05'],
    by: 'dihuan',
    classes: [{ key: 'ck', label: '生产矿山', library: 'LIB-CK', ratio: 0.2 }],
    window: ['2026-11-09', '2026-12-25'],
    status: 'READY',
    created: '2026-10-20',
    drawOn: '2026-10-28',
  },
  {
    key: '26-gh-q4',
    year: 2026,
    owner: 'GHK',
    name: '2026年第四季度建设工程规划许可批后抽查',
    items: ['LZZR-10'],
    by: 'guihua2',
    classes: [{ key: 'gh', label: '建设单位', library: 'LIB-GH', ratio: 0.02 }],
    window: ['2026-11-16', '2026-12-25'],
    status: 'DRAFT',
    created: '2026-10-29',
  },
  {
    key: '26-hc',
    year: 2026,
    owner: 'YDK',
    exec: 'GTS07',
    name: '2026年建设用地批后监管抽查（皇城镇）',
    items: ['LZZR-09'],
    by: 'jianyong',
    classes: [{ key: 'hc', label: '皇城镇建设用地使用权人', library: 'LIB-JS', area: '皇城镇', ratio: 0.2 }],
    window: ['2026-11-09', '2026-12-25'],
    status: 'DRAWN',
    created: '2026-10-22',
    drawOn: '2026-10-30',
  },
];

/** Objections (rule 22) against published results, by the tag of the result. */
export type ReviewSpec = {
  tag: string;
  received: string;
  content: string;
  decided?: { on: string; decision: 'UPHELD' | 'CORRECTED'; note: string };
  fedBack?: { on: string; note: string };
};

export const REVIEWS: ReviewSpec[] = [
  {
    tag: 'objection-overdue',
    received: '2026-09-15',
    content: '我单位临时用地已于检查前办理延期批准手续，检查结果公示“未发现问题”但未载明延期批准情况，申请复查并补充公示。',
  },
  {
    tag: 'objection-received',
    received: '2026-10-27',
    content: '项目已于检查前提交规划条件核实申请，公示结果认定未申请核实与事实不符，申请复查。',
  },
  {
    tag: 'objection-decided',
    received: '2026-09-08',
    content: '我单位项目已于合同约定日期前竣工，公示结果认定未按期竣工与事实不符，申请复查。',
    decided: {
      on: '2026-10-20',
      decision: 'UPHELD',
      note: '经调阅竣工验收备案资料和现场核查记录，项目实际竣工日期晚于合同约定，原检查结果认定事实清楚，维持原检查结果。',
    },
  },
  {
    tag: 'objection-fed-back',
    received: '2025-08-18',
    content: '我单位临时用地已按复垦方案恢复种植条件，对公示的检查结果有异议，申请复查。',
    decided: { on: '2025-09-05', decision: 'UPHELD', note: '经复查，检查时该地块尚未完成复垦，整改系检查后责令完成，原检查结果准确，维持原检查结果。' },
    fedBack: { on: '2025-09-12', note: '已书面告知申请人复查结果，申请人签收。' },
  },
  {
    tag: 'objection-corrected',
    received: '2026-07-06',
    content: '检查时指出的临时用地超范围使用问题，系测量放线误差，实际使用范围未超出批准范围，申请复查。',
    decided: { on: '2026-07-24', decision: 'CORRECTED', note: '经复测，实际使用范围未超出批准范围，原检查结果认定有误，予以更正。' },
    fedBack: { on: '2026-07-30', note: '已电话告知申请人复查及更正结果，并邮寄书面复查决定。' },
  },
];

/** Corrections (rule 21) of published results; signed by the executing unit's principal, awaiting, or refused. */
export type CorrectionSpec = {
  tag: string;
  proposed: string;
  reason: string;
  changes: 'toNoProblem' | 'remarks';
  remarks: string;
  signed?: string;
  refused?: { on: string; reason: string };
  review?: boolean;
};

export const CORRECTIONS: CorrectionSpec[] = [
  {
    tag: 'objection-corrected',
    proposed: '2026-07-24',
    review: true,
    signed: '2026-07-27',
    changes: 'toNoProblem',
    reason: '经复查，原检查结果中“超范围使用”的认定系测量误差所致，更正为未发现问题。',
    remarks: '复查复测确认实际使用范围未超出批准范围。',
  },
  {
    tag: 'kgk-correction',
    proposed: '2025-08-04',
    signed: '2025-08-06',
    changes: 'remarks',
    reason: '公示结果备注中责令改正的期限录入错误。',
    remarks: '已当场责令于 2025 年 5 月 30 日前补报年度信息，复查已改正。',
  },
  {
    tag: 'correction-awaiting',
    proposed: '2026-10-29',
    changes: 'remarks',
    reason: '公示结果备注中的宗地位置表述不准确。',
    remarks: '宗地位于辛店街道齐兴路北侧，检查时项目已竣工投产。',
  },
  {
    tag: 'correction-refused',
    proposed: '2026-07-10',
    changes: 'remarks',
    refused: { on: '2026-07-13', reason: '更正内容与现场检查记录不符，请核实后重新提出。' },
    reason: '补充说明检查时企业技术负责人不在场。',
    remarks: '检查时企业技术负责人出差，由项目负责人陪同检查。',
  },
];

export const WITNESSES = ['王立新（区纪委监委派驻纪检监察组）', '李秀英（区人大代表）', '赵德胜（社会监督员）', '孙晓红（区司法局）', '韩庆国（区政协委员）'];

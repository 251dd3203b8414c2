// The printable documents, laid out from what data.ts loaded: words for codes come from packages/domain's labels
// (the same the admin and the public pages show), a corrected result from the domain's correctedResult (rule 21).
import QRCode from 'qrcode';
import {
  BUSINESS_SCALE,
  CHECK_CATEGORY,
  CHECK_METHOD,
  CREDIT_STATUS,
  DRAW_STATUS,
  FOLLOW_UP_ACTION,
  FOLLOW_UP_STATUS,
  labelOf,
  POINT_VERDICT,
  PRE_CHECK_SOURCE,
  REPRESENTATIVE_SIGNATURE,
  type LabelledEnum,
  PLAN_STATUS,
  REGISTRATION_STATUS,
  RESULT_OUTCOME,
  RESULT_STATUS,
  REVIEW_DECISION,
  REVIEW_STATUS,
  RISK_LEVEL,
  TASK_TARGET_STATUS,
  TEAM_ROLE,
  correctedResult,
} from '@ssj/domain';
import { chinaDay } from '../clock.ts';
import type { DossierData, FormPoint, PlanData, PublishedResultRow, TaskData, VisitData } from './data.ts';
import { PdfWriter } from './pdf.ts';
import { fromDateColumn } from '../dateColumn.ts';

// ——— words and dates ———————————————————————————————————————————————————————————————————

const label = <V extends string>(e: LabelledEnum<V>, v: string | null | undefined) => (v ? labelOf(e, v) : '');
/** A calendar-day column (@db.Date) as 2026年11月02日. */
export const cnDay = (d: Date | null | undefined) => (d ? isoCn(fromDateColumn(d)) : '');
/** An instant, as the Beijing day. */
export const cnDate = (d: Date | null | undefined) => (d ? isoCn(chinaDay(d)) : '');
/** An instant as Beijing date and time: 2025年03月25日 09:30:00（北京时间）. */
export const cnTime = (d: Date) => `${cnDate(d)} ${TIME.format(d)}（北京时间）`;
const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
const isoCn = (iso: string) => `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const percent = (d: { toString(): string }) => `${(Number(d.toString()) * 100).toFixed(2).replace(/\.?0+$/, '')}%`;

type Finding = { checkItemId: string; compliant: boolean | null; finding: string | null };
const findingsOf = (f: unknown): Finding[] => (Array.isArray(f) ? (f as Finding[]) : []);
const compliance = (c: boolean | null | undefined) => (c === true ? '符合' : c === false ? '不符合' : '未填');

type PointFinding = { pointKey: string; verdict: string; note?: string | null };
const pointFindingsOf = (f: unknown): PointFinding[] => (Array.isArray(f) ? (f as PointFinding[]) : []);
type Certificate = { name: string; certificateNumber: string };
const certificatesOf = (c: unknown): Certificate[] => (Array.isArray(c) ? (c as Certificate[]) : []);
type Sample = { what: string; quantity: number; keptAt: string };
const samplesOf = (s: unknown): Sample[] => (Array.isArray(s) ? (s as Sample[]) : []);

type Member = NonNullable<VisitData['visit']>['teams'][number]['members'][number];
const memberName = (m: Member) => m.inspector?.name ?? m.expert?.name ?? '';

// ——— 检查告知书 (rule 19, G26.2) ————————————————————————————————————————————————————————————

/** The inspection notice handed over on site: who comes, when, for which items and on what legal basis. */
export async function inspectionNotice(v: VisitData, now: Date): Promise<Buffer> {
  const unit = v.task.executingUnit.name;
  const w = new PdfWriter({ title: '检查告知书', author: unit, createdAt: now, footer: v.target.name });
  const from = v.visit?.windowFrom ?? v.task.windowFrom;
  const to = v.visit?.windowTo ?? v.task.windowTo;
  w.title('检查告知书', `任务编号：${v.tasks.map((t) => t.task.code).join('、')}`);
  w.para(`${v.target.name}：`, { bold: true });
  w.para(
    `根据“双随机、一公开”监管工作要求，你单位经随机抽取列为本次抽查的检查对象。本单位定于${cnDay(from)}至${cnDay(to)}期间，` +
      `派检查人员依法对你单位开展下列事项的检查${v.tasks.length > 1 ? '（多项抽查任务合并为一次检查，“进一次门、查多项事”）' : ''}。`,
    { indent: true },
  );
  w.fields([
    ['检查对象', v.target.name],
    ['统一社会信用代码', v.target.creditCode],
    ['地址', v.target.address],
    ['法定代表人', v.target.legalRepresentative],
  ]);
  w.heading('检查事项及依据');
  const items = v.tasks.flatMap((t) => t.task.checkItems.map((c) => [t.task.code, `${c.checkItem.name}（${c.checkItem.code}）`, c.checkItem.legalBasis]));
  w.table(
    [
      { header: '任务编号', width: 1.2 },
      { header: '抽查事项', width: 2.2 },
      { header: '检查依据', width: 3 },
    ],
    items,
  );
  w.heading('检查人员');
  const members = v.visit?.teams[0]?.members ?? [];
  w.table(
    [
      { header: '姓名', width: 1 },
      { header: '组内职责', width: 1 },
      { header: '执法证号', width: 1.6 },
      { header: '所在单位', width: 2 },
    ],
    members.map((m) => [
      memberName(m),
      label(TEAM_ROLE, m.role),
      m.inspector?.certificateNumber ?? (m.expert ? '（专家）' : ''),
      m.inspector?.unit.name ?? m.expert?.organization ?? '',
    ]),
    { empty: '检查组尚未确定。' },
  );
  w.heading('告知事项');
  const notices = [
    '检查人员不少于两人，检查时应当出示执法证件；请核对检查人员身份。',
    '请你单位配合检查，如实提供有关材料和情况，并指派熟悉情况的人员到场；检查过程将全程记录。',
    '检查人员与你单位有直接利害关系的，你单位有权申请其回避。',
    '检查结果将在检查完成后二十个工作日内通过公示系统向社会公示；对公示的检查结果有异议的，可以提出复查申请。',
    '无正当理由拒绝、阻碍检查的，将依法处理并记入信用记录。',
  ].map((t, i) => `${i + 1}. ${t}`);
  for (const t of notices.slice(0, -1)) w.para(t);
  w.closing(notices.at(-1)!, unit, cnDate(now), [{ caption: '送达人' }, { caption: '受送达人（签收）' }]);
  return w.finish();
}

// ——— 现场检查记录表 (rules 18, 19, G23, G26) —————————————————————————————————————————————————————

export type RecordMode = 'blank' | 'filled';
type RecordSection = (w: PdfWriter, v: VisitData, mode: RecordMode) => void;

/**
 * The on-site record, section by section. A new part of the procedure recorded as data (pre-check, certificates
 * shown, notice served, the representative's signature or refusal, samples …) becomes one more section here: a
 * function that prints its fields filled, or blank lines to fill in by hand.
 */
export const RECORD_SECTIONS: readonly RecordSection[] = [
  function header(w, v, mode) {
    const r = mode === 'filled' ? v.result : null;
    w.fields([
      ['检查对象', v.target.name],
      ['统一社会信用代码', v.target.creditCode],
      ['地址', v.target.address],
      ['法定代表人', v.target.legalRepresentative],
      // Blank, for the whole visit (rule 14: one visit for merged tasks); filled, this task's result.
      ['任务编号', mode === 'blank' ? v.tasks.map((t) => t.task.code).join('、') : v.task.code],
      ['检查单位', v.task.executingUnit.name],
      ['检查方式', r ? label(CHECK_METHOD, r.method) : ''],
      ['检查日期', r ? cnDay(r.inspectedOn) : '      年    月    日'],
    ]);
  },
  function checkPoints(w, v, mode) {
    const findings = new Map(findingsOf(mode === 'filled' ? v.result?.findings : null).map((f) => [f.checkItemId, f]));
    const own = new Set(v.task.checkItems.map((c) => c.checkItem.id));
    const tasks = mode === 'blank' ? v.tasks : [v];
    const items = tasks.flatMap((t) => t.task.checkItems.map((c) => ({ task: t, item: c.checkItem })));
    for (const { task, item } of items) {
      const form = v.forms.get(item.id);
      w.heading(`抽查事项：${item.name}（${item.code}）${tasks.length > 1 ? ` · 任务 ${task.task.code}` : ''}`);
      if (form) w.para(`检查表单：${form.name}（${form.code}，第 ${form.version} 版）`, { muted: true, size: 9.5 });
      const points: FormPoint[] = form?.points.length
        ? form.points
        : [{ key: '', label: '（本事项未配置检查表单，按检查依据逐项检查）', basis: item.legalBasis }];
      // Blank: a box per check point to tick on site. Filled: the findings are recorded per check item (below).
      const columns = [
        { header: '序号', width: 0.5, align: 'center' as const },
        { header: '检查内容', width: 3.2 },
        { header: '检查依据', width: 2.4 },
        { header: '检查情况', width: 1.4 },
      ];
      // Filled: the verdict and note recorded on site for each point of the form (rule 19), where there is one.
      const verdicts = new Map(pointFindingsOf(mode === 'filled' ? v.result?.onSiteRecord?.pointFindings : null).map((p) => [p.pointKey, p]));
      const cell = (key: string) => {
        // The same choices as the entry page's per-point verdict (POINT_VERDICT).
        if (mode === 'blank') return POINT_VERDICT.values.map((x) => `□ ${POINT_VERDICT.zh[x]}`).join('\n');
        const p = verdicts.get(key);
        return p ? [label(POINT_VERDICT, p.verdict), p.note].filter(Boolean).join('\n') : '—';
      };
      w.table(
        columns,
        points.map((p, i) => [String(i + 1), p.label, p.basis, cell(p.key)]),
        { minRowHeight: mode === 'blank' ? 46 : 0 },
      );
      const f = own.has(item.id) ? findings.get(item.id) : undefined;
      if (mode === 'filled' && own.has(item.id))
        w.fields(
          [
            ['检查结论', compliance(f?.compliant)],
            ['检查情况说明', f?.finding ?? ''],
          ],
          1,
        );
      else w.fields([['检查情况说明', '\n\n\n']], 1);
    }
  },
  function procedure(w, v, mode) {
    // Rule 19 (G26, G32): the pre-check before the visit, and on site the certificates, the notice, the record, the
    // representative's signature or witnessed refusal, the video and the samples — filled as recorded, or blank.
    const pre = mode === 'filled' ? v.preCheck : null;
    const rec = mode === 'filled' ? v.result?.onSiteRecord : null;
    const box = (on: boolean) => (on ? '☑' : '□');
    w.heading('检查程序');
    const sources = PRE_CHECK_SOURCE.values.map((s) => `${box(!!pre?.sources.includes(s))} ${PRE_CHECK_SOURCE.zh[s]}`).join('　');
    const certificates = certificatesOf(rec?.certificates);
    const members = (v.visit?.teams[0]?.members ?? []).filter((m) => m.inspector && m.role !== 'EXPERT');
    w.fields(
      [
        ['预查比对内容', sources],
        ['预查比对发现', pre ? `${pre.findings}\n（${cnDay(pre.checkedOn)}，${pre.checkedBy.name}）` : mode === 'blank' ? '\n\n' : '—'],
        [
          '出示执法证件',
          mode === 'blank'
            ? members.map((m) => `□ ${memberName(m)}（执法证号 ${m.inspector?.certificateNumber ?? '________'}）`).join('\n')
            : certificates.map((c) => `${c.name}（执法证号 ${c.certificateNumber}）`).join('\n') || '—',
        ],
        [
          '告知书送达',
          rec
            ? [rec.noticeServedAt ? cnTime(rec.noticeServedAt) : '', rec.noticeServedTo].filter(Boolean).join('，签收人：') || '—'
            : mode === 'blank'
              ? '      年    月    日    时    分，签收人：'
              : '—',
        ],
        ['现场笔录', rec ? (rec.recordText ?? '—') : mode === 'blank' ? '\n\n\n' : '—'],
        [
          '当事人签字',
          rec
            ? [
                rec.representativeName,
                label(REPRESENTATIVE_SIGNATURE, rec.signature),
                rec.refusalNote?.replace(/[。；，.]+$/, ''),
                rec.witnessName ? `见证人：${rec.witnessName}` : null,
              ]
                .filter(Boolean)
                .join('；') || '—'
            : mode === 'blank'
              ? `当事人：__________　□ ${REPRESENTATIVE_SIGNATURE.zh.SIGNED}　□ ${REPRESENTATIVE_SIGNATURE.zh.REFUSED}（见证人：__________）`
              : '—',
        ],
        [
          '全过程记录',
          rec
            ? rec.videoRecorded === true
              ? '已全程录像'
              : rec.videoRecorded === false
                ? `未录像${rec.videoNote ? `：${rec.videoNote}` : ''}`
                : '—'
            : mode === 'blank'
              ? '□ 已全程录像　□ 未录像（说明：__________）'
              : '—',
        ],
        [
          '留样',
          rec
            ? samplesOf(rec.samples)
                .map((s) => `${s.what} × ${s.quantity}，存放：${s.keptAt}`)
                .join('\n') || '无'
            : mode === 'blank'
              ? '样品：__________　数量：______　存放地点：__________'
              : '—',
        ],
      ],
      1,
    );
  },
  function outcome(w, v, mode) {
    w.heading('检查结果');
    const r = mode === 'filled' ? v.result : null;
    if (!r) {
      w.para(`□ ${RESULT_OUTCOME.values.map((o) => RESULT_OUTCOME.zh[o]).join('　□ ')}`, { size: 10 });
      w.para(`后续处置：□ ${FOLLOW_UP_ACTION.values.map((o) => FOLLOW_UP_ACTION.zh[o]).join('　□ ')}`, { size: 10 });
      w.fields([['备注', '（被检查对象签字或拒签情况、见证人、告知书送达、全过程记录等）\n\n\n']], 1);
      return;
    }
    w.fields([
      ['检查结果', label(RESULT_OUTCOME, r.outcome)],
      ['后续处置', label(FOLLOW_UP_ACTION, r.followUpAction)],
      // Rule 24: handed to the unit in charge of daily supervision — the one recorded, by default the target's own.
      ['移交单位', r.followUpAction !== 'NONE' ? (r.followUp?.handedToUnit.name ?? r.followUpUnit?.name ?? v.target.unit.name) : '—'],
      ['结果状态', label(RESULT_STATUS, r.status)],
    ]);
    w.fields([['备注', r.remarks ?? '']], 1);
  },
  function signatures(w, v, mode) {
    w.ensureSpace(140); // the heading stays with the first row of boxes
    w.heading('签字确认');
    const members = v.visit?.teams[0]?.members ?? [];
    // Filled: each inspector's confirmation in the system (rule 19), in a line below the boxes for the hand signatures.
    const confirmed = new Map((mode === 'filled' ? (v.result?.confirmations ?? []) : []).map((c) => [c.teamMemberId, c.confirmedAt]));
    const boxes = members.length
      ? members.map((m) => ({
          caption: `检查人员（${label(TEAM_ROLE, m.role)}）${mode === 'filled' ? '' : `：${memberName(m)}`}`,
          filled: mode === 'filled' ? memberName(m) : null,
        }))
      : [{ caption: '检查人员' }, { caption: '检查人员' }];
    w.signatures([...boxes, { caption: '被检查对象负责人（或拒签见证人）' }]);
    const inSystem = members.filter((m) => confirmed.has(m.id)).map((m) => `${memberName(m)} ${cnDate(confirmed.get(m.id))}`);
    if (inSystem.length) w.para(`系统内签字确认：${inSystem.join('；')}`, { muted: true, size: 9.5 });
  },
];

/** The on-site record: blank to take along (check points and signature boxes), or filled after entry. */
export async function inspectionRecord(v: VisitData, mode: RecordMode, now: Date): Promise<Buffer> {
  const w = new PdfWriter({ title: '现场检查记录表', author: v.task.executingUnit.name, createdAt: now, footer: v.target.name });
  w.title('现场检查记录表', mode === 'blank' ? '（空白，现场填写）' : `（据系统录入结果生成：${label(RESULT_STATUS, v.result?.status)}）`);
  for (const section of RECORD_SECTIONS) section(w, v, mode);
  return w.finish();
}

// ——— 抽查公告 (rules 13, 17, G17) ———————————————————————————————————————————————————————————

const taskFacts = (t: TaskData): [string, string | null][] => [
  ['任务编号', t.code],
  ['任务名称', t.name],
  ['所属计划', `${t.plan.year}年 ${t.plan.title}`],
  ['任务设置单位', t.ownerUnit.name],
  ['执行单位', t.executingUnit.name],
  ['执行期间', `${cnDay(t.windowFrom)}至${cnDay(t.windowTo)}`],
  ...(t.campaignOrdered ? ([['部署依据', t.campaignBasis]] as [string, string | null][]) : []),
];

/** The public page that re-runs the task's draws in the reader's browser. */
export const verificationUrl = (origin: string, taskId: string) => `${origin}/public/tasks/${encodeURIComponent(taskId)}`;

export async function announcement(t: TaskData, origin: string, now: Date): Promise<Buffer> {
  const w = new PdfWriter({ title: '抽查任务公告', author: t.executingUnit.name, createdAt: now, footer: t.code });
  w.title(`${t.name}抽查公告`, `${t.code} · 发布于 ${cnDate(t.announcedAt)}`);
  w.para(
    `根据${t.plan.year}年度抽查工作计划，本局通过“双随机、一公开”监管平台随机抽取检查对象，名单已确认锁定并下发执行单位，现予公告。` +
      '摇号前已公布随机种子的承诺值；任何人都可以用下列数值和公示系统提供的文件复核摇号结果。',
    { indent: true },
  );
  w.fields(taskFacts(t));
  w.heading('抽查事项');
  w.table(
    [
      { header: '事项编码', width: 1 },
      { header: '抽查事项', width: 2.4 },
      { header: '检查依据', width: 3 },
    ],
    t.checkItems.map((c) => [c.checkItem.code, c.checkItem.name, c.checkItem.legalBasis]),
  );
  w.heading(`抽中的检查对象（${t.targets.length} 户）`);
  w.table(
    [
      { header: '序号', width: 0.5, align: 'center' },
      { header: '检查对象名称', width: 3 },
      { header: '统一社会信用代码', width: 2 },
    ],
    t.targets.map((x, i) => [String(i + 1), x.target.name, x.target.creditCode]),
    { size: 9 },
  );
  w.heading('摇号记录与复核');
  const url = verificationUrl(origin, t.id);
  const qr = await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 240 });
  w.imageWithText(qr, 96, ['扫码打开公示系统的任务公告页，点击“验证”即可在浏览器中重新运行摇号并与下列哈希值比对：', url]);
  for (const d of t.draws) {
    const receipt = d.receipt as { parametersHash?: string; algorithm?: string };
    w.para(`第 ${d.sequence} 次摇号（${label(DRAW_STATUS, d.status)}）${d.reason ? `　重新摇号理由：${d.reason}` : ''}`, { bold: true });
    if (d.supersededReason) w.para(`本次摇号已被重新摇号取代，理由：${d.supersededReason}（${cnDate(d.supersededAt)}）`, { size: 10 });
    w.fields(
      [
        ['摇号时间', cnTime(d.drawnAt)],
        ['锁定下发', d.lockedAt ? cnDate(d.lockedAt) : '—'],
        ['候选对象数', String(d.candidateCount)],
        ['抽中对象数', String(d._count.drawn)],
        ['种子承诺值', d.seedCommitment],
        ['见证人随机数', d.witnessEntropy ?? '—'],
        ['随机种子', d.seed],
        ['候选名单哈希', d.candidateListHash],
        ['抽取参数哈希', receipt.parametersHash ?? ''],
        ['摇号算法', receipt.algorithm ?? ''],
      ],
      1,
    );
  }
  w.issuer(t.executingUnit.name, cnDate(t.announcedAt));
  return w.finish();
}

// ——— 抽查结果公示 (rules 21, 26, G26.4, G27) ————————————————————————————————————————————————————

export async function publicationNotice(t: TaskData, results: readonly PublishedResultRow[], now: Date): Promise<Buffer> {
  const w = new PdfWriter({ title: '抽查结果公示', author: t.executingUnit.name, createdAt: now, footer: t.code });
  w.title(`${t.name}抽查结果公示`, `${t.code} · ${cnDate(now)}`);
  w.para(
    `本局按照${t.plan.year}年度抽查工作计划完成了本次“双随机”抽查，现将检查结果予以公示。` +
      '对公示的检查结果有异议的，可以自公示之日起向检查单位提出复查申请；已公示的结果经负责人签批更正的，更正与原结果并列公示。',
    { indent: true },
  );
  w.fields(taskFacts(t));
  w.heading(`检查结果（${results.length} 户）`);
  w.table(
    [
      { header: '序号', width: 0.4, align: 'center' },
      { header: '检查对象', width: 1.8 },
      { header: '统一社会信用代码', width: 2.1 },
      { header: '检查方式', width: 0.9 },
      { header: '检查日期', width: 1.4 },
      { header: '检查结果', width: 1.6 },
      { header: '后续处置', width: 0.9 },
    ],
    results.map((r, i) => {
      const { result, reasons } = correctedResult({ outcome: r.outcome as string | null, followUpAction: r.followUpAction as string }, r.corrections);
      const corrected = reasons.length > 0;
      return [
        String(i + 1),
        r.taskTarget.target.name,
        r.taskTarget.target.creditCode,
        label(CHECK_METHOD, r.method),
        cnDay(r.inspectedOn),
        corrected
          ? `${label(RESULT_OUTCOME, result.outcome)}\n（更正，原公示：${label(RESULT_OUTCOME, r.outcome)}；理由：${reasons.join('；')}）`
          : label(RESULT_OUTCOME, r.outcome),
        label(FOLLOW_UP_ACTION, result.followUpAction),
      ];
    }),
    { size: 9 },
  );
  w.issuer(t.executingUnit.name, cnDate(now));
  return w.finish();
}

// ——— 年度抽查工作计划 (rules 6–10, G10–G12) ——————————————————————————————————————————————————————

export async function annualPlan(p: PlanData, now: Date): Promise<Buffer> {
  const w = new PdfWriter({ title: '年度抽查工作计划', author: p.unit.name, createdAt: now, footer: `${p.year} ${p.unit.name}` });
  w.title(p.title, p.status === 'FILED' ? `第 ${p.version} 版 · 备案于 ${cnDate(p.filedAt)}` : '草稿（未备案）');
  w.fields([
    ['制定单位', p.unit.name],
    ['年度', String(p.year)],
    ['状态', label(PLAN_STATUS, p.status)],
    ['备案机关', p.filedWith ?? ''],
  ]);
  w.heading(`计划事项（${p.items.length} 项）`);
  w.table(
    [
      { header: '事项', width: 2.2 },
      { header: '类别', width: 0.9 },
      { header: '抽查范围', width: 1.8 },
      { header: '实施期间', width: 1.5 },
      { header: '预计户数', width: 0.7, align: 'right' },
      { header: '比例', width: 0.7, align: 'right' },
      { header: '省/市/区占比', width: 1.3 },
    ],
    p.items.map((i) => [
      `${i.checkItem.name}（${i.checkItem.code}）${i.temporary ? '\n临时抽查' : ''}`,
      label(CHECK_CATEGORY, i.checkItem.category),
      i.scope,
      `${cnDay(i.windowFrom)}至\n${cnDay(i.windowTo)}`,
      String(i.estimatedCount),
      percent(i.ratio),
      `${percent(i.provincialShare)} / ${percent(i.cityShare)} / ${percent(i.districtShare)}`,
    ]),
    { size: 8.5 },
  );
  if (p.adjustments.length) {
    w.heading('备案记录');
    w.table(
      [
        { header: '版本', width: 0.6, align: 'center' },
        { header: '备案时间', width: 1.2 },
        { header: '说明', width: 4 },
      ],
      p.adjustments.map((a) => [String(a.version), cnDate(a.filedAt), a.reason]),
    );
  }
  w.issuer(p.unit.name, cnDate(p.filedAt ?? now));
  return w.finish();
}

// ——— 一对象一档案 (rule 24, G30) ———————————————————————————————————————————————————————————

/** The dossier's evidence list, in the order the ZIP holds the files: evidence/<task code>/<n>-<file name>. */
export function evidenceEntries(d: DossierData) {
  return d.tasks.flatMap((tt) =>
    (tt.result?.evidence ?? []).map((e, i) => ({
      ...e,
      taskCode: tt.task.code,
      path: `evidence/${safeName(tt.task.code)}/${String(i + 1).padStart(2, '0')}-${safeName(e.filename)}`,
    })),
  );
}
/** A file name safe in a ZIP on any system: no path separators, reserved or control characters. */
const safeName = (s: string) =>
  [...s]
    .map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .slice(0, 120) || '_';

export async function dossier(d: DossierData, now: Date): Promise<Buffer> {
  const w = new PdfWriter({ title: '检查对象档案', createdAt: now, footer: d.name });
  w.title('检查对象档案（一对象一档案）', `${d.name} · ${d.creditCode} · 生成于 ${cnDate(now)}`);
  w.fields([
    ['名称', d.name],
    ['统一社会信用代码', d.creditCode],
    ['地址', d.address],
    ['所属街镇', d.area],
    ['对象类型', d.objectType],
    ['行业', d.industry],
    ['规模', label(BUSINESS_SCALE, d.scale)],
    ['风险等级', label(RISK_LEVEL, d.riskLevel)],
    ['信用状况', label(CREDIT_STATUS, d.creditStatus)],
    ['登记状态', label(REGISTRATION_STATUS, d.registrationStatus)],
    ['维护单位', d.unit.name],
    ['所属名录库', d.library.name],
  ]);
  w.heading(`被抽中记录（${d.drawnIn.length} 次）`);
  w.table(
    [
      { header: '年度', width: 0.6 },
      { header: '任务', width: 2.4 },
      { header: '摇号', width: 1.3 },
      { header: '名次/候选数', width: 1 },
      { header: '候选名单哈希', width: 2.6 },
    ],
    d.drawnIn.map((x) => [
      String(x.draw.task.plan.year),
      `${x.draw.task.code}\n${x.draw.task.name}`,
      `第 ${x.draw.sequence} 次 · ${label(DRAW_STATUS, x.draw.status)}\n${cnDate(x.draw.drawnAt)}`,
      `${x.rank} / ${x.draw.candidateCount}`,
      x.draw.candidateListHash,
    ]),
    { size: 8.5, empty: '没有被抽中的记录。' },
  );
  for (const tt of d.tasks) {
    const t = tt.task;
    w.heading(`${t.plan.year}年 · ${t.code} ${t.name}`);
    const r = tt.result;
    const members = tt.visit?.teams[0]?.members ?? [];
    w.fields([
      ['执行单位', tt.transferredToUnit ? `${t.executingUnit.name}（已移交${tt.transferredToUnit.name}）` : t.executingUnit.name],
      ['执行期间', `${cnDay(t.windowFrom)}至${cnDay(t.windowTo)}`],
      ['检查状态', label(TASK_TARGET_STATUS, tt.status)],
      ['检查人员', members.map((m) => `${memberName(m)}（${label(TEAM_ROLE, m.role)}）`).join('、')],
      ...(tt.closedReason ? ([['说明', tt.closedReason]] as [string, string][]) : []),
    ]);
    if (!r) continue;
    w.fields([
      ['检查方式', label(CHECK_METHOD, r.method)],
      ['检查日期', cnDay(r.inspectedOn)],
      ['检查结果', label(RESULT_OUTCOME, r.outcome)],
      ['后续处置', label(FOLLOW_UP_ACTION, r.followUpAction)],
      ['结果状态', label(RESULT_STATUS, r.status)],
      ['公示时间', cnDate(r.publishedAt)],
    ]);
    const items = new Map(t.checkItems.map((c) => [c.checkItem.id, c.checkItem]));
    const findings = findingsOf(r.findings);
    if (findings.length)
      w.table(
        [
          { header: '抽查事项', width: 2 },
          { header: '结论', width: 0.7 },
          { header: '检查情况', width: 4 },
        ],
        findings.map((f) => [items.get(f.checkItemId)?.name ?? f.checkItemId, compliance(f.compliant), f.finding ?? '']),
        { size: 9 },
      );
    if (r.remarks) w.para(`备注：${r.remarks}`, { size: 10 });
    if (r.corrections.length)
      w.table(
        [
          { header: '更正', width: 1.2 },
          { header: '更正内容', width: 2.2 },
          { header: '理由', width: 3 },
        ],
        r.corrections.map((c) => {
          const ch = (c.changes ?? {}) as { outcome?: string; followUpAction?: string; remarks?: string };
          const state = c.signedAt ? `已签批 ${cnDate(c.signedAt)}` : c.refusedAt ? `未签批（${c.refusalReason ?? ''}）` : `待签批 ${cnDate(c.proposedAt)}`;
          const what = [
            ch.outcome && `结果：${label(RESULT_OUTCOME, ch.outcome)}`,
            ch.followUpAction && `处置：${label(FOLLOW_UP_ACTION, ch.followUpAction)}`,
            ch.remarks && '备注',
          ]
            .filter(Boolean)
            .join('；');
          return [state, what || '—', c.reason];
        }),
        { size: 9 },
      );
    if (r.reviews.length)
      w.table(
        [
          { header: '异议', width: 2.6 },
          { header: '收到', width: 1.1 },
          { header: '复查结论', width: 2.4 },
          { header: '反馈', width: 1.1 },
        ],
        r.reviews.map((v) => [
          `${v.raisedBy}：${v.content}`,
          cnDay(v.receivedOn),
          `${label(REVIEW_STATUS, v.status)}${v.decision ? ` · ${label(REVIEW_DECISION, v.decision)}` : ''}${v.decisionNote ? `\n${v.decisionNote}` : ''}`,
          cnDay(v.fedBackOn),
        ]),
        { size: 9 },
      );
    if (r.followUp) {
      const f = r.followUp;
      w.fields(
        [
          [
            '后续处理',
            `${label(FOLLOW_UP_STATUS, f.status)} · 移交${f.handedToUnit.name}（${cnDate(f.handedOverAt)}）${f.caseNumber ? ` · 案号 ${f.caseNumber}` : ''}`,
          ],
          ...(f.notes ? ([['处理说明', f.notes]] as [string, string][]) : []),
        ],
        1,
      );
    }
  }
  const files = evidenceEntries(d);
  w.heading(`证据材料（${files.length} 份）`);
  w.table(
    [
      { header: '任务', width: 1.1 },
      { header: '文件', width: 2.2 },
      { header: '大小', width: 0.8, align: 'right' },
      { header: 'SHA-256', width: 3.6 },
    ],
    files.map((e) => [e.taskCode, `${e.filename}\n${cnDate(e.uploadedAt)}`, `${(e.size / 1024).toFixed(1)} KB`, e.sha256]),
    { size: 8, empty: '没有证据材料。' },
  );
  if (files.length) w.para('下载档案 ZIP 时，以上文件按“evidence/任务编号/序号-文件名”存放，并附 SHA256SUMS 以便核对。', { size: 9, muted: true });
  return w.finish();
}

// Rule 25 (P6, G7, G33): what each assessment figure counts (口径), in one place. The GraphQL schema's
// descriptions, the `figureDefinitions` query, the admin's tooltips and its 口径 page all read this list, so
// leadership reads the same definition the numbers are computed by (assessment.ts, and its SQL twin).

export type FigureKey = 'PLAN_COVERAGE' | 'PLAN_EXECUTION' | 'TASK_COMPLETION' | 'TARGET_COMPLETION' | 'TIMELY_ENTRY' | 'FOLLOW_UP' | 'DIRECTORIES';

export interface FigureDefinition {
  key: FigureKey;
  /** The figure's name as leadership reads it. */
  name: string;
  nameEn: string;
  /** What is counted, and how (口径). */
  definition: string;
  definitionEn: string;
  /** The rule and the clauses of the original text it comes from. */
  rule: string;
}

export const FIGURE_DEFINITIONS: readonly FigureDefinition[] = [
  {
    key: 'PLAN_COVERAGE',
    name: '计划覆盖率',
    nameEn: 'Plan coverage',
    definition:
      '期间所涉年度已备案的年度计划（临时检查除外）覆盖的职责范围内抽查事项 ÷ 职责范围内的抽查事项。事项清单按期末（期间未结束的按今天）当时有效的版本计：期后新增的事项不计入，期后停用的事项仍计入。',
    definitionEn:
      'Remit checklist items covered by a regular line of a filed plan of the years the period touches ÷ remit checklist items, with the checklist as it stood at the end of the period (today for a running period): items added later are not counted, items retired later still are.',
    rule: '规则 6、25（方案三、指引（十一））',
  },
  {
    key: 'PLAN_EXECUTION',
    name: '计划执行率',
    nameEn: 'Plan execution',
    definition:
      '已备案计划中实施期在本期结束的计划事项（临时检查除外）：计划数 = 各事项预估检查数之和；未建任务的计划事项单列；抽取数、完成数、按期公示数为据这些计划事项建立的任务（撤销的除外）的全部检查对象（迁移移交的也计入计划单位）；执行率 = 按期公示数 ÷ 计划数。',
    definitionEn:
      'Regular lines of filed plans whose window ends in the period: planned = the sum of their estimated counts; lines with no task are listed apart; drawn, completed and published on time count every target of the tasks run for those lines (not cancelled), transferred ones included — the plan is its unit’s; execution = published on time ÷ planned.',
    rule: '规则 7、25（指引（七）、（十二））',
  },
  {
    key: 'TASK_COMPLETION',
    name: '任务完成情况',
    nameEn: 'Task completion',
    definition: '本单位执行、执行期在本期结束的任务（撤销的除外）：已完成数，以及在执行期内完成的任务数。完成日期为标记完成之日，提前填写须说明理由并留痕。',
    definitionEn:
      'Tasks the unit executes whose window ends in the period (not cancelled): completed, and completed within the window. The completion day is the day the task is marked complete; an earlier day needs a reason and is audited.',
    rule: '规则 20、25（指引（七）、（三十三））',
  },
  {
    key: 'TARGET_COMPLETION',
    name: '检查对象完成率',
    nameEn: 'Targets done',
    definition:
      '执行期在本期结束的任务中由本单位负责的检查对象（含迁入的，不含迁出的）：只有结果已录入并按期公示的才算完成；逾期公示、逾期未公示分别列出，均视为未完成（指引（三十三））。完成率 = 按期公示 ÷ 抽取数。',
    definitionEn:
      'Targets the unit answers for (transferred in included, transferred out excluded) of tasks whose window ends in the period: a target is done only when its result is entered and published on time; late and missing are shown apart and count as not done (G33). Share = published on time ÷ drawn.',
    rule: '规则 23、25（指引（二十八）、（三十三））',
  },
  {
    key: 'TIMELY_ENTRY',
    name: '结果录入公示及时率',
    nameEn: 'Timely entry',
    definition:
      '计时起点在本期的任务中由本单位负责的检查对象。计时起点为任务完成日与执行期末日中较早者；执行期已结束仍未标记完成的任务，自执行期末日起计。截止日为起点后第 20 个工作日（按法定节假日和调休）。截止日前公示为按期，之后为逾期，截止日已过仍未公示为逾期未公示；及时率 = 按期 ÷（按期 + 逾期 + 逾期未公示）。迁移移交的检查对象计入迁入单位。',
    definitionEn:
      'Targets the unit answers for, of tasks whose clock starts in the period. The clock starts on the earlier of the completion day and the window’s last day; a task whose window has ended without being marked complete starts it on the window’s last day. Results are due on the 20th working day after (official holidays and make-up days). Published by then: on time; after: late; unpublished past it: missing. Share = on time ÷ (on time + late + missing). A transferred target counts for the receiving unit.',
    rule: '规则 20、25（方案五、指引（二十六）4、（三十三））',
  },
  {
    key: 'FOLLOW_UP',
    name: '违法线索移交处置',
    nameEn: 'Follow-up handling',
    definition:
      '检查日期在本期、发现违法违规行为的结果（提交时选择了后续处置，或更正后移交），按负责单位计：已移交数、已办结数，发现到移交、移交到办结的自然日中位数。',
    definitionEn:
      'Results with the inspection day in the period that found a violation (submitted with a follow-up action, or handed over after a correction), by the responsible unit: handed over, closed, and the median calendar days from finding to hand-over and from hand-over to closing.',
    rule: '规则 24、25（指引（七）、（二十九））',
  },
  {
    key: 'DIRECTORIES',
    name: '名录库情况',
    nameEn: 'Directories',
    definition: '现有检查对象数（各名录库）、执法检查人员数及具备执法资格的人数；最近一次名录库确认的日期及距今天数。',
    definitionEn: 'Current targets (per library), inspectors and those qualified; the day of the last directory confirmation and the days since.',
    rule: '规则 4、25（方案二、指引（七））',
  },
];

const BY_KEY = new Map(FIGURE_DEFINITIONS.map((d) => [d.key, d]));

/** One figure's definition. */
export function figureDefinition(key: FigureKey): FigureDefinition {
  return BY_KEY.get(key)!;
}

/** A schema description: the definition with its rule, in Chinese then English. */
export function figureDescription(key: FigureKey): string {
  const d = figureDefinition(key);
  return `${d.name}：${d.definition}（${d.rule}） / ${d.nameEn}: ${d.definitionEn}`;
}

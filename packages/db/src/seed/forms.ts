// The check forms (检查表单) of the checklist, one per item ("一对象一表单", rule 18, G23, G26.1): the check
// points an inspector goes through for a target of that item, each with its basis. Result entry matches a
// target's form by its task's check items, so every database with the demo has them. Also the wording the demo
// uses for findings on each item (compliant or not), so results read like real inspection records.
import type { Prisma } from '../../generated/prisma/client.ts';
import type { NextId } from './ids.ts';

export type FormField = { key: string; label: string; basis: string };
export type DemoForm = { code: string; name: string; checkItemCode: string; fields: FormField[] };

export const FORMS: DemoForm[] = [
  {
    code: 'BD-LZZR-01',
    name: '土地复垦义务履行情况检查表',
    checkItemCode: 'LZZR-01',
    fields: [
      { key: 'plan', label: '土地复垦方案编制并经审查，复垦工程按方案实施', basis: '《土地复垦条例》第十一条、第十四条' },
      { key: 'fund', label: '土地复垦费用足额预存、专款专用', basis: '《土地复垦条例》第十五条；《土地复垦条例实施办法》' },
      { key: 'report', label: '每年 12 月 31 日前报告土地损毁、复垦费用使用和复垦工程实施情况', basis: '《土地复垦条例》第十七条' },
      { key: 'progress', label: '复垦进度、质量符合方案和复垦标准', basis: '《土地复垦条例》第十八条；《土地复垦质量控制标准》（TD/T 1036）' },
      { key: 'acceptance', label: '复垦任务完成后按规定申请验收', basis: '《土地复垦条例》第二十八条' },
    ],
  },
  {
    code: 'BD-LZZR-02',
    name: '临时用地使用及恢复情况检查表',
    checkItemCode: 'LZZR-02',
    fields: [
      { key: 'approval', label: '临时用地经批准，位置、面积与批准文件一致', basis: '《中华人民共和国土地管理法》第五十七条' },
      { key: 'contract', label: '签订临时使用土地合同并支付补偿费', basis: '《中华人民共和国土地管理法》第五十七条' },
      { key: 'use', label: '按批准用途使用，未修建永久性建筑物', basis: '《中华人民共和国土地管理法》第五十七条' },
      { key: 'term', label: '使用期限未超过批准期限', basis: '《自然资源部关于规范临时用地管理的通知》' },
      { key: 'restore', label: '期满一年内完成土地复垦、恢复种植条件', basis: '《自然资源部关于规范临时用地管理的通知》；《土地复垦条例》' },
    ],
  },
  {
    code: 'BD-LZZR-03',
    name: '采矿权人履行法定义务情况检查表',
    checkItemCode: 'LZZR-03',
    fields: [
      { key: 'licence', label: '采矿许可证在有效期内，开采矿种、开采方式与许可一致', basis: '《矿产资源开采登记管理办法》' },
      { key: 'boundary', label: '在批准的矿区范围内开采，无越界开采', basis: '《中华人民共和国矿产资源法》' },
      { key: 'disclosure', label: '按时填报并公示勘查开采年度信息', basis: '《矿业权人勘查开采信息公示办法》' },
      { key: 'statistics', label: '按规定报送矿产资源开发利用统计和储量年度报告', basis: '《矿产资源开采登记管理办法》第十八条' },
      { key: 'utilisation', label: '开采回采率、选矿回收率和综合利用率符合要求', basis: '《中华人民共和国矿产资源法》' },
    ],
  },
  {
    code: 'BD-LZZR-04',
    name: '探矿权人履行法定义务情况检查表',
    checkItemCode: 'LZZR-04',
    fields: [
      { key: 'licence', label: '勘查许可证在有效期内，勘查范围与许可一致', basis: '《矿产资源勘查区块登记管理办法》' },
      { key: 'investment', label: '按规定完成最低勘查投入', basis: '《矿产资源勘查区块登记管理办法》第十七条' },
      { key: 'implementation', label: '按勘查实施方案开展工作', basis: '《矿产资源勘查区块登记管理办法》' },
      { key: 'disclosure', label: '按时填报并公示勘查年度信息', basis: '《矿业权人勘查开采信息公示办法》' },
      { key: 'noMining', label: '无以探代采行为', basis: '《矿产资源勘查区块登记管理办法》第二十六条' },
    ],
  },
  {
    code: 'BD-LZZR-05',
    name: '矿山地质环境保护与土地复垦方案执行情况检查表',
    checkItemCode: 'LZZR-05',
    fields: [
      { key: 'plan', label: '编制矿山地质环境保护与土地复垦方案并按方案实施', basis: '《矿山地质环境保护规定》第十二条' },
      { key: 'fund', label: '矿山地质环境治理恢复基金足额计提、规范使用', basis: '《矿山地质环境保护规定》' },
      { key: 'restoration', label: '边开采、边治理，采空区、废石场等治理恢复到位', basis: '《矿山地质环境保护规定》第十九条' },
      { key: 'monitoring', label: '开展矿山地质环境监测并按时报送监测数据', basis: '《矿山地质环境保护规定》' },
      { key: 'hazard', label: '矿区及周边无未处置的地质灾害隐患', basis: '《地质灾害防治条例》' },
    ],
  },
  {
    code: 'BD-LZZR-06',
    name: '地质灾害防治单位资质及执业情况检查表',
    checkItemCode: 'LZZR-06',
    fields: [
      { key: 'qualification', label: '资质证书有效，承揽项目与资质类别、等级相符', basis: '《地质灾害防治条例》第二十四条；《地质灾害防治单位资质管理办法》' },
      { key: 'staff', label: '专业技术人员数量和结构满足资质条件', basis: '《地质灾害防治单位资质管理办法》' },
      { key: 'noLending', label: '无出借、转让资质证书或超越资质范围承揽业务', basis: '《地质灾害防治条例》第三十八条' },
      { key: 'quality', label: '评估报告、治理工程勘查设计施工符合技术规范', basis: '《地质灾害危险性评估规范》（GB/T 40112）' },
    ],
  },
  {
    code: 'BD-LZZR-07',
    name: '测绘资质单位资质条件和测绘成果质量检查表',
    checkItemCode: 'LZZR-07',
    fields: [
      { key: 'qualification', label: '测绘资质证书有效，业务范围与专业类别、等级相符', basis: '《中华人民共和国测绘法》第二十七条；《测绘资质管理办法》' },
      { key: 'staff', label: '注册测绘师和专业技术人员满足资质条件', basis: '《测绘资质管理办法》' },
      { key: 'instruments', label: '测绘仪器设备按规定检定、校准', basis: '《测绘资质管理办法》' },
      { key: 'quality', label: '抽检测绘成果质量合格', basis: '《中华人民共和国测绘法》第三十九条；《测绘成果质量监督抽查管理办法》' },
      { key: 'secrecy', label: '涉密测绘成果保管、使用符合保密规定', basis: '《中华人民共和国测绘成果管理条例》' },
    ],
  },
  {
    code: 'BD-LZZR-08',
    name: '地图编制和互联网地图服务检查表',
    checkItemCode: 'LZZR-08',
    fields: [
      { key: 'review', label: '公开地图履行地图审核程序，标注审图号', basis: '《地图管理条例》第十五条' },
      { key: 'content', label: '地图表示内容符合国家规定，无“问题地图”', basis: '《地图管理条例》；《公开地图内容表示规范》' },
      { key: 'internet', label: '互联网地图服务的数据安全和用户信息保护制度落实', basis: '《地图管理条例》第三十四条' },
    ],
  },
  {
    code: 'BD-LZZR-09',
    name: '建设用地批后监管检查表',
    checkItemCode: 'LZZR-09',
    fields: [
      { key: 'start', label: '按出让合同或划拨决定书约定的日期动工开发', basis: '《国有建设用地使用权出让合同》；《闲置土地处置办法》第二条' },
      { key: 'completion', label: '按约定日期竣工', basis: '《国有建设用地使用权出让合同》' },
      { key: 'indicators', label: '投资强度、容积率、建筑密度等控制指标符合约定', basis: '《国有建设用地使用权出让合同》' },
      { key: 'idle', label: '不存在闲置土地', basis: '《闲置土地处置办法》' },
      { key: 'purpose', label: '未擅自改变土地用途', basis: '《中华人民共和国土地管理法》第五十六条' },
    ],
  },
  {
    code: 'BD-LZZR-10',
    name: '建设工程规划许可批后执行情况检查表',
    checkItemCode: 'LZZR-10',
    fields: [
      { key: 'permit', label: '取得建设工程规划许可证后开工建设', basis: '《中华人民共和国城乡规划法》第四十条' },
      { key: 'layout', label: '建筑位置、间距、层数、高度与许可一致', basis: '《中华人民共和国城乡规划法》第四十条' },
      { key: 'area', label: '建筑面积、容积率未突破规划条件', basis: '《山东省城乡规划条例》' },
      { key: 'use', label: '使用性质与许可一致', basis: '《中华人民共和国城乡规划法》' },
      { key: 'verification', label: '竣工后申请规划条件核实', basis: '《中华人民共和国城乡规划法》第四十五条' },
    ],
  },
  {
    code: 'BD-LZZR-11',
    name: '地质勘查活动及成果汇交情况检查表',
    checkItemCode: 'LZZR-11',
    fields: [
      { key: 'submission', label: '地质资料按规定期限汇交', basis: '《地质资料管理条例》第七条、第九条' },
      { key: 'completeness', label: '汇交的地质资料齐全、真实', basis: '《地质资料管理条例》' },
      { key: 'originals', label: '原始地质资料和实物地质资料妥善保管', basis: '《地质资料管理条例》' },
    ],
  },
  {
    code: 'BD-LZZR-12',
    name: '不动产测绘成果质量检查表',
    checkItemCode: 'LZZR-12',
    fields: [
      { key: 'boundary', label: '界址点精度符合规范', basis: '《不动产登记暂行条例实施细则》；《房产测量规范》（GB/T 17986）' },
      { key: 'area', label: '房屋面积计算正确', basis: '《房产测量规范》（GB/T 17986）' },
      { key: 'records', label: '测绘成果资料完整、签章齐全', basis: '《中华人民共和国测绘法》第三十九条' },
      { key: 'inspection', label: '执行两级检查、一级验收制度', basis: '《测绘成果质量检查与验收》（GB/T 24356）' },
    ],
  },
];

/** What an inspector writes for an item: several compliant wordings and several problems found. */
export const FINDINGS: Record<string, { ok: string[]; problem: string[] }> = {
  'LZZR-01': {
    ok: ['复垦方案已审查备案，复垦费用已按监管协议预存，年度复垦情况报告按时报送。', '复垦工程按方案推进，已复垦地块植被恢复良好。'],
    problem: ['未按时报送年度土地复垦情况报告。', '复垦费用未按监管协议足额预存。', '复垦进度明显滞后于复垦方案安排。'],
  },
  'LZZR-02': {
    ok: ['临时用地批准手续齐全，现场使用范围与批准范围一致，无永久性建筑。', '临时用地已到期并完成复垦，恢复种植条件。'],
    problem: ['临时用地超过批准期限仍在使用。', '临时用地上修建了永久性建筑物。', '临时用地期满后未按要求恢复种植条件。'],
  },
  'LZZR-03': {
    ok: ['采矿许可证在有效期内，现场开采范围未超出矿区范围，年度信息已公示。', '按规定报送开发利用统计年报，回采率符合设计要求。'],
    problem: ['年度勘查开采信息未按时公示。', '现场发现越界开采迹象，开采范围超出许可范围。', '未按规定报送储量年度报告。'],
  },
  'LZZR-04': {
    ok: ['勘查许可证有效，勘查投入达到规定标准，年度信息已公示。', '勘查工作按实施方案开展，未发现以探代采。'],
    problem: ['勘查投入未达到最低勘查投入标准。', '年度勘查信息未按时公示。'],
  },
  'LZZR-05': {
    ok: ['基金已按规定计提，治理恢复工程按方案实施，监测数据按时报送。', '边开采边治理落实到位，废石场已完成削坡整治。'],
    problem: ['矿山地质环境治理恢复基金计提不足。', '采空区治理未按方案进度实施。', '未按规定报送矿山地质环境监测数据。'],
  },
  'LZZR-06': {
    ok: ['资质证书有效，技术人员配备满足要求，抽查项目报告符合规范。', '承揽项目均在资质范围内，项目档案齐全。'],
    problem: ['专业技术人员数量不满足资质标准。', '抽查的评估报告未按规范开展现场调查。'],
  },
  'LZZR-07': {
    ok: ['资质条件保持良好，仪器设备检定有效，抽检成果质量合格。', '注册测绘师配备满足资质要求，保密制度健全。'],
    problem: ['部分测绘仪器超过检定有效期。', '抽检成果中控制测量精度不满足规范要求。'],
  },
  'LZZR-08': {
    ok: ['公开地图均已取得审图号并规范标注。', '互联网地图服务数据安全管理制度健全。'],
    problem: ['对外提供的宣传地图未履行地图审核程序。', '地图中重要岛屿漏绘。'],
  },
  'LZZR-09': {
    ok: ['项目已按合同约定时间开工、竣工，投资强度和容积率符合约定。', '宗地按出让用途使用，未发现闲置。'],
    problem: ['未按出让合同约定时间动工开发，已满一年。', '容积率低于出让合同约定下限。', '擅自改变部分土地用途。'],
  },
  'LZZR-10': {
    ok: ['建筑位置、层数、间距与规划许可一致，已申请规划核实。', '建设内容与建设工程规划许可证一致。'],
    problem: ['建筑面积超出规划许可面积。', '未按许可位置建设，建筑间距不足。'],
  },
  'LZZR-11': {
    ok: ['地质资料已按期汇交，资料齐全。', '原始地质资料保管规范。'],
    problem: ['勘查项目结束后未在规定期限内汇交地质资料。'],
  },
  'LZZR-12': {
    ok: ['界址点精度、面积计算抽检合格，成果资料完整。', '两级检查、一级验收记录齐全。'],
    problem: ['抽检房屋面积计算误差超限。', '成果资料缺少质量检查记录。'],
  },
};

export function formRows(checkItemIds: ReadonlyMap<string, string>, nextId: NextId, createdAt: Date): (Prisma.FormCreateManyInput & { id: string })[] {
  return FORMS.map((f) => ({
    id: nextId(),
    code: f.code,
    name: f.name,
    checkItemId: checkItemIds.get(f.checkItemCode)!,
    fields: f.fields as unknown as Prisma.InputJsonValue,
    version: 1,
    createdAt,
  }));
}

// Draw settings: the GENERAL-item ratio cap (rule 2, G8) and the risk/credit factors (rule 8, G13) every task's
// draw parameters take from the Setting table. Read by everyone signed in; changed by the lead unit's
// administrators, each change audited. A change applies to draws announced or made afterwards; a draw already made
// keeps the values its receipt recorded.
import type { Prisma } from '@ssj/db/client';
import type { RiskCreditFactors } from '@ssj/domain';
import { builder } from '../builder.ts';
import { audit } from '../audit.ts';
import { userError } from '../errors.ts';
import {
  GENERAL_RATIO_CAP,
  generalRatioCapProblems,
  getDrawSettings,
  normalizeFactors,
  RISK_CREDIT_FACTORS,
  riskCreditFactorsProblems,
  type DrawSettings,
} from '../settings.ts';

const DrawSettingsRef = builder.objectRef<DrawSettings>('DrawSettings').implement({
  description:
    '摇号设置：一般检查事项抽查比例上限（规则2）和风险、信用调整系数（规则8） / Draw settings: the GENERAL-item ratio cap (rule 2) and the risk/credit factors (rule 8)',
  fields: (t) => ({
    generalRatioCap: t.exposeFloat('generalRatioCap', {
      description: '一般检查事项的抽查比例上限（0–1；事项可另设更低上限） / Upper sampling ratio of GENERAL items, in (0, 1]; an item may set a lower one',
    }),
    riskCreditFactors: t.field({
      type: 'JSON',
      description:
        '风险、信用调整系数 { risk: {LOW, MEDIUM, HIGH}, credit: {NORMAL, ABNORMAL, DISHONEST} }：低风险降低、高风险和失信提高抽查比例 / Factors multiplying a class ratio by risk level and credit status (rule 8)',
      resolve: (s) => s.riskCreditFactors,
    }),
  }),
});

builder.queryFields((t) => ({
  drawSettings: t.field({
    type: DrawSettingsRef,
    description: '摇号设置（未设置时为默认值） / The draw settings (defaults where none is set)',
    authScopes: { signedIn: true },
    resolve: (_r, _args, ctx) => getDrawSettings(ctx.prisma),
  }),
}));

/** Writes (or, for null, removes so the default applies) one setting. */
async function putSetting(tx: Prisma.TransactionClient, key: string, value: Prisma.InputJsonValue | null, userId: string) {
  if (value === null) await tx.setting.deleteMany({ where: { key } });
  else await tx.setting.upsert({ where: { key }, create: { key, value, updatedById: userId }, update: { value, updatedById: userId } });
}

builder.mutationFields((t) => ({
  updateDrawSettings: t.field({
    type: DrawSettingsRef,
    description:
      '修改摇号设置（管理员）；此后发布或进行的摇号适用，已完成的摇号按其回执记录的参数 / Change the draw settings (administrators); draws made earlier keep the values their receipts recorded',
    authScopes: { $all: { admin: true, writer: true } },
    args: {
      generalRatioCap: t.arg.float({
        required: false,
        description:
          '一般检查事项抽查比例上限，0 到 1（不含 0），最多 4 位小数；null = 恢复默认 / Ratio cap in (0, 1], at most 4 decimals; null = back to the default',
      }),
      riskCreditFactors: t.arg({
        type: 'JSON',
        required: false,
        description:
          '风险、信用调整系数 { risk: {LOW, MEDIUM, HIGH}, credit: {NORMAL, ABNORMAL, DISHONEST} }，均为正数（不超过 100，最多 4 位小数）；null = 恢复默认 / Positive factors (≤ 100, at most 4 decimals); null = back to the defaults',
      }),
    },
    resolve: async (_r, args, ctx) => {
      if (args.generalRatioCap === undefined && args.riskCreditFactors === undefined) throw userError('SETTINGS.NOTHING_TO_UPDATE');
      if (args.generalRatioCap !== undefined && args.generalRatioCap !== null) {
        const problems = generalRatioCapProblems(args.generalRatioCap);
        if (problems.length > 0) throw userError('SETTINGS.GENERAL_RATIO_CAP_INVALID', problems.join('；'), { field: 'generalRatioCap', problems });
      }
      if (args.riskCreditFactors !== undefined && args.riskCreditFactors !== null) {
        const problems = riskCreditFactorsProblems(args.riskCreditFactors);
        if (problems.length > 0) throw userError('SETTINGS.RISK_CREDIT_FACTORS_INVALID', problems.join('；'), { field: 'riskCreditFactors', problems });
      }
      return ctx.prisma.$transaction(async (tx) => {
        const before = await getDrawSettings(tx);
        const userId = ctx.user!.id;
        if (args.generalRatioCap !== undefined) await putSetting(tx, GENERAL_RATIO_CAP, args.generalRatioCap, userId);
        if (args.riskCreditFactors !== undefined) {
          const factors = args.riskCreditFactors === null ? null : normalizeFactors(args.riskCreditFactors as RiskCreditFactors);
          await putSetting(tx, RISK_CREDIT_FACTORS, factors as unknown as Prisma.InputJsonValue | null, userId);
        }
        const after = await getDrawSettings(tx);
        await audit(tx, ctx, { action: 'updateDrawSettings', entity: 'Setting', entityId: 'drawSettings', before, after });
        return after;
      });
    },
  }),
}));

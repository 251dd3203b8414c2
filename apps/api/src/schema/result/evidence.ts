import { createHash } from 'node:crypto';
import { builder } from '../../builder.ts';
import { audit } from '../../audit.ts';
import { clock } from '../../clock.ts';
import { notFound, userError } from '../../errors.ts';
import { assertUnitWrite, requireFields } from '../../validation.ts';
import { checkEvidence } from '../../evidence.ts';
import { responsibleUnitId } from './responsible.ts';
import { assertTransition, loadResult } from './write.ts';

builder.prismaObject('Evidence', {
  description: '证据材料（照片、执法记录、笔录等，按检查对象归档） / An evidence file, archived per target (G30)',
  authScopes: { signedIn: true },
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    resultId: t.exposeID('resultId', { description: '检查结果 / Result' }),
    filename: t.exposeString('filename', { description: '文件名 / File name' }),
    mimeType: t.exposeString('mimeType', { description: '文件类型 / MIME type' }),
    size: t.exposeInt('size', { description: '大小（字节） / Size in bytes' }),
    sha256: t.exposeString('sha256', { description: 'SHA-256 摘要 / SHA-256 of the content' }),
    uploadedById: t.exposeID('uploadedById', { nullable: true, description: '上传人 / Uploaded by' }),
    uploadedAt: t.expose('uploadedAt', { type: 'DateTime', description: '上传时间 / Uploaded at' }),
    contentBase64: t.string({
      description: '文件内容（Base64，仅在需要下载时查询） / The file, base64 — ask for it only to download',
      select: { data: true },
      resolve: (e) => Buffer.from(e.data).toString('base64'),
    }),
  }),
});

export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;
export const EVIDENCE_MAX_FILES = 30;
/** Photos, scans, recordings of the visit (全过程执法记录) and office documents. */
const EVIDENCE_TYPES =
  /^(image\/(jpeg|png|gif|webp|heic|tiff)|application\/pdf|video\/(mp4|quicktime|webm)|audio\/(mpeg|mp4|wav|x-m4a|aac)|application\/(msword|vnd\.openxmlformats-officedocument\.(wordprocessingml\.document|spreadsheetml\.sheet))|application\/vnd\.ms-excel|text\/plain)$/;

builder.mutationFields((t) => ({
  addEvidence: t.prismaField({
    type: 'Evidence',
    description: `上传证据材料（单个文件不超过 ${EVIDENCE_MAX_BYTES / 1024 / 1024} MB，每个结果最多 ${EVIDENCE_MAX_FILES} 个） / Upload an evidence file (G30)`,
    authScopes: { writer: true },
    args: {
      resultId: t.arg.id({ required: true, description: '检查结果 / Result' }),
      filename: t.arg.string({ required: false, description: '文件名 / File name' }),
      mimeType: t.arg.string({ required: false, description: '文件类型 / MIME type' }),
      contentBase64: t.arg.string({ required: false, description: '文件内容（Base64） / Content, base64' }),
    },
    resolve: async (query, _r, args, ctx) => {
      requireFields(args, { filename: '文件名', mimeType: '文件类型', contentBase64: '文件内容' });
      const mimeType = args.mimeType!.trim().toLowerCase();
      if (!EVIDENCE_TYPES.test(mimeType)) throw userError('EVIDENCE.TYPE_NOT_ALLOWED', mimeType, { field: 'mimeType' });
      const b64 = args.contentBase64!.replace(/\s/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0)
        throw userError('VALIDATION.INVALID', '文件内容不是有效的 Base64 编码', { field: 'contentBase64' });
      const data = Buffer.from(b64, 'base64');
      if (data.length === 0) throw userError('VALIDATION.REQUIRED', '文件内容', { field: 'contentBase64' });
      if (data.length > EVIDENCE_MAX_BYTES)
        throw userError('EVIDENCE.TOO_LARGE', `${(data.length / 1024 / 1024).toFixed(1)} MB`, { size: data.length, max: EVIDENCE_MAX_BYTES });
      return ctx.prisma.$transaction(async (tx) => {
        const r = await loadResult(tx, String(args.resultId));
        const unitId = responsibleUnitId(r.taskTarget);
        assertUnitWrite(ctx.user, unitId);
        assertTransition(r, 'ATTACH_EVIDENCE');
        if ((await tx.evidence.count({ where: { resultId: r.id } })) >= EVIDENCE_MAX_FILES)
          throw userError('EVIDENCE.TOO_MANY', undefined, { max: EVIDENCE_MAX_FILES });
        const file = await checkEvidence(args.filename!, mimeType, data);
        const e = await tx.evidence.create({
          data: {
            resultId: r.id,
            filename: file.filename,
            mimeType: file.mimeType,
            size: data.length,
            sha256: createHash('sha256').update(data).digest('hex'),
            data,
            uploadedAt: clock.now(),
            uploadedById: ctx.user!.id,
          },
        });
        await audit(tx, ctx, {
          action: 'addEvidence',
          entity: 'Result',
          entityId: r.id,
          unitId,
          after: { evidenceId: e.id, filename: e.filename, size: e.size, sha256: e.sha256 },
        });
        return tx.evidence.findUniqueOrThrow({ ...query, where: { id: e.id } });
      });
    },
  }),

  removeEvidence: t.prismaField({
    type: 'Evidence',
    description: '删除证据材料（结果审核通过前） / Remove an evidence file before the result is approved',
    authScopes: { writer: true },
    args: { id: t.arg.id({ required: true, description: '编号 / Id' }) },
    resolve: async (query, _r, args, ctx) => {
      return ctx.prisma.$transaction(async (tx) => {
        const e = await tx.evidence.findUnique({
          where: { id: String(args.id) },
          select: { id: true, resultId: true, filename: true, sha256: true, size: true },
        });
        if (!e) throw notFound('证据材料');
        const r = await loadResult(tx, e.resultId);
        const unitId = responsibleUnitId(r.taskTarget);
        assertUnitWrite(ctx.user, unitId);
        assertTransition(r, 'ATTACH_EVIDENCE');
        const gone = await tx.evidence.findUniqueOrThrow({ ...query, where: { id: e.id } });
        await tx.evidence.delete({ where: { id: e.id } });
        await audit(tx, ctx, { action: 'removeEvidence', entity: 'Result', entityId: r.id, unitId, before: e });
        return gone;
      });
    },
  }),
}));

// Every document kind of the publication outbox against its JSON Schema (docs/publication/schemas, draft 2020-12).
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from './creditCode.ts';
import {
  backoffDelay,
  chinaIso,
  checklistVersionDocument,
  correctionSignedDocument,
  deliveryState,
  drawLockedDocument,
  planDocument,
  PUBLICATION_KINDS,
  PUBLICATION_SCHEMA_VERSIONS,
  type PublicationDraft,
  type PublicationKind,
  resultPublishedDocument,
  taskAnnouncementDocument,
  taskWithheldDocument,
} from './publication.ts';

const schemaFiles = (import.meta as unknown as { glob: (p: string, o: object) => Record<string, unknown> }).glob('../../../docs/publication/schemas/*.json', {
  import: 'default',
  eager: true,
});
const ajv = new Ajv2020({ strict: true, allErrors: true });
const schemaOf = (kind: string, version: number) => {
  const s = schemaFiles[`../../../docs/publication/schemas/${kind}.v${version}.json`];
  if (!s) throw new Error(`no schema file for ${kind} v${version}`);
  return ajv.getSchema((s as { $id: string }).$id) ?? ajv.compile(s as object);
};
const valid = (d: PublicationDraft) => {
  const validate = schemaOf(d.kind, d.schemaVersion);
  const ok = validate(d.document);
  return ok ? true : validate.errors;
};

const code = (body: string) => body + creditCodeCheckChar(body);
const publisher = { creditCode: code('11370303MB0000001'), name: '某区自然资源局' };
const firm = { creditCode: code('91370303MA3C00001'), name: '淄博某某建材有限公司' };
const at = new Date('2026-12-06T02:03:04.005Z');
const task = { code: 'T2026-001', name: '2026 年矿产资源开发利用抽查' };

const samples: Record<PublicationKind, PublicationDraft> = {
  'checklist-version': checklistVersionDocument(publisher, {
    item: {
      code: 'ZR-001',
      name: '矿业权人勘查开采信息公示',
      objectType: '矿山企业',
      category: 'GENERAL',
      methods: ['ON_SITE'],
      legalBasis: '《矿产资源法》',
      defaultRatio: '0.0500',
      unitName: '矿管科',
    },
    version: 2,
    change: 'UPDATE',
    notice: '调整抽查比例',
    changedAt: at,
  }),
  plan: planDocument(publisher, {
    year: 2026,
    title: '2026 年度双随机抽查工作计划',
    unitName: '矿管科',
    version: 1,
    event: 'FILED',
    reason: '初次备案',
    filedWith: '淄博市自然资源和规划局',
    filedAt: at,
    items: [
      {
        checkItemCode: 'ZR-002',
        checkItemName: '土地',
        scope: '全区',
        windowFrom: new Date('2026-03-01'),
        windowTo: new Date('2026-06-30'),
        estimatedCount: 40,
        ratio: '0.1',
        temporary: false,
      },
      {
        checkItemCode: 'ZR-001',
        checkItemName: '矿业',
        scope: '全区',
        windowFrom: new Date('2026-03-01'),
        windowTo: new Date('2026-06-30'),
        estimatedCount: 10,
        ratio: '1',
        temporary: true,
      },
    ],
  }),
  'task-announcement': taskAnnouncementDocument(publisher, {
    task: {
      ...task,
      windowFrom: new Date('2026-12-10'),
      windowTo: new Date('2026-12-31'),
      ownerUnitName: '矿管科',
      executingUnitName: '执法大队',
      checkItems: [{ code: 'ZR-001', name: '矿业' }],
      classes: [{ key: 'a', label: '全部', ratio: '0.0500', count: null }],
    },
    seedCommitment: 'a'.repeat(64),
    announcedAt: at,
  }),
  'draw-locked': drawLockedDocument(publisher, {
    task: { ...task, isPublic: true },
    draw: {
      kind: 'TARGETS',
      sequence: 1,
      candidateCount: 120,
      candidateListHash: 'b'.repeat(64),
      seedCommitment: 'a'.repeat(64),
      seed: 'c'.repeat(64),
      drawnAt: at,
      lockedAt: at,
    },
    targets: [firm],
  }),
  'result-published': resultPublishedDocument(publisher, {
    task,
    target: firm,
    inspectedOn: new Date('2026-12-01'),
    outcome: 'NO_PROBLEM',
    followUpAction: 'NONE',
    findings: [{ checkItemCode: 'ZR-001', compliant: true, finding: null }],
    publishedAt: at,
  }),
  'correction-signed': correctionSignedDocument(publisher, { task, target: firm, reason: '笔误', changes: { outcome: 'CORRECTED_ON_ORDER' }, signedAt: at }),
  'task-withheld': taskWithheldDocument(publisher, { task, isPublic: false, category: 'STATE_SECRET', basis: '《政府信息公开条例》第十四条', decidedAt: at }),
};

describe('publication documents (issue 16)', () => {
  it('has a sample and a schema file for every kind at its current version', () => {
    expect(Object.keys(samples).sort()).toEqual([...PUBLICATION_KINDS].sort());
    for (const k of PUBLICATION_KINDS) expect(() => schemaOf(k, PUBLICATION_SCHEMA_VERSIONS[k])).not.toThrow();
  });

  it.each(PUBLICATION_KINDS)('%s matches its JSON Schema', (kind) => {
    const d = samples[kind];
    expect(d.kind).toBe(kind);
    expect(valid(d)).toBe(true);
    expect(d.document.occurredAt).toBe('2026-12-06T10:03:04.005+08:00');
  });

  it.each(PUBLICATION_KINDS)('%s: its schema refuses a document without a subject or with an extra field', (kind) => {
    const { subject: _s, ...rest } = samples[kind].document;
    expect(valid({ ...samples[kind], document: rest })).not.toBe(true);
    expect(valid({ ...samples[kind], document: { ...samples[kind].document, extra: 1 } })).not.toBe(true);
    expect(valid({ ...samples[kind], document: { ...samples[kind].document, occurredAt: at.toISOString() } })).not.toBe(true);
  });

  it('keys a result and a correction by the enterprise, the rest by the publishing bureau', () => {
    expect(samples['result-published'].subjectKey).toBe(firm.creditCode);
    expect(samples['correction-signed'].subjectKey).toBe(firm.creditCode);
    for (const k of ['checklist-version', 'plan', 'task-announcement', 'draw-locked', 'task-withheld'] as const)
      expect(samples[k].subjectKey).toBe(publisher.creditCode);
  });

  it('is stable: the same data gives the same document, whatever the order it was loaded in', () => {
    const again = planDocument(publisher, {
      year: 2026,
      title: '2026 年度双随机抽查工作计划',
      unitName: '矿管科',
      version: 1,
      event: 'FILED',
      reason: '初次备案',
      filedWith: '淄博市自然资源和规划局',
      filedAt: at,
      items: [
        {
          checkItemCode: 'ZR-001',
          checkItemName: '矿业',
          scope: '全区',
          windowFrom: new Date('2026-03-01'),
          windowTo: new Date('2026-06-30'),
          estimatedCount: 10,
          ratio: '1',
          temporary: true,
        },
        {
          checkItemCode: 'ZR-002',
          checkItemName: '土地',
          scope: '全区',
          windowFrom: new Date('2026-03-01'),
          windowTo: new Date('2026-06-30'),
          estimatedCount: 40,
          ratio: '0.1',
          temporary: false,
        },
      ],
    });
    expect(JSON.stringify(again.document)).toBe(JSON.stringify(samples.plan.document));
  });

  it("publishes a withheld task's draw without its enterprises", () => {
    const d = drawLockedDocument(publisher, {
      task: { ...task, isPublic: false },
      draw: { kind: 'TARGETS', sequence: 1, candidateCount: 1, candidateListHash: 'b', seedCommitment: 'a', seed: 'c', drawnAt: at, lockedAt: at },
      targets: [firm],
    });
    expect(d.document.targets).toBeNull();
    expect(d.document.targetCount).toBe(1);
    expect(valid(d)).toBe(true);
  });

  it('writes times in +08:00 across the day boundary', () => {
    expect(chinaIso(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01T00:30:00.000+08:00');
  });

  it('backs off exponentially up to the cap', () => {
    const b = { baseMs: 1000, maxMs: 10_000 };
    expect([1, 2, 3, 4, 5, 50].map((n) => backoffDelay(n, b))).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it('tells where a document stands for a receiver', () => {
    const r = { kinds: ['plan'], deliveredSeq: 5n, failures: 2, nextSeq: 7n };
    expect(deliveryState({ seq: 5n, kind: 'plan' }, r)).toBe('DELIVERED');
    expect(deliveryState({ seq: 7n, kind: 'plan' }, r)).toBe('FAILING');
    expect(deliveryState({ seq: 9n, kind: 'plan' }, r)).toBe('PENDING');
    expect(deliveryState({ seq: 9n, kind: 'draw-locked' }, r)).toBe('NOT_SUBSCRIBED');
  });
});

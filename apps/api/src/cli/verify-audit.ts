#!/usr/bin/env tsx
// Verifies the audit trail's hash chain on the database the server would open ($DATABASE_URL, else the embedded
// one in $SSJ_DATA_DIR): every event's hash is recomputed, page by page, in seq order (SECURITY.md).
//
//   npm run audit:verify -w @ssj/api                          intact → exit 0 and the head "<seq>:<hash>"
//   npm run audit:verify -w @ssj/api -- --expect 1234:<hash>  also require that earlier head, unchanged
//
// Broken → exit 1 with the first broken seq and why; a usage or connection error → exit 2. Read-only: it applies no
// migration and writes nothing.
import { openDatabase } from '@ssj/db';
import { AUDIT_CHAIN_BREAK_MESSAGES, parseAuditChainHead } from '@ssj/domain';
import { verifyAuditChain } from '../auditChain.ts';

const usage = 'usage: verify-audit.ts [--expect <seq>:<sha256-hex>]';

async function main(argv: string[]): Promise<number> {
  let expected = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a.startsWith('--expect=') ? a.slice('--expect='.length) : a === '--expect' ? argv[++i] : undefined;
    if (value === undefined) {
      console.error(usage);
      return 2;
    }
    expected = parseAuditChainHead(value);
    if (!expected) {
      console.error(`--expect: not "<seq>:<64 hex digits>": ${value}\n${usage}`);
      return 2;
    }
  }
  const db = await openDatabase({ migrate: false });
  try {
    console.log(`数据库 / Database: ${db.description}`);
    const s = await verifyAuditChain(db.prisma, { expectedHead: expected });
    if (s.intact) {
      console.log(
        `审计链完整 / Audit chain intact: ${s.events} 条记录 / events${expected ? `，包含此前记下的链头 / contains the expected head ${expected.seq}` : ''}`,
      );
      console.log(`链头 / Head: ${s.headSeq === null ? '（空 / empty）' : `${s.headSeq}:${s.headHash}`}`);
      return 0;
    }
    console.log(`审计链在第 ${s.brokenAt} 条断开 / Audit chain broken at seq ${s.brokenAt}: ${s.reason} — ${AUDIT_CHAIN_BREAK_MESSAGES[s.reason!]}`);
    console.log(`此前 ${s.events} 条记录完整 / ${s.events} events verify before it${s.headSeq !== null ? `, the last one ${s.headSeq}:${s.headHash}` : ''}`);
    return 1;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);

import { auditDocument, type AuditCheck } from '../ingest/audit.js';
import type { Store } from '../store/store.js';

const MARK: Record<AuditCheck['status'], string> = { pass: 'PASS', fail: 'FAIL', note: 'NOTE', skip: 'SKIP' };

/** Audit every document in the store; prints each check; returns the number of failed checks. */
export async function auditStore(store: Store, log: (line: string) => void): Promise<number> {
  let failed = 0;
  const docs = await store.listDocuments();
  if (docs.length === 0) log('no documents in the database — run `budget-qa ingest` first');
  for (const summary of docs) {
    const doc = (await store.getDocument(summary.id))!;
    const facts = await store.facts({ docId: doc.id });
    log(`${doc.sourceName} — ${doc.title} (${facts.length} facts)`);
    for (const check of auditDocument(doc.text, facts)) {
      if (check.status === 'fail') failed++;
      log(`  ${MARK[check.status]} ${check.title}: ${check.detail}`);
    }
  }
  return failed;
}

import { identify } from '../domain/department.js';
import { auditDocument, auditYears, type AuditCheck } from '../ingest/audit.js';
import type { Store } from '../store/store.js';

const MARK: Record<AuditCheck['status'], string> = { pass: 'PASS', fail: 'FAIL', note: 'NOTE', skip: 'SKIP' };

/**
 * Audit every document in the store, then every department loaded for two consecutive years (the later document's
 * stated changes against the earlier document's figures). Prints each check; returns the number of failed checks.
 */
export async function auditStore(store: Store, log: (line: string) => void): Promise<number> {
  let failed = 0;
  const docs = await store.listDocuments();
  if (docs.length === 0) log('no documents in the database — run `budget-qa ingest` first');
  const report = (check: AuditCheck) => {
    if (check.status === 'fail') failed++;
    log(`  ${MARK[check.status]} ${check.title}: ${check.detail}`);
  };
  for (const summary of docs) {
    const doc = (await store.getDocument(summary.id))!;
    const facts = await store.facts({ docId: doc.id });
    log(`${doc.sourceName} — ${doc.title} (${facts.length} facts)`);
    auditDocument(doc.text, facts).forEach(report);
  }
  const byDepartment = new Map<string, typeof docs>();
  for (const d of docs) {
    const key = identify({ title: d.title, department: d.department, subUnits: [] }).departmentKey;
    byDepartment.set(key, [...(byDepartment.get(key) ?? []), d]);
  }
  for (const series of byDepartment.values()) {
    for (const later of series) {
      const earlier = series.find((d) => d.year === later.year - 1);
      if (!earlier) continue;
      log(`${later.department}: ${later.year} against ${earlier.year}`);
      report(auditYears({ year: later.year, facts: await store.facts({ docId: later.id }) }, { year: earlier.year, facts: await store.facts({ docId: earlier.id }) }));
    }
  }
  return failed;
}

import type { ParsedDocument } from '../domain/types.js';

/**
 * The `budget-qa extract --json` shape. An external check depends on it — keep it exactly:
 * {"document":{"title","department","year"},"facts":[{"key","label","year","value","unit","change"?,"reason"?,"start","end"}],"warnings":[…]}
 */
export function toExtractJson(parsed: ParsedDocument) {
  return {
    document: { title: parsed.document.title, department: parsed.document.department, year: parsed.document.year },
    facts: parsed.facts.map((f) => ({
      key: f.key,
      label: f.label,
      year: f.year,
      value: f.value,
      unit: f.unit,
      ...(f.change !== undefined ? { change: f.change } : {}),
      ...(f.reason !== undefined ? { reason: f.reason } : {}),
      start: f.span.start,
      end: f.span.end,
    })),
    warnings: parsed.warnings.map((w) => ({ message: w.message, start: w.span.start, end: w.span.end, quote: w.quote })),
  };
}

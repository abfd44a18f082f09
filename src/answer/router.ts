import type { CatalogDoc, DocumentCatalog, NameHit } from '../domain/document-catalog.js';
import { unique } from './unique.js';

/** Which document(s) a question is about. */
export type Route =
  /** One document: named, pinned by the request, kept from the conversation, or the only one loaded. */
  | { kind: 'document'; doc: CatalogDoc; via: 'named' | 'pinned' | 'conversation' | 'only' }
  /** Several departments at once (ranking, comparison, sum): the documents of one year. */
  | { kind: 'across'; docs: CatalogDoc[]; year: number; named: boolean }
  /** Several documents fit and nothing decides between them: ask which. */
  | { kind: 'choose'; candidates: CatalogDoc[]; reason: 'ambiguous' | 'unnamed' }
  /** The question names a department that is not loaded. */
  | { kind: 'unknown'; name: string; close: CatalogDoc[] };

export interface RouteInput {
  /** The normalised question. */
  question: string;
  /** A document the request pins (the portal's department picker). */
  pinnedDocId?: string;
  /** The conversation's previous document(s), or the departments it offered to choose from. */
  previous?: { docId?: string; docIds?: string[]; candidates?: string[] };
  /** The question asks across departments (哪个部门最多, 各部门合计, 比较A和B). */
  acrossCue: boolean;
  /** A year the question names outright (2025年). */
  year?: number;
  /** Another organisation named in the question that is not a loaded department (from the question's own words). */
  unknownName?: string;
}

/** Route a question to the document(s) it is about. Pure. */
export function route(catalog: DocumentCatalog, input: RouteInput): Route {
  const { hits, elsewhere } = namedDepartments(catalog, input.question);
  const several = catalog.latestPerDepartment().length > 1;
  // "荣昌区统计局" when only other districts' 统计局 are loaded: that department is not here. (With one department
  // loaded, its document answers and says what is not covered, with its own contact.)
  if (elsewhere && hits.length === 0 && several) return { kind: 'unknown', name: elsewhere.name, close: latestOf(elsewhere.docs) };
  const pinned = input.pinnedDocId ? catalog.get(input.pinnedDocId) : undefined;
  if (hits.length > 0) {
    // A name that covers the pinned document (its own name, one of its sub-units) keeps the pin.
    if (pinned && hits.every((h) => h.docs.some((d) => d.departmentKey === pinned.departmentKey))) return { kind: 'document', doc: pinned, via: 'pinned' };
    const departments = unique(hits.flatMap((h) => h.departments));
    if (departments.length === 1) {
      const docs = hits.flatMap((h) => h.docs).filter((d) => d.departmentKey === departments[0]);
      return { kind: 'document', doc: pickYear(catalog, docs, input), via: 'named' };
    }
    const year = input.year ?? catalog.latestYear() ?? 0;
    const ambiguous = hits.find((h) => h.departments.length > 1);
    if (ambiguous && !input.acrossCue) return { kind: 'choose', candidates: latestOf(ambiguous.docs), reason: 'ambiguous' };
    const docs = latestOf(hits.flatMap((h) => h.docs), year);
    return { kind: 'across', docs, year, named: true };
  }
  const offered = (input.previous?.candidates ?? []).map((id) => catalog.get(id)).filter((d): d is CatalogDoc => !!d);
  if (offered.length) {
    // "荣昌区的" after "which 统计局?": the district picks one of the departments offered.
    const districts = catalog.findDistricts(input.question);
    const picked = offered.filter((d) => d.district && districts.includes(d.district));
    if (picked.length === 1) return { kind: 'document', doc: pickYear(catalog, picked, input), via: 'conversation' };
  }
  // A pinned department answers (and says the other one is not loaded, with its own contact line).
  if (pinned) return { kind: 'document', doc: pinned, via: 'pinned' };
  if (input.unknownName && several) return { kind: 'unknown', name: input.unknownName, close: catalog.closeMatches(input.unknownName) };
  const previousDoc = input.previous?.docId ? catalog.get(input.previous.docId) : undefined;
  if (previousDoc) return { kind: 'document', doc: pickYear(catalog, [previousDoc], input), via: 'conversation' };
  const previousDocs = (input.previous?.docIds ?? []).map((id) => catalog.get(id)).filter((d): d is CatalogDoc => !!d);
  if (previousDocs.length > 1) return { kind: 'across', docs: previousDocs, year: previousDocs[0]!.year, named: true };
  const departments = catalog.latestPerDepartment();
  if (departments.length === 1) return { kind: 'document', doc: pickYear(catalog, departments, input), via: 'only' };
  if (input.acrossCue) {
    const year = input.year ?? catalog.latestYear() ?? 0;
    return { kind: 'across', docs: catalog.docs.filter((d) => d.year === year), year, named: false };
  }
  return { kind: 'choose', candidates: departments, reason: 'unnamed' };
}

interface NamedDepartment {
  hit: NameHit;
  docs: CatalogDoc[];
  departments: string[];
}

/**
 * Department names in the question, narrowed by a district the question names (荣昌区 … 统计局). A name whose loaded
 * departments are all in other districts than the one named is a department that is not loaded (`elsewhere`).
 */
function namedDepartments(catalog: DocumentCatalog, question: string): { hits: NamedDepartment[]; elsewhere?: { name: string; docs: CatalogDoc[] } } {
  const spans = catalog.districtSpans(question);
  let elsewhere: { name: string; docs: CatalogDoc[] } | undefined;
  const hits = catalog.findNames(question).flatMap((hit) => {
    let docs = hit.docIds.map((id) => catalog.get(id)!).filter(Boolean);
    if (docs.length === 0) return [];
    // The district written just before the name (荣昌区统计局, 荣昌区的统计局) says which one.
    const qualifier = spans.find((s) => s.end <= hit.start && hit.start - s.end <= 1);
    if (qualifier) {
      const inDistrict = docs.filter((d) => d.district === qualifier.district);
      if (inDistrict.length === 0) {
        elsewhere ??= { name: `${qualifier.district}${hit.name}`, docs };
        return [];
      }
      docs = inDistrict;
    }
    return [{ hit, docs, departments: unique(docs.map((d) => d.departmentKey)) }];
  });
  return { hits, ...(elsewhere ? { elsewhere } : {}) };
}

/** The document of the asked year when the department has one, else its most recent. */
function pickYear(catalog: DocumentCatalog, docs: CatalogDoc[], input: RouteInput): CatalogDoc {
  const series = catalog.series(docs[0]!.departmentKey);
  if (input.year !== undefined) {
    const exact = series.find((d) => d.year === input.year);
    if (exact) return exact;
  }
  if (docs.length === 1) return docs[0]!;
  return series[series.length - 1] ?? docs[0]!;
}

/** One document per department: of the given year when there is one, else the most recent. */
function latestOf(docs: CatalogDoc[], year?: number): CatalogDoc[] {
  const byDept = new Map<string, CatalogDoc>();
  for (const d of docs) {
    const cur = byDept.get(d.departmentKey);
    const better = !cur || (year !== undefined ? d.year === year && cur.year !== year : d.year > cur.year);
    if (better) byDept.set(d.departmentKey, d);
  }
  return [...byDept.values()];
}


import { districtShort, foldName, identify, namesOf, type DocumentIdentity, type NameKind } from './department.js';

/** One loaded document as the catalog knows it: no text, no facts — enough to route a question and list it. */
export interface CatalogDoc extends DocumentIdentity {
  id: string;
  sourceName: string;
  title: string;
  year: number;
  factCount: number;
  subUnits: string[];
}

export interface CatalogSummary {
  id: string;
  sourceName: string;
  title: string;
  department: string;
  year: number;
  factCount: number;
  subUnits: string[];
}

/** A name of a loaded department found in a question. */
export interface NameHit {
  start: number;
  end: number;
  name: string;
  kind: NameKind;
  docIds: string[];
}

export interface DepartmentGroup {
  departmentKey: string;
  department: string;
  district?: string;
  level: CatalogDoc['level'];
  documents: Array<{ id: string; year: number; title: string }>;
}

/**
 * Every loaded document with its identity, and an index of the names a citizen would use for each (full, short,
 * sub-units). Built once per version of the store's catalog; matching a question costs a pass over its characters,
 * not a pass over the documents. Pure.
 */
export class DocumentCatalog {
  readonly docs: CatalogDoc[];
  private readonly byId = new Map<string, CatalogDoc>();
  private readonly names = new Map<string, { kind: NameKind; docIds: string[] }>();
  /** First two characters of a name → the names starting with them, longest first. */
  private readonly byPrefix = new Map<string, string[]>();
  private readonly districtNames: Array<{ name: string; district: string }>;
  private allNamesText?: string;
  private readonly latest: CatalogDoc[];
  private readonly covered: string[];

  constructor(
    summaries: readonly CatalogSummary[],
    readonly knownDistricts: readonly string[] = [],
    readonly version = 0,
  ) {
    this.docs = summaries
      .map((s) => ({ ...s, ...identify({ title: s.title, department: s.department, subUnits: s.subUnits.map((name) => ({ name })) }, knownDistricts) }))
      .sort((a, b) => b.year - a.year || a.sourceName.localeCompare(b.sourceName));
    for (const d of this.docs) {
      this.byId.set(d.id, d);
      for (const n of namesOf(d, d.subUnits)) {
        const entry = this.names.get(n.name) ?? { kind: n.kind, docIds: [] };
        if (!entry.docIds.includes(d.id)) entry.docIds.push(d.id);
        if (n.kind !== 'subunit') entry.kind = n.kind;
        this.names.set(n.name, entry);
      }
    }
    for (const name of this.names.keys()) {
      const key = name.slice(0, 2);
      this.byPrefix.set(key, [...(this.byPrefix.get(key) ?? []), name]);
    }
    for (const list of this.byPrefix.values()) list.sort((a, b) => b.length - a.length);
    const districts = new Set<string>([...knownDistricts, ...this.docs.flatMap((d) => (d.district ? [d.district] : []))]);
    const seen = new Set<string>();
    this.latest = this.docs.filter((d) => (seen.has(d.departmentKey) ? false : (seen.add(d.departmentKey), true)));
    this.covered = [...new Set(this.docs.flatMap((d) => (d.district ? [d.district] : [])))];
    this.districtNames = [...districts]
      .flatMap((d) => [{ name: foldName(d), district: d }, { name: foldName(districtShort(d)), district: d }])
      .sort((a, b) => b.name.length - a.name.length);
  }

  get size(): number {
    return this.docs.length;
  }

  get(id: string): CatalogDoc | undefined {
    return this.byId.get(id);
  }

  /** The most recent budget year loaded. */
  latestYear(): number | undefined {
    return this.docs[0]?.year;
  }

  /** Documents of the same department, oldest first. */
  series(departmentKey: string): CatalogDoc[] {
    return this.docs.filter((d) => d.departmentKey === departmentKey).sort((a, b) => a.year - b.year);
  }

  /** The same department's document for another year. */
  sibling(doc: CatalogDoc, year: number): CatalogDoc | undefined {
    return this.docs.find((d) => d.departmentKey === doc.departmentKey && d.year === year);
  }

  /**
   * Names of loaded departments in a question: longest first, never overlapping. A name inside a longer word of
   * the question that is itself a name (统计局 inside 荣昌区统计局) is not counted twice.
   */
  findNames(question: string): NameHit[] {
    const q = foldName(question);
    const candidates: NameHit[] = [];
    let cityBodyEnd = 0;
    for (let i = 0; i + 1 < q.length; i++) {
      const name = this.nameAt(q, i);
      if (!name) continue;
      const entry = this.names.get(name)!;
      // A city body's name (重庆市人民政府办公室) is not this department's, nor is any name inside it (政府办公室).
      if (this.cityBodyAt(q, i, name, entry.docIds)) cityBodyEnd = Math.max(cityBodyEnd, i + name.length);
      if (i < cityBodyEnd) continue;
      candidates.push({ start: i, end: i + name.length, name, kind: entry.kind, docIds: entry.docIds });
    }
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: NameHit[] = [];
    for (const c of candidates) if (taken.every((t) => c.end <= t.start || c.start >= t.end)) taken.push(c);
    return taken.sort((a, b) => a.start - b.start);
  }

  /** City bodies a question names by a district department's bare name after 市 (重庆市政府办公室): another department. */
  cityBodies(question: string): string[] {
    const q = foldName(question);
    const out: string[] = [];
    for (let i = q.indexOf('市') + 1; i > 0; i = q.indexOf('市', i) + 1) {
      const name = this.nameAt(q, i);
      if (name && this.cityBodyAt(q, i, name, this.names.get(name)!.docIds)) out.push(`${q.slice(0, i - 1).endsWith('重庆') ? '重庆' : ''}市${name}`);
    }
    return out;
  }

  /** The longest loaded name starting at this place of a folded question. */
  private nameAt(q: string, at: number): string | undefined {
    return (this.byPrefix.get(q.slice(at, at + 2)) ?? []).find(
      // A short form ending in 办 inside the word 办公 (政府办 in 重庆市政府办公厅) is not that short form.
      (name) => q.startsWith(name, at) && !(name.endsWith('办') && q[at + name.length] === '公'),
    );
  }

  /**
   * A district department's bare name right after 市 (重庆市政府办公室, 市政府办) names the city's body of that kind,
   * not the district's: no district stands between.
   */
  private cityBodyAt(q: string, at: number, name: string, docIds: readonly string[]): boolean {
    if (at === 0 || q[at - 1] !== '市') return false;
    if (this.districtNames.some((d) => name.startsWith(d.name))) return false;
    return docIds.every((id) => this.byId.get(id)?.district !== undefined);
  }

  /** Districts (or counties) a question names, by full or short name. */
  findDistricts(question: string): string[] {
    return [...new Set(this.districtSpans(question).map((s) => s.district))];
  }

  /** Where the question names districts (positions in the folded question), longest names first, not overlapping. */
  districtSpans(question: string): Array<{ start: number; end: number; district: string }> {
    let q = foldName(question);
    const spans: Array<{ start: number; end: number; district: string }> = [];
    for (const { name, district } of this.districtNames) {
      const first = name.length < 2 ? -1 : q.indexOf(name);
      if (first < 0) continue;
      for (let at = first; at >= 0; at = q.indexOf(name, at + 1)) spans.push({ start: at, end: at + name.length, district });
      q = q.split(name).join('\u0000'.repeat(name.length));
    }
    return spans.sort((a, b) => a.start - b.start);
  }

  /** True when some loaded department or sub-unit name contains this text (for "is this another department?"). */
  mentions(fragment: string): boolean {
    this.allNamesText ??= [...this.names.keys()].join('|');
    return this.allNamesText.includes(foldName(fragment));
  }

  /** Districts that have at least one loaded document. */
  coveredDistricts(): string[] {
    return this.covered;
  }

  /** Documents whose names share the most characters with a text: the close matches of a name that matched nothing. */
  closeMatches(text: string, n = 5): CatalogDoc[] {
    const t = new Set(foldName(text).replace(/重庆市|人民政府|办公室|委员会/g, ''));
    if (t.size === 0) return [];
    const scored = this.latestPerDepartment()
      .map((d) => {
        const name = foldName(d.department).replace(/重庆市|人民政府|办公室|委员会/g, '');
        let common = 0;
        for (const ch of new Set(name)) if (t.has(ch)) common++;
        return { d, score: common / Math.max(3, Math.min(t.size, name.length)) };
      })
      .filter((x) => x.score >= 0.5)
      .sort((a, b) => b.score - a.score || a.d.department.localeCompare(b.d.department));
    return scored.slice(0, n).map((x) => x.d);
  }

  /** One document per department: the most recent. */
  latestPerDepartment(): CatalogDoc[] {
    return this.latest;
  }

  /** Departments matching a search text (name, short name, sub-unit or district), grouped with their years. */
  departments(search?: string): DepartmentGroup[] {
    const q = search ? foldName(search) : '';
    const groups = new Map<string, DepartmentGroup>();
    for (const d of this.docs) {
      if (q && !this.docMatches(d, q)) continue;
      const g = groups.get(d.departmentKey) ?? {
        departmentKey: d.departmentKey,
        department: d.department,
        ...(d.district ? { district: d.district } : {}),
        level: d.level,
        documents: [],
      };
      g.documents.push({ id: d.id, year: d.year, title: d.title });
      groups.set(d.departmentKey, g);
    }
    return [...groups.values()].sort(
      (a, b) => (a.district ?? '').localeCompare(b.district ?? '', 'zh') || a.department.localeCompare(b.department, 'zh'),
    );
  }

  private docMatches(d: CatalogDoc, q: string): boolean {
    if (foldName(`${d.department}${d.title}${d.district ?? ''}${d.subUnits.join('')}`).includes(q)) return true;
    return namesOf(d, d.subUnits).some((n) => n.name.includes(q));
  }
}

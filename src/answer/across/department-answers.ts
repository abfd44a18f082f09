import type { Lang } from '../../domain/answer.js';
import type { CatalogDoc } from '../../domain/document-catalog.js';
import type { Candidate, EngineAnswer } from '../engine.js';
import { normalizeQuestion } from '../question-text.js';
import type { Understanding } from '../understand.js';

const LISTED = 8;

export const candidateOf = (d: CatalogDoc): Candidate => ({ docId: d.id, department: d.department, ...(d.district ? { district: d.district } : {}), year: d.year });

function listNames(docs: CatalogDoc[], lang: Lang): string {
  const shown = docs.slice(0, LISTED).map((d) => (lang === 'en' ? `${d.department} (${d.year})` : `${d.department}（${d.year}年）`));
  const more = docs.length - shown.length;
  return shown.join(lang === 'en' ? '; ' : '、') + (more > 0 ? (lang === 'en' ? `; and ${more} more` : `等${docs.length}个`) : '');
}

/**
 * Several departments fit the question and nothing says which: ask, listing them (never answer from the first).
 * The turn's understanding is kept, so "荣昌区的" next answers the same question for the one picked.
 */
export function chooseDepartment(question: string, lang: Lang, candidates: CatalogDoc[], reason: 'ambiguous' | 'unnamed', u: Understanding | undefined): EngineAnswer {
  const names = listNames(candidates, lang);
  const answer =
    reason === 'ambiguous'
      ? lang === 'en'
        ? `More than one loaded department has that name: ${names}. Which one do you mean? (Add the district, or pick the department on the page.)`
        : `您说的部门对应多个已收录的部门：${names}。请问是哪一个？（可加上区县名，或在页面上选择部门。）`
      : lang === 'en'
        ? `Budget documents of ${candidates.length} departments are loaded. Which department do you mean? For example: ${names}. (Name it in the question, or pick it on the page.)`
        : `已收录${candidates.length}个部门的预算说明，请问您问的是哪个部门？例如：${names}。（可在问题中写明部门，或在页面上选择部门。）`;
  const understanding: Understanding = {
    ...(u ?? { intent: 'clarify', items: [], year: 'current', lang, followUp: false, text: normalizeQuestion(question) }),
    candidates: candidates.map((d) => d.id),
  };
  delete understanding.docId;
  delete understanding.docIds;
  return {
    answer,
    status: 'clarify',
    numbers: [],
    citations: [],
    verified: true,
    engine: 'rules',
    understanding,
    trace: [`route choose (${reason}): ${candidates.length} candidate(s)`],
    candidates: candidates.map(candidateOf),
  };
}

/** The question names a department that is not loaded: say so, with the closest loaded names. */
export function unknownDepartment(question: string, lang: Lang, name: string, close: CatalogDoc[]): EngineAnswer {
  const near = close.length ? listNames(close, lang) : '';
  const answer =
    lang === 'en'
      ? `There is no budget document for "${name}" here.${near ? ` Loaded departments with similar names: ${near}.` : ''}`
      : `本服务没有收录“${name}”的预算说明。${near ? `名称相近的已收录部门有：${near}。` : ''}`;
  return {
    answer,
    status: 'not_found',
    numbers: [],
    citations: [],
    verified: true,
    engine: 'rules',
    understanding: { intent: 'not_found', items: [], year: 'current', lang, followUp: false, text: normalizeQuestion(question), candidates: close.map((d) => d.id) },
    trace: [`route unknown department "${name}": ${close.length} close match(es)`],
    candidates: close.map(candidateOf),
  };
}

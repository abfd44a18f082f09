import { normalizeQuestion } from './question-text.js';
import { commonRunAt } from './text-match.js';
import type { DocContext } from './intents/context.js';

/** One entry of a stated list of uses (项目支出 主要用于…；…；…), with its exact span. */
export interface ListedUse {
  text: string;
  span: { start: number; end: number };
  /** The fact whose stated use lists it (e.g. fiscal.project). */
  key: string;
}

/** Words too common to name a project on their own. */
const GENERIC = /^(?:项目|经费|专项|工作|支出|费用|建设|运行|维护|服务|管理|中心|单位|部门|办公|区域|系统|平台|日常|重点|相关)+$/;

/** Every entry of every stated list of uses of a document (a use split at ； into three or more entries). */
export function listedUses(ctx: DocContext): ListedUse[] {
  return usesOf(ctx).map((x) => x.use);
}

/**
 * A document's listed uses with their text folded for matching (a bracketed qualifier cut out), built once per
 * document: keyed by its facts map, which every context of the document shares.
 */
interface FoldedUse {
  use: ListedUse;
  folded: string;
  /** Its four-character windows: a run of four or more shared with a question shares one of them. */
  grams: string[];
}

const USES = new WeakMap<DocContext['facts'], FoldedUse[]>();

function usesOf(ctx: DocContext): FoldedUse[] {
  let uses = USES.get(ctx.facts);
  if (!uses) {
    uses = readUses(ctx).map((use) => {
      // A bracketed qualifier (（机关事业后勤服务）) says whose the project is; it is not the project's name.
      const folded = normalizeQuestion(use.text).replace(/\([^)]*\)/g, '|');
      return { use, folded, grams: [...grams4(folded)] };
    });
    USES.set(ctx.facts, uses);
  }
  return uses;
}

function grams4(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 4 <= s.length; i++) out.add(s.slice(i, i + 4));
  return out;
}

function readUses(ctx: DocContext): ListedUse[] {
  const out: ListedUse[] = [];
  for (const f of ctx.facts.values()) {
    if (!f.usage || !f.usageSpan || /\.mention\./.test(f.key) || f.usage.split(/[；;]/).length < 3) continue;
    let offset = 0;
    for (const part of f.usage.split(/(?<=[；;])/)) {
      const text = part.replace(/[；;]$/, '').replace(/等重点工作$/, '');
      if (text.length >= 4) out.push({ text, span: { start: f.usageSpan.start + offset, end: f.usageSpan.start + offset + text.length }, key: f.key });
      offset += part.length;
    }
  }
  return out;
}

/** The longest run of characters two strings share, with its place in the first. */
function commonRun(a: string, b: string): string {
  const { start, length } = commonRunAt(a, b);
  return a.slice(start, start + length);
}

/**
 * The listed use a question names: the entry sharing the longest specific run of characters with the question (at
 * least four, not only generic words like 项目/经费). Undefined when none does, or two entries tie.
 */

/**
 * Every listed use the question names equally well (六个办公区域日常运行维护项目 is listed once for 本级 and once for
 * 机关事业后勤服务): the entries sharing the longest specific run with the question.
 */
export function namedUses(question: string, ctx: DocContext, without: readonly string[] = []): { uses: ListedUse[]; run: number } {
  let q = normalizeQuestion(question);
  // Names of the document's own units (政务服务中心) name a unit, not a project that shares their words.
  for (const n of [...without].sort((a, b) => b.length - a.length)) if (n.length >= 3) q = q.split(n).join('|');
  q = q.replace(/[^\u4e00-\u9fffa-z0-9+|]/g, '');
  let best: ListedUse[] = [];
  let bestRun = 0;
  const asked = grams4(q);
  for (const { use, folded, grams } of usesOf(ctx)) {
    if (!grams.some((g) => asked.has(g))) continue;
    const run = commonRun(q, folded);
    // Words of a unit's name (政务服务, even when the unit is misspelt 政务服务终心) name the unit.
    if (run.length < 4 || GENERIC.test(run) || without.some((n) => n.includes(run))) continue;
    if (run.length > bestRun) {
      best = [use];
      bestRun = run.length;
    } else if (run.length === bestRun && !best.some((b) => b.text === use.text)) best.push(use);
  }
  return { uses: best.slice(0, 3), run: bestRun };
}

import { normalizeQuestion } from './question-text.js';
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
  let best = '';
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (a[i + k] !== undefined && a[i + k] === b[j + k]) k++;
      if (k > best.length) best = a.slice(i, i + k);
    }
  }
  return best;
}

/**
 * The listed use a question names: the entry sharing the longest specific run of characters with the question (at
 * least four, not only generic words like 项目/经费). Undefined when none does, or two entries tie.
 */
export function namedUse(question: string, ctx: DocContext): ListedUse | undefined {
  const q = normalizeQuestion(question).replace(/[^\u4e00-\u9fffa-z0-9+]/g, '');
  let best: { use: ListedUse; run: number } | undefined;
  let tie = false;
  for (const use of listedUses(ctx)) {
    const run = commonRun(q, normalizeQuestion(use.text));
    if (run.length < 4 || GENERIC.test(run)) continue;
    if (!best || run.length > best.run) {
      best = { use, run: run.length };
      tie = false;
    } else if (run.length === best.run && best.use.text !== use.text) tie = true;
  }
  return best && !tie ? best.use : undefined;
}

import { difference } from '../../calc/index.js';
import { ORG_COUNTS } from '../../domain/catalog.js';
import type { StoredFact } from '../../domain/types.js';
import type { AnswerBuilder } from '../answer-builder.js';
import { contactLine, itemName, type DocContext, type Handler } from './context.js';

/**
 * 有几个内设机构？下属几个单位？领导职数多少？ — the count as the document states it (digits, characters or words), with
 * its sentence cited; the parts of a list of internal units it counts (其中环卫清扫保洁所5个); or, when the document
 * states no count, that it does not — and for 下属单位 how many units 单位构成 lists, counted by the calculator.
 */
export const orgCountHandler: Handler = ({ u, ctx, b }) => {
  const key = u.items[0]!;
  const name = itemName(ctx, key, b.lang);
  const facts = [...ctx.facts.values()].filter((f) => f.key === key || f.key.startsWith(`${key}#`));
  if (facts.length === 0) return notStated(b, ctx, key, name);
  if (u.year === 'prior') b.say(`文件只写了${b.doc.year}年的${name}，没有上年的数。`, `The document gives ${name} for ${b.doc.year} only.`);
  const parts = [...ctx.facts.values()].filter((f) => f.key.startsWith(`${key}.item.`));
  for (const f of facts) {
    const who = f.subUnit ?? ctx.doc.department;
    if (b.inWords(f) && Number(f.value) === 0) {
      b.say(`${who}没有${name}（文件说明：${b.words(f)}）。`, `${who} has no ${name} (the document says: ${b.words(f)}). `);
      continue;
    }
    const what = counted(f, key, b);
    const of = parts.length && f === facts[0] ? parts.map((p) => `${p.label}${b.fact(p)}`).join('、') : '';
    b.say(
      `${who}${what}${b.fact(f)}${of ? `，其中${of}` : ''}。`,
      `${who}: ${name} ${b.fact(f)}${b.inWords(f) ? '' : ` (${f.label})`}${of ? `, of which ${parts.map((p) => `${p.label} ${b.fact(p)}`).join(', ')}` : ''}. `,
    );
  }
  return 'answered';
};

/** What is counted, in the document's words: 内设 + 科室, 下属 + 事业单位, 领导职数 (the catalog name for a zero in words). */
function counted(f: StoredFact, key: string, b: AnswerBuilder): string {
  const kind = ORG_COUNTS.find((k) => k.key === key);
  if (b.inWords(f)) return kind?.zh ?? f.label;
  const noun = f.label.replace(/^(?:内设|下设|下属|所属|直属)/, '');
  return kind?.lead ? `${kind.lead}${noun}` : f.label;
}

function notStated(b: AnswerBuilder, ctx: DocContext, key: string, name: string): 'answered' | 'not_found' {
  b.say(`文件没有写明${/数$/.test(name) ? name : `${name}的数量`}。`, `The document does not state the number of ${name}.`);
  const listed = ctx.doc.subUnits;
  if (key !== 'org.subordinate_units' || listed.length === 0) {
    contactLine(b);
    return 'not_found';
  }
  if (listed.length === 1) {
    b.cite(listed[0]!.span);
    b.say(`单位构成中只列出了${listed[0]!.name}本身。`, `Its composition lists only ${listed[0]!.name} itself.`);
    return 'answered';
  }
  // Only what the document lists, counted: never presented as the number of subordinate units it does not state.
  const r = b.listCount(listed.map((x) => x.span), '个');
  const names = listed.map((x) => x.name).join(b.t('、', ', '));
  b.say(`单位构成中列出的单位共${b.derived(r)}（${b.derivation(r)}）：${names}`, `The units listed in its composition number ${b.derived(r)} (${b.derivation(r)}): ${names}`);
  const own = listed.filter((x) => /本级/.test(x.name));
  if (own.length === 1 && listed.length > 1) {
    const rest = difference({ value: r.value, unit: '个' }, { value: '1', unit: '个' });
    b.say(`；除本级外列出的单位${b.derived(rest)}（${b.derivation(rest)}）`, `; besides the department itself (本级), ${b.derived(rest)} (${b.derivation(rest)})`);
  }
  b.say('。', '.');
  return 'answered';
}

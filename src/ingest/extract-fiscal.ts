import type { Collector } from './collector.js';
import { scanEntries, sentenceAround } from './entries.js';
import { findPhraseChange } from './change.js';
import type { Section } from './sections.js';

const FISCAL_ITEMS: Array<[string, RegExp]> = [
  ['fiscal.general_budget.income', /一般公共预算.*收入|^一般公共预算$/],
  ['fiscal.general_budget.expenditure', /一般公共预算.*支出/],
  ['fiscal.basic', /基本支出/],
  ['fiscal.project', /项目支出/],
  ['fiscal.gov_fund.income', /政府性基金.*收入/],
  ['fiscal.gov_fund.expenditure', /政府性基金.*支出/],
  ['fiscal.state_capital.income', /国有资本.*收入/],
  ['fiscal.state_capital.expenditure', /国有资本.*支出/],
];

/** Section 三: general-budget appropriation income and expenditure, basic and project spending, the fund budget. */
export function extractFiscal(c: Collector, section: Section): void {
  for (const entry of scanEntries(c.text, c.norm, section.body)) {
    const hit = FISCAL_ITEMS.find(([, re]) => re.test(entry.label));
    if (!hit) {
      c.unread(`section 三: figure "${entry.label}" not recognised`, entry);
      continue;
    }
    c.addEntry(hit[0], entry);
  }
  readFundStatement(c, section);
}

/** 2026年无使用政府性基金预算拨款安排的支出，与2025年持平 — a zero stated in words. */
function readFundStatement(c: Collector, section: Section): void {
  if (c.facts.some((f) => f.key === 'fiscal.gov_fund.expenditure')) return;
  const body = c.norm.slice(section.body.start, section.body.end);
  const m = /(?:无|没有|未)(?:使用)?政府性基金(?:预算)?(?:拨款)?(?:安排的?)?(?:收入|支出|收支)/.exec(body);
  if (!m) return;
  const start = section.body.start + m.index;
  const sentence = sentenceAround(c.norm, start, section.body.start, section.body.end);
  const change = findPhraseChange(c.norm, start + m[0].length, sentence.end);
  c.facts.push({
    key: 'fiscal.gov_fund.expenditure',
    label: c.text.slice(start, start + m[0].length),
    year: c.year,
    value: '0',
    unit: '万元',
    span: { start, end: start + 1 },
    sentence,
    ...(change?.value !== undefined ? { change: change.value, changeSpan: change.span } : {}),
  });
}

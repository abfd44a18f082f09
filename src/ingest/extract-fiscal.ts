import type { Collector } from './collector.js';
import { scanEntries } from './entries.js';
import { readStatedInWords } from './read-in-words.js';
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
  // 2026年无使用政府性基金预算拨款安排的支出，与2025年持平 — a zero stated in words.
  readStatedInWords(c, 'fiscal', section.body);
}

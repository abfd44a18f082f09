import { CHILDREN, parentOf, type DocContext } from './intents/context.js';
import type { Understanding } from './understand.js';

/** Where the template states the same figure under two headings. */
const TWINS: Array<[string, string]> = [
  ['fiscal.gov_fund.income', 'income.gov_fund'],
  ['fiscal.general_budget.income', 'income.general_budget'],
  ['fiscal.state_capital.income', 'income.state_capital'],
  ['fiscal.general_budget.expenditure', 'expenditure.total'],
  ['fiscal.general_budget.income', 'income.total'],
];

/**
 * The items a figure may be of to answer this question: the items asked, their group members, the parts and the whole
 * they belong to (a breakdown, a share), the same figure under another heading, and figures quoted inside them.
 * Undefined when the question named no item (staffing, vehicles, lists) — then no item check applies.
 */
export function askedItems(u: Understanding, ctx: Pick<DocContext, 'groups'>): ((item: string) => boolean) | undefined {
  if (u.items.length === 0) return undefined;
  const keys = new Set<string>();
  // (The figure a sum is checked against — 加起来是不是等于总支出 — is asked too.)
  for (const k of [...u.items, ...(u.sumAgainst ? [u.sumAgainst] : [])]) for (const m of ctx.groups[k]?.members ?? [k]) keys.add(m.replace(/\.mention\.\d+$/, ''));
  for (const k of [...keys]) {
    keys.add(parentOf(k));
    for (const [a, b] of TWINS) {
      if (a === k) keys.add(b);
      if (b === k) keys.add(a);
    }
  }
  const patterns = [...keys].map((k) => CHILDREN[k]).filter((re): re is RegExp => !!re);
  // Vehicles are one family: the fleet, the purchases and their types, and the purchase budget that buys them.
  if (u.intent === 'vehicles' || [...keys].some((k) => k.startsWith('vehicles.'))) patterns.push(/^vehicles\./, /^sangong\.vehicle_purchase$/);
  // …and the purchase budget is of the vehicles it plans to buy (购置费平均每辆多少).
  if (keys.has('sangong.vehicle_purchase')) patterns.push(/^vehicles\.planned\./);
  // …and money per vehicle is over the vehicles it is divided by (O&M cost per vehicle held).
  if (u.perVehicle) patterns.push(new RegExp(`^vehicles\\.${u.perVehicle}\\.`));
  // Headcounts answer staffing questions whatever money item the question also named.
  if (u.intent === 'staffing' || u.intent === 'units' || u.intent === 'ranking') patterns.push(/^units\.\d+\.staff\./);
  return (item: string) => {
    const base = item.replace(/#\d+$/, '').replace(/\.mention\.\d+$/, '');
    if (keys.has(base)) return true;
    if (patterns.some((re) => re.test(base))) return true;
    return [...keys].some((k) => base.startsWith(`${k}.`));
  };
}

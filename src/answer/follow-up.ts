/**
 * Follow-up turns: what a turn that does not say it takes from the turn before ("那去年呢", "占比多少", "两者加起来呢",
 * "那它今年花好多钱"). Pure: reads two understandings, edits the new one.
 */
import { REST_OF_UNITS } from './unit-names.js';
import { CUES, type Intent } from './intent-cues.js';
import { CHILDREN, parentOf } from './intents/context.js';
import { oneDirection } from './question-claims.js';
import type { Understanding } from './understand.js';
import { unique } from './unique.js';

/** The vehicles to be bought less those held (买的比原来的多几辆). */
export function asksVehicleGap(text: string): boolean {
  return CUES.vehiclePlanned.test(text) && CUES.vehicleHeld.test(text) && CUES.vehicleGap.test(text);
}

/** The vehicles to be bought measured against those held (今年买的是现有的百分之多少, 几倍). */
export function asksVehicleRatio(text: string): boolean {
  return CUES.vehiclePlanned.test(text) && CUES.vehicleHeld.test(text) && (CUES.share.test(text) || /百分之|几倍|多少倍|as a percent|times/.test(text));
}

/** A follow-up takes what it does not say from the previous turn (edits `u` in place). */
export function inherit(u: Understanding, previous: Understanding, cuedIntentFound: Intent | undefined): void {
  // ("三公里面哪一项最多 → 它比去年增加了多少": 它 is the item the last answer found.)
  let prev = previous.answeredItem && u.items.length === 0 && CUES.pointsBack.test(u.text) ? { ...previous, items: [previous.answeredItem], history: [] } : previous;
  // ("回到第一个问题，比去年增加了多少": what the first turn asked about, not the last.)
  if (u.items.length === 0 && previous.firstItems?.length && CUES.backToFirst.test(u.text)) prev = { ...previous, items: previous.firstItems, history: [] };
  // ("住房保障支出 → 上一项呢": the item listed next to the one last answered; refine finds it in the document.)
  if (u.items.length === 0 && (previous.answeredItem || previous.items.length === 1)) {
    const step = CUES.previousItem.test(u.text) ? -1 : CUES.nextItem.test(u.text) ? 1 : 0;
    if (step) {
      u.step = step;
      prev = { ...previous, items: [previous.answeredItem ?? previous.items[0]!], history: [] };
    }
  }
  const cued = !!cuedIntentFound;
  // Items of the last turns, newest first.
  const recent = unique([...prev.items, ...(prev.history ?? [])]);
  // "那它今年预算好多钱（not disclosed）→ 换成元": a figure that was not given is not given in another unit either.
  // ("具体买的是啥子设备（not disclosed）→ 好多台": nor a count of it.)
  if ((CUES.convertUnit.test(u.text) || CUES.countFragment.test(u.text)) && u.items.length === 0 && prev.intent === 'not_found' && prev.undisclosed) {
    u.intent = 'not_found';
    u.items = prev.items;
    u.undisclosed = prev.undisclosed;
    if (prev.unit !== undefined) u.unit = prev.unit;
    return;
  }
  // ("2025年基本支出占总支出的比例 → 今年比那时候提高了几个百分点": the share in both years, and the points between them.)
  if (prev.intent === 'share' && u.items.length === 0 && CUES.percentagePoints.test(u.text) && prev.items.length === 2) {
    u.intent = 'share';
    u.items = prev.items;
    u.eachYear = true;
    u.year = 'current';
    return;
  }
  // ("运行维护费和购置费加起来好多 → 比去年多好多": the change of the sum just given, not each item's again.)
  if (prev.intent === 'sum' && u.intent === 'change' && u.items.length === 0 && prev.items.length >= 2 && !prev.others && !prev.itemYears) {
    u.intent = 'sum';
    u.items = prev.items;
    return;
  }
  // ("占总支出百分之几 → 换成亿元是多少": a rate has no unit to convert; the figure it is a share of is converted.)
  if (CUES.convertUnit.test(u.text) && u.items.length === 0 && ['share', 'growth'].includes(prev.intent) && prev.items.length > 0) {
    u.intent = 'amount';
    u.items = [prev.items[0]!];
    return;
  }
  // "准备买几辆 → 平均一辆多少": money per vehicle of the vehicles just counted — the purchase budget over those to be
  // bought (the document states no running cost per vehicle).
  if (prev.intent === 'vehicles' && u.items.every((k) => k.startsWith('vehicles.')) && CUES.perVehicle.test(u.text) && !/几[辆台部]|多少[辆台部]|how many/.test(u.text) && (prev.vehicleMode === 'planned' || prev.items.some((k) => k.startsWith('vehicles.planned')))) {
    u.intent = 'amount';
    u.items = ['sangong.vehicle_purchase'];
    return;
  }
  // ("2025年底有几辆 → 2026年要买几辆 → 买的比原来的多几辆": the vehicles to be bought less those held.)
  if (['vehicles', 'clarify', 'amount', 'compare'].includes(prev.intent) && u.items.every((k) => k.startsWith('vehicles.')) && asksVehicleGap(u.text)) {
    u.intent = 'vehicles';
    u.items = [];
    u.vehicleGap = true;
    return;
  }
  // "今年买多少辆 → 要买的是现有的百分之多少": the vehicles to be bought over those held.
  if (prev.intent === 'vehicles' && u.items.every((k) => k.startsWith('vehicles.')) && asksVehicleRatio(u.text)) {
    u.intent = 'vehicles';
    u.items = [];
    u.vehicleRatio = true;
    return;
  }
  // "有几辆车 → how many are budgeted for purchase": a count asked right after vehicles is a count of vehicles.
  if (prev.intent === 'vehicles' && /\bhow many\b|几辆|多少辆|几台|多少台/.test(u.text) && !/多少钱|how much|\bcost/.test(u.text) && u.items.every((k) => k.startsWith('sangong.vehicle') || k.startsWith('vehicles.'))) {
    u.intent = 'vehicles';
    u.items = [];
    u.vehicleMode = CUES.vehiclePlanned.test(u.text) ? 'planned' : CUES.vehicleHeld.test(u.text) ? 'held' : prev.vehicleMode;
    return;
  }
  // ("三公经费增加了多少 → 其中购置费增加占了多大比例": a part's change as a share of the change just given.)
  if (prev.intent === 'change' && u.intent === 'share' && prev.items.length === 1 && u.items.length > 0 && u.items.every((k) => k === prev.items[0] || parentOf(k) === prev.items[0]) && /(?:增加|增长|减少|下降|涨|降)(?:的|了)?(?:部分|额|金额|的钱)?(?:占|是)/.test(u.text)) u.ofChanges = true;
  // "政府采购服务预算多少 → 其中一般公共预算拨款安排的呢": the part just asked, within the funding named — not that funding's whole.
  const funded = fundedParts(u.items, prev.items);
  if (funded) u.items = funded;
  // "服务采购多少，货物采购多少，各占几成": each of the two items just asked, as shares of their group.
  if (u.intent === 'share' && u.items.length === 0 && CUES.eachShare.test(u.text) && recent.length >= 2) u.items = recent.slice(0, 2).reverse();
  // "购置费和运行维护费合计占三公经费的比重 → 其中购置费又占该合计的比重": the whole is the sum just computed.
  // (The parts only: a whole named beside them — 政府采购总额 beside its three kinds — is not added to them.)
  const summed = prev.intent === 'sum' || (prev.intent === 'share' && (prev.ofSum || CUES.sum.test(prev.text))) ? prev.items.filter((k) => !prev.items.some((c) => c !== k && parentOf(c) === k)) : [];
  // ("货物、服务、工程三项各多少 → 服务类占比": one of the items just added up, with no other whole named, is a share of them.)
  if (u.intent === 'share' && u.items.length === 1 && summed.length >= 2 && summed.includes(u.items[0]!) && (CUES.ofTheSum.test(u.text) || prev.intent === 'sum')) u.sumWhole = [...summed];
  // ("三公经费多少 → how much of that is for cars, purchase plus running costs combined": the parts named, added up, within
  // the whole just given.)
  const wholeBefore = prev.items.length === 1 ? prev.items[0]! : undefined;
  if (u.intent === 'share' && !u.wholeNamed && wholeBefore && u.items.length >= 2 && !u.items.includes(wholeBefore) && u.items.every((k) => parentOf(k) === wholeBefore) && CUES.sum.test(u.text)) {
    u.items = [...u.items, wholeBefore];
    u.ofSum = true;
  }
  // "三公经费多少 → 占总预算的比例呢" / "加上出国经费一共多少": the new item joins the previous ones.
  if (!u.sumWhole && !u.wholeNamed && u.items.length > 0 && ['share', 'compare', 'sum'].includes(u.intent) && prev.items.length > 0 && u.items.length < 2) {
    // "Add social security to those two": the two named before, not only the last.
    // (A whole named beside its part — government procurement for services — is not one of "those two".)
    const parts = recent.filter((k) => !recent.some((c) => c !== k && parentOf(c) === k));
    // ("公务用车购置费好多 → what about the running cost → combined, what share of the 三公 total is that": the two
    // named last, added up.)
    // (…but 两者…各是多少 asks each one's share.)
    const combined = u.intent === 'share' && /\bcombined\b|\btogether\b|加起来|合起来|加在一起|两者|二者/.test(u.text) && !CUES.eachShare.test(u.text) && !/各|分别|\beach\b|respectively/.test(u.text);
    const those = /那两|这两|两项|两个|两者|二者|those two|these two|both/.test(u.text) || combined ? parts.slice(0, 2) : prev.items;
    if (combined && those.length >= 2) u.ofSum = true;
    // ("公务接待费多少 → 三公经费总共呢": the whole the last item belongs to, asked on its own, not added to its part.)
    const wholeOfLast = u.intent === 'sum' && u.items.length === 1 && those.every((k) => parentOf(k) === u.items[0]);
    // ("社保就业多少 → 卫生健康占比多少": a sibling's share is of their group, not of the sibling just asked.)
    const siblingShare = u.intent === 'share' && u.items.length === 1 && those.every((k) => k !== u.items[0] && parentOf(u.items[0]!) !== u.items[0] && parentOf(k) === parentOf(u.items[0]!));
    // ("What are basic and project expenditure, and what share of the total is project expenditure?": one of the items
    // just given, named again, is the part whose share is asked.)
    const oneOfThose = u.intent === 'share' && u.items.length === 1 && those.length >= 2 && those.includes(u.items[0]!) && !those.some((k) => parentOf(k) === u.items[0]) && !combined;
    if (wholeOfLast) u.intent = 'amount';
    else if (siblingShare || oneOfThose) u.items = [...u.items];
    else u.items = unique([...those, ...u.items]);
  }
  // "Is there an AI crowd-flow project? → how much money does it get?": the project asked about, which has no amount of
  // its own — not the project spending it is listed in.
  if (!prev.listedUses && prev.intent === 'usage' && CUES.hasAny.test(prev.text) && u.items.every((k) => prev.items.includes(k)) && /多少|好多|how much|amount|cost/.test(u.text) && /\b(?:it|that|this)\b|这个|那个|该|它/.test(u.text)) {
    u.intent = 'not_found';
    u.items = [];
    return;
  }
  // "AI+…专项是什么 → 这个项目花多少钱": still that listed project.
  if (prev.listedUses && (u.items.length === 0 || /(?:这个|这|该|那个|此)(?:项目|专项|项)|this project|that project/.test(u.text))) {
    u.listedUses = prev.listedUses;
    u.items = prev.items;
  }
  // "政务服务中心有几个编制 → 那它今年花好多钱": money asked after people, duties or vehicles is the budget of what was
  // asked about (a sub-unit's own figure is then not disclosed), not the headcount again.
  if (u.items.length === 0 && !cued && CUES.money.test(u.text) && ['staffing', 'duties', 'units', 'vehicles', 'org_count'].includes(prev.intent)) {
    // Of vehicles: what they cost (purchase and running), not the department's total.
    u.items = prev.intent === 'vehicles' ? ['sangong.vehicle_purchase', 'sangong.vehicle_operation'] : ['expenditure.total'];
    prev = { ...prev, intent: 'amount', items: u.items };
  }
  // "本级聘用人员多少 → 四个单位加起来呢": the headcount summed over the units, not an item.
  // ("政务服务中心编制多少 → 机关事务服务中心呢 → 那两个加起来呢": over the units of the turns before.)
  const both = /那两个|这两个|两个单位|两个中心|两家|两者|二者|both/.test(u.text);
  const recentUnits = both ? (prev.unitHistory ?? []).slice(0, 2) : [];
  // ("实有人数合计多少 → 聘用人员合计呢 → 两者加起来": the two headcounts of the turns before, over the same units.)
  const recentKinds = both && !u.staffKind && recentUnits.length < 2 ? (prev.staffHistory ?? []).slice(0, 2) : [];
  if (u.items.length === 0 && (u.intent === 'sum' || (u.intent === 'staffing' && CUES.sum.test(u.text))) && prev.intent === 'staffing' && recentKinds.length === 2) {
    u.intent = 'staffing';
    u.staffKinds = [...recentKinds].reverse();
    u.staffKind = u.staffKinds[0]!;
    if (u.unit === undefined && prev.unit !== undefined) u.unit = prev.unit;
  }
  // ("本级实有多少人 → 加上三个中心一共呢": the rest added to the unit asked before — every unit.)
  const restAdded = REST_OF_UNITS.test(u.text);
  // ("本级聘用人员多少 → 那下面的单位呢 → 合起来呢": the units of the turn before and the one named before it, together.)
  const unitsSoFar = prev.units?.length && !both ? [...new Set([...prev.units, ...(prev.unitHistory ?? [])])] : [];
  const allSoFar = !!prev.units && unitsSoFar.length > prev.units.length;
  if (u.items.length === 0 && (u.intent === 'sum' || (restAdded && ['staffing', 'not_found'].includes(u.intent))) && prev.intent === 'staffing' && (recentUnits.length === 2 || restAdded || allSoFar || /(?:几|[二三四五六七八九十\d]+)个单位|所有单位|各单位|全部单位|all (?:the )?(?:four |three |two )?units/.test(u.text))) {
    if (allSoFar && u.unit === undefined) {
      u.units = unitsSoFar.sort((a, c) => a - c);
      u.unit = undefined;
      // (…of the headcount asked first: 聘用人员, though the turn between gave every kind.)
      const kind = prev.staffKind ?? prev.staffHistory?.[0];
      if (kind && !u.staffKinds) u.staffKinds = [kind];
    }
    if (recentUnits.length === 2 && u.unit === undefined) {
      u.units = recentUnits;
      u.unit = undefined;
    }
    if (restAdded) {
      u.unit = 'all';
      delete u.units;
    }
    u.intent = 'staffing';
    if (!u.staffKind && prev.staffKind) u.staffKind = prev.staffKind;
    if (!u.staffKinds && prev.staffKinds) u.staffKinds = prev.staffKinds;
  }
  if (u.items.length === 0) u.items = prev.items;
  // "换算成元呢 → 那运行维护费呢": the next item in the same unit.
  if (!u.convertTo && prev.convertTo && u.intent === 'amount' && u.items !== prev.items) u.convertTo = prev.convertTo;
  // "一般公共服务支出多少 → what's left of the total once you take that out": the rest of its group, added up.
  if (u.intent === 'amount' && CUES.remainder.test(u.text) && CUES.except.test(u.text) && prev.items.length > 0 && u.items === prev.items) u.intent = 'sum';
  // "剩下三类加起来多少": the rest of the group the last item belongs to.
  // (…also when the group is named again — 其余三类功能支出 — or the last item read anew: the same items, not the same list.)
  const sameOrGroup = u.items === prev.items || (u.items.length > 0 && u.items.every((k) => prev.items.includes(k) || prev.items.some((p) => parentOf(p) === k)));
  if (['sum', 'share', 'compare'].includes(u.intent) && CUES.remainder.test(u.text) && prev.items.length > 0 && sameOrGroup) u.others = prev.items;
  // "社保多少？ → 卫生健康呢？ → 两者加起来呢？": a sum or comparison of what the last turns named.
  if (['sum', 'compare'].includes(u.intent) && u.items.length < 2 && recent.length >= 2) u.items = recent.slice(0, /三者|三项|三个|\bthree\b/.test(u.text) ? 3 : 2).reverse();
  // "数字化城市运行和治理中心有多少编制 → 那整个部门的三公经费呢": the department as a whole, not the unit named before.
  // ("政务服务中心编制几个 → 那三公经费总共好多": money newly named, with no word pointing back at the unit, is the
  // department's; "那它今年花好多钱" still points at it.)
  // ("政务服务中心有几个编制 → 那三公经费里公务用车运行维护费比去年增加了多少", "…是干啥子的 → 算了 那政府采购总共好多": a whole
  // question of its own about money, or one asking a total, after a unit's headcount, duties or level,
  // is the department's; a bare "那接待费呢" still goes on about the unit.)
  const fullQuestion = u.text.replace(/[?!.,。\s]/g, '').length > 12;
  const pointsAtUnit = /它|那边|那里|这个单位|那个单位|该单位|这个中心|那个中心|该中心|这家|那家|\bit\b|\bits\b|\bthere\b|\btheir\b/.test(u.text);
  const newMoney = u.items.length > 0 && u.items !== prev.items && u.items.some((k) => !/^(units|vehicles|org)\./.test(k)) && ['staffing', 'duties', 'units'].includes(prev.intent) && (/总共|一共|总的|全部|total|overall/.test(u.text) || fullQuestion);
  if (u.unit === undefined && !(u.units && u.units.length >= 2) && prev.unit !== undefined && !CUES.wholeDepartment.test(u.text) && (!newMoney || pointsAtUnit)) u.unit = prev.unit;
  // "有多少编制 → 那它的预算是多少": a money item named now ends the headcount topic.
  const namesMoney = u.items.some((k) => !/^(units|vehicles|org)\./.test(k)) && u.items !== prev.items;
  if (namesMoney && prev.intent === 'staffing' && !cued) prev = { ...prev, intent: 'amount' };
  // "今年买几辆车 → 购置费多少": the vehicles' own money item named after their count.
  // ("车辆现有多少辆 → 今年购置多少": asked of vehicles with no word of money, 购置 asks how many are bought, not the fee.)
  const boughtCounted = prev.intent === 'vehicles' && !cued && !CUES.money.test(u.text) && !CUES.moneyNoun.test(u.text) && !u.text.includes('费') && u.items.length > 0 && u.items.every((k) => k === 'sangong.vehicle_purchase');
  if (boughtCounted) {
    u.items = ['vehicles.planned.total'];
    u.vehicleMode = 'planned';
  } else if (prev.intent === 'vehicles' && !cued && u.items.some((k) => k.startsWith('sangong.vehicle'))) prev = { ...prev, intent: 'amount', vehicleMode: undefined };
  // ("政务服务中心实有几个人 → 聘用的呢 → 加起来多少": the two headcounts just asked, added.)
  if (CUES.sum.test(u.text) && !u.staffKinds?.length && u.items.length === 0 && prev.intent === 'staffing' && (prev.staffHistory?.length ?? 0) >= 2) {
    u.intent = 'staffing';
    u.staffKinds = prev.staffHistory!.slice(0, 2);
    u.staffKind = u.staffKinds[0]!;
  }
  if (!u.staffKind && prev.staffKind && !namesMoney && (u.intent === 'staffing' || !cued)) u.staffKind = prev.staffKind;
  if (!u.units && prev.units && u.unit === undefined) u.units = prev.units;
  // A turn that could not be answered leaves nothing to carry on from — except one declined only because it named
  // another department ("渝中区教委的预算多少 → 那你们办公室的呢"): its question stands, for this department.
  const answerable = !['out_of_scope', 'clarify', 'not_found', 'contact'].includes(prev.intent) || !!prev.askedOfOther;
  if (prev.askedOfOther) prev = { ...prev, intent: prev.askedOfOther };
  // "去年呢 → 那公务用车购置费呢": the year asked carries over to the next item, unless the turn names a year itself.
  // A change or growth rate spans both years: it neither takes nor passes on "last year".
  const spansYears = (i: Intent) => i === 'growth' || i === 'change';
  if (answerable && prev.year !== 'current' && u.year === 'current' && !namesAYear(u.text) && !spansYears(prev.intent) && !spansYears(u.intent)) u.year = prev.year;
  // "三公经费各项里面哪一项是减少的 → 减了多少，幅度多大": the parts that moved that way (refine finds them).
  if (prev.intent === 'ranking' && CUES.changeWhich.test(prev.text) && ['change', 'growth', 'amount', 'prior_year', 'reason'].includes(u.intent) && u.items.every((k) => prev.items.includes(k))) {
    const moved = oneDirection(prev.text);
    if (moved) u.ofMoved = moved;
  }
  // "三公经费里哪一项最大 → 占三公总数的比例": the share of the part just ranked first, in the group ranked.
  if (prev.intent === 'ranking' && (prev.rank === 'max' || prev.rank === 'min') && u.intent === 'share' && prev.items.length === 1 && u.items.every((k) => k === prev.items[0])) {
    u.items = [...prev.items];
    u.ofRanked = prev.rank;
  }
  // "购置费和运行维护费一共多少 → 占三公经费的比例呢": the share of that sum.
  if (prev.intent === 'sum' && u.intent === 'share' && !u.sumWhole) u.ofSum = true;
  // "聘用人员一共多少人 → 其中机关事务服务中心占几个": a headcount of the unit named, not a share of money.
  if (prev.intent === 'staffing' && u.intent === 'share' && u.unit !== undefined && prev.items.length === 0) u.intent = 'staffing';
  // "as a percentage?" after a change is the growth rate.
  if (answerable && prev.intent === 'change' && /as a percent|in percent|percentage|百分比|百分之多少|百分之几/.test(u.text) && !/占|share|of the total/.test(u.text)) {
    u.intent = 'growth';
    return;
  }
  if (!cued && answerable) {
    if (u.year === 'prior' && ['share', 'compare', 'sum', 'ranking'].includes(prev.intent)) u.intent = prev.intent;
    else if (u.year === 'prior' && ['amount', 'change', 'reason', 'prior_year', 'growth'].includes(prev.intent)) u.intent = 'prior_year';
    else if (u.staffKind || (prev.intent === 'staffing' && u.items.length === 0)) u.intent = 'staffing';
    else u.intent = prev.intent === 'prior_year' && u.year === 'current' ? 'amount' : prev.intent;
    // ("机关运行经费主要拿来干啥 → 那培训费具体多少": an amount asked after what something is used for is an amount.)
    if (['usage', 'definition', 'duties'].includes(u.intent) && /多少|好多|几|how much|amount/.test(u.text)) u.intent = 'amount';
    // ("…purchase and maintenance combined, and how many new cars?": a count of vehicles, whatever was asked before.)
    if (u.items.length && u.items.every((k) => k.startsWith('vehicles.')) && /\bhow many\b|几辆|多少辆|几台|多少台/.test(u.text) && !CUES.sum.test(u.text)) u.intent = 'vehicles';
    if (u.intent === 'vehicles' && prev.vehicleMode && !CUES.vehiclePlanned.test(u.text)) u.vehicleMode = prev.vehicleMode;
    if (u.intent === 'ranking' && prev.rank) u.rank = prev.rank;
  }
  if (u.intent === 'vehicles' && !u.vehicleMode && prev.vehicleMode) u.vehicleMode = prev.vehicleMode;
  // (The rest of a group asked is their sum, whatever the turn before asked.)
  if (u.others && !['sum', 'share', 'compare'].includes(u.intent)) u.intent = 'sum';
  // ("车辆现有多少辆 → 今年购置多少 → 购置后合计有多少": a total asked with no word of money, after counts of vehicles,
  // adds the counts the conversation gave — not the fee 购置 names.)
  if (u.intent === 'sum' && !CUES.money.test(u.text) && !CUES.moneyNoun.test(u.text) && !u.text.includes('费')) {
    const counts = unique([...u.items, ...recent]).filter((k) => /^vehicles\.(?:held|planned)\.total$/.test(k));
    if (counts.length === 2) u.items = counts;
  }
}

/**
 * The parts asked before, as parts of a whole that splits the same way by funding (procurement.services →
 * procurement.general_budget.services when procurement.general_budget.total is named next); undefined unless every
 * part has such a twin.
 */
function fundedParts(items: readonly string[], before: readonly string[]): string[] | undefined {
  const whole = items.length === 1 ? items[0]! : undefined;
  const parts = whole?.endsWith('.total') ? CHILDREN[whole] : undefined;
  if (!whole || !parts || before.length === 0) return undefined;
  const base = whole.slice(0, -'.total'.length);
  const twins = before.map((k) => `${base}.${k.slice(k.lastIndexOf('.') + 1)}`);
  const fromOtherWhole = before.every((k) => parentOf(k) !== whole && base.startsWith(parentOf(k).replace(/\.total$/, '.')));
  return fromOtherWhole && twins.every((k) => parts.test(k)) ? twins : undefined;
}

/** The turn names a year of its own (今年, 去年, 2025年, 26年, last year). */
function namesAYear(text: string): boolean {
  return CUES.currentYear.test(text) || CUES.priorYear.test(text) || CUES.twoYearsBack.test(text) || CUES.nextYear.test(text) || /(?<!\d)(?:20)?\d{2}\s?年|\b20\d{2}\b/.test(text);
}



/**
 * Synthetic department budget explanations in the template of data/sources (tests and benchmarks only — never in
 * data/sources). Every document opens with the line 合成测试数据 and every district is invented (合成一区 …, so every
 * title holds 合成), so no synthetic
 * document can be mistaken for, or answer for, a real department. Figures are deterministic per index and add up
 * (income types, categories, basic + project, the 三公 items and their changes, procurement, vehicles).
 */

const KINDS = [
  '统计局', '司法局', '民政局', '财政局', '审计局', '商务委员会', '教育委员会', '卫生健康委员会', '文化和旅游发展委员会', '城市管理局',
  '人民政府办公室', '生态环境局', '应急管理局', '市场监督管理局', '退役军人事务局', '医疗保障局', '体育局', '水利局', '林业局', '档案馆',
];
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 47 → 四十七 (district numbers in characters: no digit in a department name). */
function chinese(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  return `${DIGITS[Math.floor(n / 100)]}百${n % 100 ? (n % 100 < 10 ? `零${DIGITS[n % 100]}` : chinese(n % 100).replace(/^十/, '一十')) : ''}`;
}

/** A small deterministic generator (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Amounts in hundredths of 万元, printed without trailing zeros (12.5, 3, 0.07). */
const money = (cents: number) => (cents / 100).toFixed(2).replace(/\.?0+$/, '');

export interface SyntheticDocument {
  fileName: string;
  department: string;
  district: string;
  year: number;
  text: string;
  /** The figures the text states, for assertions: `sangong.total` → "367.35". */
  figures: Record<string, string>;
}

export function syntheticDistrict(index: number): string {
  return `合成${chinese(Math.floor(index / KINDS.length) + 1)}区`;
}

/** The index-th synthetic document of a year (departments cycle through KINDS, districts every KINDS.length). */
export function syntheticDocument(index: number, year = 2026): SyntheticDocument {
  const rnd = random(index * 7919 + year);
  const cents = (lo: number, hi: number) => Math.round((lo + rnd() * (hi - lo)) * 100);
  const district = syntheticDistrict(index);
  const department = `重庆市${district}${KINDS[index % KINDS.length]}`;
  const prior = year - 1;

  const reception = cents(1, 40);
  const operation = cents(5, 90);
  const purchase = rnd() < 0.4 ? 0 : cents(10, 260);
  const sangong = reception + operation + purchase;
  const dReception = -cents(0, 3);
  const dOperation = cents(0, 9);
  const dPurchase = purchase ? cents(0, 40) : 0;
  const dSangong = dReception + dOperation + dPurchase;
  const basic = cents(500, 4000);
  const project = cents(200, 9000);
  const total = basic + project;
  const dBasic = cents(0, 300);
  const dProject = -cents(0, 200);
  const dTotal = dBasic + dProject;
  const social = Math.round(total * 0.05);
  const health = Math.round(total * 0.02);
  const housing = Math.round(total * 0.03);
  const general = total - social - health - housing;
  const running = cents(30, 300);
  const dRunning = -cents(0, 20);
  const goods = cents(5, 80);
  const services = cents(50, 900);
  const procurement = goods + services;
  const vehicles = Math.floor(rnd() * 12);
  const units = 1 + Math.floor(rnd() * 3);
  const unitNames = [`${department}（本级）`, `重庆市${district}${KINDS[index % KINDS.length]!.replace(/委员会|局|馆|办公室$/, '')}事务服务中心`, `重庆市${district}${KINDS[index % KINDS.length]!.replace(/委员会|局|馆|办公室$/, '')}信息中心`].slice(0, units);
  const change = (d: number) => (d === 0 ? `与${prior}年持平` : d > 0 ? `比${prior}年增加${money(d)}万元` : `比${prior}年减少${money(-d)}万元`);
  const staff = unitNames.map((name, i) => {
    const est = 5 + Math.floor(rnd() * 40);
    const actual = Math.max(1, est - Math.floor(rnd() * 6));
    const hired = Math.floor(rnd() * 15);
    return `${name}为${i === 0 ? '行政单位' : '公益一类事业单位'}，机构规格为${i === 0 ? '正处（县）级' : '正科级'}，经费渠道为财政全额拨款，现有${i === 0 ? '行政' : '事业'}编制${est}人，实有${actual}人，聘用人员${hired}人。`;
  });

  const text = `（合成测试数据，非真实部门预算）
${department}
${year}年部门预算情况说明

一、单位基本情况

（一）职能职责。

1.${unitNames[0]}

（1）负责本部门职责范围内的各项工作（合成测试数据，非真实部门）。

（2）完成上级交办的其他任务。

（二）单位构成。

${staff.join('\n\n')}

二、部门收支总体情况

（一）收入预算：${year}年年初预算数${money(total)}万元，其中：一般公共预算拨款${money(total)}万元，政府性基金预算拨款0万元，国有资本经营预算收入0万元，事业收入0万元，事业单位经营收入0万元，其他收入0万元；收入较去年${dTotal >= 0 ? '增加' : '减少'}${money(Math.abs(dTotal))}万元，主要是基本支出增加${money(dBasic)}万元。

（二）支出预算：${year}年年初预算数${money(total)}万元，其中：一般公共服务支出${money(general)}万元，社会保障和就业支出${money(social)}万元，卫生健康支出${money(health)}万元，住房保障支出${money(housing)}万元；支出较去年${dTotal >= 0 ? '增加' : '减少'}${money(Math.abs(dTotal))}万元，主要是基本支出增加${money(dBasic)}万元，项目支出减少${money(-dProject)}万元。

三、部门预算情况说明

${year}年一般公共预算财政拨款收入${money(total)}万元，一般公共预算财政拨款支出${money(total)}万元，${change(dTotal)}。其中：基本支出${money(basic)}万元，${change(dBasic)}，主要原因是人员经费调整，主要用于保障在职人员工资福利及单位正常运转；项目支出${money(project)}万元，${change(dProject)}，主要原因是压减一般性支出，主要用于合成测试专项工作经费；业务运行保障项目等重点工作。

${year}年无使用政府性基金预算拨款安排的支出，与${prior}年持平。

四、“三公”经费情况说明

${year}年“三公”经费预算${money(sangong)}万元，${change(dSangong)}。其中：因公出国（境）费用0万元，与${prior}年持平；公务接待费${money(reception)}万元，${change(dReception)}，主要原因是厉行节约；公务用车运行维护费${money(operation)}万元，${change(dOperation)}，主要原因是车辆老化维修增加；公务用车购置费${money(purchase)}万元，${change(dPurchase)}${dPurchase ? '，主要原因是更新执法车辆' : ''}。

五、其他重要事项的情况说明

（一）机关运行经费。${year}年一般公共预算财政拨款运行经费${money(running)}万元，比上年减少${money(-dRunning)}万元，主要原因为压减公用经费；主要用于办公费、印刷费、水电费等。

（二）政府采购情况。所属各预算单位政府采购预算总额${money(procurement)}万元：政府采购货物预算${money(goods)}万元、政府采购工程预算0万元、政府采购服务预算${money(services)}万元。

（三）绩效目标设置情况。${year}年项目支出均实行了绩效目标管理，涉及一般公共预算财政拨款${money(project)}万元。

（四）国有资产占有使用情况。截至${prior}年12月，所属各预算单位共有车辆${vehicles}辆，其中一般公务用车${vehicles}辆、执勤执法用车0辆。

六、专业性名词解释

（一）基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。

（二）项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。

（三）“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费、公务接待费。

单位预算公开联系人：合成测试  联系方式：023-6${String(1000000 + index).slice(-7)}
`;
  return {
    fileName: `synthetic-${String(index).padStart(4, '0')}-${year}.txt`,
    department,
    district,
    year,
    text,
    figures: {
      'sangong.total': money(sangong),
      'sangong.reception': money(reception),
      'sangong.vehicle_purchase': money(purchase),
      'expenditure.total': money(total),
      'income.total': money(total),
      'fiscal.basic': money(basic),
      'fiscal.project': money(project),
      operating_costs: money(running),
    },
  };
}

/** n synthetic documents of one year. */
export function syntheticCorpus(n: number, year = 2026): SyntheticDocument[] {
  return Array.from({ length: n }, (_, i) => syntheticDocument(i, year));
}

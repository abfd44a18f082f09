/**
 * The template's vocabulary: which item labels map to which stable fact keys, with an English name for each.
 * The parser uses it to key facts; the answer lexicon extends it with aliases from data/aliases.json.
 */

export interface CatalogItem {
  key: string;
  /** Canonical Chinese name. */
  zh: string;
  en: string;
  /** Regexes (on normalised text) a written label must match to be this item. First match wins, in order. */
  match: RegExp;
}

/** Income types listed after 其中 in 收入预算. */
export const INCOME_TYPES: CatalogItem[] = [
  { key: 'income.general_budget', zh: '一般公共预算拨款', en: 'general public budget appropriation', match: /一般公共预算/ },
  { key: 'income.gov_fund', zh: '政府性基金预算拨款', en: 'government fund budget appropriation', match: /政府性基金/ },
  { key: 'income.state_capital', zh: '国有资本经营预算收入', en: 'state capital operation budget income', match: /国有资本经营/ },
  { key: 'income.special_account', zh: '财政专户管理资金收入', en: 'special fiscal account funds', match: /财政专户/ },
  { key: 'income.operating', zh: '事业单位经营收入', en: 'operating income of public institutions', match: /经营收入/ },
  { key: 'income.business', zh: '事业收入', en: 'public service income', match: /事业收入/ },
  { key: 'income.superior_subsidy', zh: '上级补助收入', en: 'subsidies from higher authorities', match: /上级补助/ },
  { key: 'income.affiliated', zh: '附属单位上缴收入', en: 'income turned over by affiliated units', match: /附属单位上缴/ },
  { key: 'income.carryover', zh: '上年结转收入', en: 'carry-over from last year', match: /上年结转|结转结余/ },
  { key: 'income.other', zh: '其他收入', en: 'other income', match: /其他收入/ },
  { key: 'income.current_year', zh: '本年收入', en: 'income of the year', match: /^本年收入/ },
];

/** Functional classification (功能分类) of expenditure. */
export const FUNCTIONAL_CATEGORIES: CatalogItem[] = [
  { key: 'expenditure.general_public_services', zh: '一般公共服务支出', en: 'general public services', match: /一般公共服务/ },
  { key: 'expenditure.public_safety', zh: '公共安全支出', en: 'public safety', match: /公共安全/ },
  { key: 'expenditure.education', zh: '教育支出', en: 'education', match: /教育/ },
  { key: 'expenditure.science', zh: '科学技术支出', en: 'science and technology', match: /科学技术/ },
  { key: 'expenditure.culture', zh: '文化旅游体育与传媒支出', en: 'culture, tourism, sports and media', match: /文化|传媒/ },
  { key: 'expenditure.social_security', zh: '社会保障和就业支出', en: 'social security and employment', match: /社会保障/ },
  { key: 'expenditure.health', zh: '卫生健康支出', en: 'health', match: /卫生健康|医疗卫生/ },
  { key: 'expenditure.environment', zh: '节能环保支出', en: 'energy saving and environmental protection', match: /节能环保/ },
  { key: 'expenditure.urban_rural', zh: '城乡社区支出', en: 'urban and rural community affairs', match: /城乡社区/ },
  { key: 'expenditure.agriculture', zh: '农林水支出', en: 'agriculture, forestry and water', match: /农林水/ },
  { key: 'expenditure.transport', zh: '交通运输支出', en: 'transport', match: /交通运输/ },
  { key: 'expenditure.industry', zh: '资源勘探工业信息等支出', en: 'resource exploration, industry and information', match: /资源勘探|工业信息/ },
  { key: 'expenditure.commerce', zh: '商业服务业等支出', en: 'commerce and services', match: /商业服务/ },
  { key: 'expenditure.natural_resources', zh: '自然资源海洋气象等支出', en: 'natural resources, ocean and meteorology', match: /自然资源/ },
  { key: 'expenditure.housing', zh: '住房保障支出', en: 'housing security', match: /住房保障/ },
  { key: 'expenditure.grain', zh: '粮油物资储备支出', en: 'grain and material reserves', match: /粮油物资/ },
  { key: 'expenditure.emergency', zh: '灾害防治及应急管理支出', en: 'disaster prevention and emergency management', match: /灾害防治|应急管理/ },
  { key: 'expenditure.debt_interest', zh: '债务付息支出', en: 'debt interest', match: /债务付息/ },
  { key: 'expenditure.other', zh: '其他支出', en: 'other expenditure', match: /^其他支出/ },
];

export const SANGONG_ITEMS: CatalogItem[] = [
  { key: 'sangong.vehicle', zh: '公务用车购置及运行维护费', en: 'official vehicle purchase, operation and maintenance', match: /购置(及|和|与)运行/ },
  { key: 'sangong.overseas', zh: '因公出国（境）费用', en: 'official overseas travel', match: /出国/ },
  { key: 'sangong.reception', zh: '公务接待费', en: 'official reception', match: /接待/ },
  { key: 'sangong.vehicle_operation', zh: '公务用车运行维护费', en: 'official vehicle operation and maintenance', match: /运行维护|运维|运行费/ },
  { key: 'sangong.vehicle_purchase', zh: '公务用车购置费', en: 'official vehicle purchase', match: /购置/ },
];

export const PROCUREMENT_PARTS: CatalogItem[] = [
  { key: 'goods', zh: '政府采购货物预算', en: 'goods', match: /货物/ },
  { key: 'works', zh: '政府采购工程预算', en: 'works', match: /工程/ },
  { key: 'services', zh: '政府采购服务预算', en: 'services', match: /服务/ },
];

export const VEHICLE_TYPES: CatalogItem[] = [
  { key: 'general', zh: '一般公务用车', en: 'general official vehicles', match: /一般公务用车/ },
  { key: 'law_enforcement', zh: '执勤执法用车', en: 'law-enforcement vehicles', match: /执勤执法/ },
  { key: 'special', zh: '特种专业技术用车', en: 'special technical vehicles', match: /特种专业/ },
  { key: 'emergency', zh: '应急保障用车', en: 'emergency vehicles', match: /应急保障/ },
  { key: 'leader', zh: '领导用车', en: 'vehicles for officials', match: /领导/ },
];

/** Single facts with a fixed key; the names the answer engine and the English composer use. */
export const SINGLE_ITEMS: Array<Omit<CatalogItem, 'match'>> = [
  { key: 'income.total', zh: '收入预算', en: 'total income budget' },
  { key: 'expenditure.total', zh: '支出预算', en: 'total expenditure budget' },
  { key: 'fiscal.general_budget.income', zh: '一般公共预算财政拨款收入', en: 'general public budget appropriation income' },
  { key: 'fiscal.general_budget.expenditure', zh: '一般公共预算财政拨款支出', en: 'general public budget appropriation expenditure' },
  { key: 'fiscal.basic', zh: '基本支出', en: 'basic expenditure' },
  { key: 'fiscal.project', zh: '项目支出', en: 'project expenditure' },
  { key: 'fiscal.gov_fund.expenditure', zh: '政府性基金预算拨款支出', en: 'government fund budget expenditure' },
  { key: 'fiscal.gov_fund.income', zh: '政府性基金预算拨款收入', en: 'government fund budget income' },
  { key: 'sangong.total', zh: '“三公”经费', en: '"three public expenses"' },
  { key: 'operating_costs', zh: '机关运行经费', en: 'administrative operating costs' },
  { key: 'procurement.total', zh: '政府采购预算总额', en: 'government procurement budget' },
  { key: 'procurement.general_budget.total', zh: '一般公共预算拨款政府采购', en: 'procurement from the general public budget' },
  { key: 'performance.amount', zh: '绩效目标管理涉及金额', en: 'spending under performance targets' },
  { key: 'performance.projects', zh: '实行绩效目标管理的项目数', en: 'projects under performance targets' },
  { key: 'vehicles.held.total', zh: '车辆', en: 'vehicles held' },
  { key: 'vehicles.planned.total', zh: '购置车辆', en: 'vehicles to be purchased' },
];

/**
 * Counts of organisations and posts (一、单位构成). `lead` is the verb an answer puts before the noun as written
 * (内设 + 科室, 下属 + 事业单位) when the noun alone would not say what is counted.
 */
export const ORG_COUNTS: Array<Omit<CatalogItem, 'match'> & { lead?: string }> = [
  { key: 'org.internal_units', zh: '内设机构', en: 'internal units', lead: '内设' },
  { key: 'org.administrative_offices', zh: '职能股室', en: 'administrative offices' },
  { key: 'org.subordinate_units', zh: '下属单位', en: 'subordinate units', lead: '下属' },
  { key: 'org.budget_units', zh: '预算单位', en: 'units in the department budget' },
  { key: 'org.leadership_posts', zh: '领导职数', en: 'leadership posts' },
  { key: 'org.budgeted_staff', zh: '预算人数', en: 'staff counted in the budget' },
  { key: 'org.field_offices', zh: '派出机构', en: 'field offices' },
  { key: 'org.staff_transferred_in', zh: '调入人员', en: 'staff transferred in' },
  { key: 'org.staff_transferred_out', zh: '调出人员', en: 'staff transferred out' },
];

export const STAFF_KINDS: CatalogItem[] = [
  { key: 'establishment', zh: '编制', en: 'authorised posts', match: /(?<!预算)编制/ },
  { key: 'actual', zh: '实有人数', en: 'staff in post', match: /实有|在职|在编/ },
  { key: 'hired', zh: '聘用人员', en: 'contract staff', match: /聘用|编外/ },
];

/** Find the first catalog item whose pattern matches a written label. */
export function classify(items: readonly CatalogItem[], label: string): CatalogItem | undefined {
  return items.find((item) => item.match.test(label));
}

/** A stable key part for a label no catalog entry covers: the label itself, punctuation removed. */
export function labelSlug(label: string): string {
  return label.replace(/[\s,.:;()（）“”"'，。：；、]/g, '');
}

/** The seed document (data/sources) as the examples of the contract show it. */
export const SEED = {
  id: 'b3ba7ec35f051543',
  sourceName: 'yuzhong-gov-office-2026.txt',
  title: '重庆市渝中区人民政府办公室2026年部门预算情况说明',
  department: '重庆市渝中区人民政府办公室',
  subUnitNames: ['重庆市渝中区政府办公室（本级）', '重庆市渝中区机关事务服务中心', '重庆市渝中区政务服务中心', '重庆市渝中区数字化城市运行和治理中心'],
};

const FUNDED = '财政全额拨款';

export const seedDocumentExample = {
  id: SEED.id,
  sourceName: SEED.sourceName,
  title: SEED.title,
  department: SEED.department,
  year: 2026,
  text: '重庆市渝中区人民政府办公室\n2026年部门预算情况说明\n\n一、单位基本情况\n\n（一）职能职责。\n\n1.重庆市渝中区人民政府办公室（本级）\n\n（1）负责区政府会议的筹备工作，……',
  subUnits: [
    { index: 1, name: SEED.subUnitNames[0]!, type: '行政单位', level: '正处（县）级', funding: FUNDED, span: { start: 2517, end: 2587 } },
    { index: 2, name: SEED.subUnitNames[1]!, type: '公益一类事业单位', level: '正科级', funding: FUNDED, span: { start: 2589, end: 2666 } },
    { index: 3, name: SEED.subUnitNames[2]!, type: '公益一类事业单位', level: '正科级', funding: FUNDED, span: { start: 2668, end: 2742 } },
    { index: 4, name: SEED.subUnitNames[3]!, type: '公益一类事业单位', level: '副处（县）级', funding: FUNDED, span: { start: 2744, end: 2829 } },
  ],
  contact: { person: '陈庆', phone: '023-63259683', span: { start: 5838, end: 5863 } },
  district: '渝中区',
  level: '汇总',
};

/**
 * Characters typed for one another because they sound alike (the usual Chinese typo), among the characters of the
 * budget vocabulary. A four-character term accepts a one-character slip only between such characters.
 */
const GROUPS = [
  '公工功供共攻宫', '费废肺非飞', '待代带贷袋', '购够构', '置制治至智', '维为围', '护户', '经径精', '支只知之指', '出初除处',
  '三山叁散',
  '项像向象', '目木幕', '采彩菜', '运云允', '行形型', '编遍变偏便', '接节街', '务物误', '货或获', '收首手', '入如',
  '预遇于', '算蒜酸', '款宽', '拨波', '基机击积', '本奔', '车扯', '用拥佣', '接揭', '绩积迹', '效校笑', '社设', '保宝包',
  '障章账', '有友', '就旧救', '卫为未', '健建件', '康抗', '住注主', '房防访', '府腐',
];

/** A character may sound like the characters of more than one group (积 like 基 and like 绩). */
const SOUND = new Map<string, number[]>();
GROUPS.forEach((g, i) => [...g].forEach((ch) => SOUND.set(ch, [...(SOUND.get(ch) ?? []), i])));

export function soundAlike(a: string, b: string): boolean {
  const x = SOUND.get(a);
  const y = SOUND.get(b);
  return !!x && !!y && x.some((i) => y.includes(i));
}

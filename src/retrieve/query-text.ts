/**
 * Question words and fillers carry no content: they are dropped before the query is segmented, embedded or scored,
 * so "三公是啥" searches for 三公. A few colloquial forms are rewritten to the document's wording.
 */
const REWRITES: Array<[RegExp, string]> = [
  [/为什么|为啥|什么原因|啥原因/g, ' 原因 '],
  [/算(在)?(哪一项|哪项|哪类|哪一类|什么|啥)/g, ' '],
  [/今年|明年|现在|目前|当前/g, ' '],
  [/买房/g, '购房'],
  [/买车/g, '购置车辆'],
  [/买/g, '购置'],
  [/开销|花销|花费/g, '支出'],
  [/联系电话/g, '联系方式'],
  [/医保/g, '医疗保险'],
  [/油费/g, '燃料费'],
  [/什么级别|啥级别|哪一级|级别/g, '机构规格'],
  [/用在|用到|用来|花在/g, '用于'],
  [/公车/g, '公务用车'],
  [/(是|都是|具体是)?(做|干)(什么|啥)(的|用的)?/g, ' '],
  [/(什么|啥)叫|什么是|是指|(是|指的是|指)?(什么|啥)(意思)?/g, ' '],
  [/(包括|包含|有|都有|涉及)?(哪些|哪几项|哪几个|哪几类|什么)(方面|内容|东西|项目)?/g, ' '],
  [/(请问|一下|能不能|可以|告诉我|我想知道|想了解|了解)/g, ' '],
  [/(谁|哪个部门|哪个单位)(来)?(负责|管|在管)?/g, ' 负责 '],
  [/有?(多少|几)(个|辆|人|项|万元|钱)?|怎么样|怎样|怎么|如何|是否|有没有|在哪里|在哪儿|在哪|哪里/g, ' '],
  [/[吗呢呀啊吧了]+(?=\s|$|[?？!！。，,])/g, ' '],
  [/的/g, ' '],
];

/** The content words of a question, space-separated where words were removed. Empty when nothing is left. */
export function contentOf(query: string): string {
  let s = query.normalize('NFKC').replace(/[?？!！。，,、；;：:“”"'‘’()（）\[\]【】《》]/g, ' ');
  for (const [re, to] of REWRITES) s = s.replace(re, to);
  return s.replace(/\s+/g, ' ').trim();
}

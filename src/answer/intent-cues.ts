/** Words that signal what is being asked. Applied to the normalised question (simplified, lower case). */

export type Intent =
  | 'amount' | 'change' | 'reason' | 'prior_year' | 'growth' | 'share' | 'compare' | 'ranking' | 'sum'
  | 'staffing' | 'vehicles' | 'definition' | 'duties' | 'usage' | 'contact' | 'units' | 'org_count' | 'out_of_scope' | 'clarify'
  | 'not_found';

export const CUES = {
  contact: /怎么联系|如何联系|联系你们|联系谁|联系方式|联系电话|联系人|咨询电话|打电话|打哪个电话|找谁|问谁|咨询谁|向谁|热线|人工|contact|phone|telephone|who (can|should|do) i (ask|call|contact)|call/,
  definition:
    /指的是|指哪|哪三公|包括哪|包含哪|什么是|^[^,?]{2,20}是什么[?]?$|反映什么|反映哪些|反映的是|是什么收入|是什么支出|是什么科目|含不含|包不包括|包不包含|是否包括|是否包含|算不算|包括[^,?]{1,12}吗|包含[^,?]{1,12}吗|指哪些|what counts as|does .* include|is .* included|是什么意思|什么意思|啥意思|是指什么|是什么东西|是个啥|是啥|啥是|啥叫|什么叫|指什么|指的是什么|含义|定义|名词解释|解释一下|包括哪些|包含哪些|包括什么|包含什么|涵盖哪些|有哪些内容|what (is|are) (a |an |the )?(meant by|definition)|what does .* (mean|include|cover)|what (is|are) .* (mean|include|cover)|^what (is|are) (the )?(term|concept)|define|definition|meaning of|stand for/,
  duties: /干啥的|主要干啥|是干啥|具体做什么|做些什么|做什么|干什么|负责吗|是不是[^?]{0,10}负责|归哪个单位|哪个单位负责|哪个单位管|谁负责|谁来管|哪个部门负责|哪个部门管|管不管|负不负责|是否负责|负责不负责|which unit (is )?(handles|is responsible|manages|runs)|who (handles|is responsible)|职能(?!股室|科室|处室|部门)|职责|做什么的|干什么的|干嘛的|是做什么|负责什么|负责哪些|主要工作|管什么|管哪些|what does .* do|what do .* do|responsib|duties|function of|in charge of/,
  usage: /干嘛用|干什么用|做什么用|用来做什么|用来干|列在哪|名下|哪些项目|什么项目|项目有哪些|用于哪些|用在哪|用到哪|用在什么|主要用于|用于什么|花在哪|花在什么|钱用来|用途|which projects|what projects|what (is|are) .* used for|used for what|what (is|does) .* (pay|paid) for|where does .* money go/,
  reason: /为什么|为何|为啥|原因|怎么回事|何故|咋回事|因为什么|why|reason|cause|explain the (increase|decrease|change)/,
  growth: /(by )?what %|how many %|what percentage (did|has|was)|(增长|下降|减少|增加|涨|降)的?(比例|比率|幅度|百分比)|百分之多少|百分之几|百分比|百分点|增长率|增幅|降幅|增速|涨幅|降了几成|幅度|growth rate|rate of (increase|decrease|change)|percent(age)? (change|increase|decrease|growth)|by what percent|what percent(age)? (did|was|has)|how many percent|by how many percent|in percent/,
  share: /占|比例|比重|份额|几成|share|proportion|percentage of|what percent of|what fraction|part of the/,
  rankingMax: /最多|最大|最高|最贵|排第一|哪项最|哪个最|哪一项最|largest|biggest|highest|most\b|the most|greatest|top/,
  rankingMin: /最少|最小|最低|最便宜|smallest|lowest|least|fewest/,
  /** The budget as a whole, asked without naming an item (今年一共要花多少钱, 2026年预算比2025年增长了百分之几). */
  wholeBudget: /(一共|总共|全年|整体|总的|全部|总计)[^,?]{0,4}(花|支出|预算|开支)|^(请问)?(今年|\d{4}年)?的?(部门)?(预算|开支)(比|较|是|有|为|增长|增加|减少|多少|一共|总共)|how much (does|will) (the|this) (office|department|unit) (spend|plan to spend)(?! on\b)/,
  /** 构成 / 分别 / breakdown: the parts of a total, listed. */
  breakdown: /构成|结构|组成|分别是|分别为|分别多少|各项|每一项|每项|明细|都有哪些|哪几项|breakdown|break down|consist|made up of|each item|each of/,
  rankingList: /排名|排序|排一下|从高到低|从多到少|从大到小|rank|order them|sorted/,
  compare: /how much more|how much less|\bmore\b[^?]{1,40}\bthan\b|bigger|larger|greater|which is (more|higher|larger|bigger)|相差|差多少|差距|差额|比较|对比|哪个多|哪个大|哪个高|谁多|谁高|多多少|少多少|高多少|低多少|多还是少|哪个更|difference|compare|comparison|versus|\bvs\b|more than|less than|higher than|lower than/,
  sum: /两者|两项|三者|三项|total of|the total for|sum of|加起来|加一起|加在一起|合计|总共|一共|总和|共计|合起来|sum|combined|together|in total|add up|altogether/,
  change: /增加|减少|增长|下降|降低|变化|增减|变动|涨|降|多了|少了|多出|少花|多花|持平|同比|比去年|比上年|较去年|较上年|跟去年比|和去年比|与去年|increase|decrease|change|changed|go up|went up|gone up|go down|went down|gone down|rise|rose|fall|fell|grow|grew|drop|dropped|cut|reduced|higher|lower|compared (to|with) last year/,
  up: /增加|增长|上升|涨|多了|提高|increase|go up|went up|gone up|rise|rose|grow|grew|higher|more/,
  down: /减少|下降|降低|降|少了|压减|decrease|go down|went down|gone down|fall|fell|drop|dropped|cut|reduced|lower|less/,
  /** 前年 / the year before: two years back, not in a one-year document. */
  twoYearsBack: /前年|大前年|two years ago|year before last/,
  priorYear: /去年|上年|上一年|前一年|2025年|last year|previous year|prior year|a year ago|in 2025/,
  comparedWithLastYear: /(比|较|与|和|跟|相比|对比)(去年|上年|上一年|2025年?)|(than|to|with|from|since|against) (the )?(last|previous|prior) year|(than|to|with|from|since) 2025/,
  currentYear: /今年|本年|2026|this year|current year/,
  /** Which sub-units, of what kind, level and funding channel. */
  units: /啥性质|什么性质的|性质单位|啥级别|下属单位|所属单位|几个单位|哪些单位|单位构成|机构规格|什么级别|行政级别|经费渠道|经费来源|经费形式|行政单位还是事业单位|什么性质|单位性质|单位类型|which units|sub-units|subunits|what kind of unit|funding channel|administrative level/,
  staffing: /多少人|几个人|人数|人员|编制|实有|聘用|超编|缺编|满编|空编|在编|在职|员工|职工|人头|staff|headcount|employees|people|personnel|posts|establishment|workers/,
  overUnder: /比编制多|比编制少|多于编制|少于编制|more staff than|more people than|than (its|the) quota|over (its |the )?quota|above (its |the )?quota|差几个|差多少人|差几人|缺几个|缺多少人|还差|超编|缺编|满编|空编|超出编制|超过编制|编制.*(够|满|缺|空)|over (the )?establishment|under (the )?establishment|overstaffed|understaffed|exceed|vacanc/,
  vehicleCount: /几辆|多少辆|多少台|辆|车辆数|车辆总数|数量|how many (vehicles|cars)|number of (vehicles|cars)|vehicles (does|do|did|will)|cars (does|do|did|will)/,
  vehiclePlanned: /购置|购买|买|新增|新购|计划|打算|安排|purchase|buy|bought|acquire|plan/,
  yesNo: /有没有|是不是|是否|对不对|吗[?]?$|吗[,?!。]|^(did|does|do|is|are|was|were|has|have|will)\b/,
  money: /安排了多少|安排多少|拨了多少|拨款多少|多少钱|多少万|多少元|金额|预算|经费|费用|花了|花多少|how much|amount|money|cost|budget|spend|spent|spending|allocat|funding|funds/,
  outOfScope:
    /火锅|好吃|美食|餐厅|饭馆|景点|好玩|restaurant|food|写[^。]{0,8}(脚本|代码|程序)|python|javascript|编程|write (a |some )?(script|code|program)|汇率|exchange rate|逃税|偷税|漏税|黑客|hack|比特币|加密货币|数字货币|虚拟货币|bitcoin|crypto|天气|气温|下雨|股票|股价|基金净值|彩票|房价|工资是多少|工资多少|月薪|年薪|薪水|收入多少钱.*(他|她)|写(一首)?诗|笑话|讲个故事|翻译|系统提示|提示词|system prompt|your prompt|your instructions|weather|stock|lottery|poem|joke|salary of|'s salary|recipe|football|足球|电影|菜谱/,
  injection: /忽略(之前|以上|前面|上面|所有)|无视(之前|以上)|ignore (all |the )?(previous|above|prior)|disregard|你现在是|现在你是|你是不受|you are now|pretend|扮演|编造|捏造|make up|从现在(起|开始)[^。]{0,20}(乘以|改成|都要|一律)|所有(金额|数字)都要/,
  /** Asking for the instructions themselves (print your prompt), as opposed to instructions planted in a question. */
  promptLeak: /(打印|输出|显示|告诉我|给我|泄露|重复|透露|print|show|reveal|repeat|tell me)[^。]{0,12}(系统提示|提示词|system prompt|your prompt|your instructions)|系统提示词|你的提示词|你的系统提示|你的指令|system prompt|your prompt|your (initial |original )?instructions/,
  /** "What is project expenditure?" — an English what-is question about a term, not about an amount. */
  definitionEn: /^explain (the |what )?(?!.*\b(increase|decrease|change|rise|fall|drop)\b)|^what (is|are) (a |an )?(?!the\b)(?!.*\b(how much|amount|total|figure|budget for|spend|spent|cost)\b)[a-z" ()-]+\??$/,
  /** 哪项减少了 / which items went up: the items of a group picked by the direction of their change. */
  changeWhich: /(哪项|哪些|哪个|哪几项|哪一项|什么)[^,?]{0,8}(减少|下降|增加|增长|上升|没变|持平)|(减少|下降|增加|增长|上升)的是哪|which (items?|ones?|of) [^?]*(decreas|increas|went (up|down)|fell|rose)/,
  /** 有没有AI相关的项目 / 有民兵方面的经费吗: is something among what the money is used for? */
  hasAny: /有哪些[^?,]{0,12}(相关|方面)[^?,]{0,4}(项目|经费)|涉及[^?,]{1,12}的项目|(算在|属于|包含在|包括在|列入|列在|在)[^?,]{0,12}(项目支出|基本支出|项目|经费)[里中内]?吗|有没有[^,?]{0,12}(项目|经费|资金|方面|相关|支出)|有[^,?]{1,12}(项目|经费|资金|方面的)[^,?]{0,4}吗|是否有[^,?]{0,12}(项目|经费)|is there (any )?(money|funding|a project|spending) for|any (project|funding) (for|on)/,
  /** Things the budget document never states about an item. */
  unstatedAttribute: /离退休人员|退休人员有|离休人员有|退休的有|retirees|pensioners|品牌|型号|牌子|颜色|排量|车型|什么车|哪款|供应商|中标|哪家公司|发票|明细账|招标|哪个厂|brand|model of|which car|supplier|vendor|contractor/,
  followUp: /^(那|那么|还有|然后|另外|再问|它|这个|这项|这笔|and |what about|how about|and what about)|呢[?]?$|呢[,?]|\b(that|it|this|those|them)\b|它|这笔钱|这项/,
} as const;

import { GONGWEN_NUMBERING, makeDocx, numPr, p } from './docx-builder.js';

/** The outline of a 2025 work plan as typed by hand, and the same items for automatic numbering (labels left out). */
const ITEMS: [level: number | null, typed: string, text: string][] = [
  [0, '一、', '深入打好蓝天保卫战'],
  [1, '（一）', '推进工业污染治理'],
  [2, '1.', '完成3家钢铁企业超低排放改造。（牵头单位：市大气办）'],
  [2, '2.', '新增新能源公交车500辆以上。（牵头单位：市交通运输局）'],
  [1, '（二）', '加强移动源管控'],
  [2, '1.', '淘汰国四及以下柴油货车1000辆。（牵头单位：市生态环境局）'],
  [0, '二、', '持续打好碧水保卫战'],
  [1, '（一）', '巩固饮用水源保护'],
  [2, '1.', '地表水国控断面优良比例达到90%以上。（牵头单位：市水利局）'],
  [3, '①', '完成12个乡镇级水源地规范化建设。'],
  [3, '②', '开展地下水污染调查。'],
];
export const TITLE = p('2025年全市生态环境工作要点', '<w:jc w:val="center"/>');

/** The plan with labels typed by hand. */
export const typedDocx = () => makeDocx({ body: TITLE + ITEMS.map(([, label, text]) => p(label + text)).join('') });
/** The same plan with Word's automatic numbering (numbering.xml: chineseCounting `%1、`, `（%2）`, decimal `%3.`, circled `%4`). */
export const numberedDocx = () =>
  makeDocx({ body: TITLE + ITEMS.map(([level, , text]) => p(text, numPr(1, level ?? 0))).join(''), numbering: GONGWEN_NUMBERING });


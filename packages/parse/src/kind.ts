import type { DocumentKind } from '@plandiff/model';

/**
 * One rule of the document-kind table: the words that, in a title line, make a document of that kind, and
 * how the kind is named to a user (the CLI's refusal quotes it).
 */
export interface KindRule {
  kind: DocumentKind;
  /** matched against the title (or the first lines when no title was read) */
  title: RegExp;
  /** the document's name in the user's words, e.g. `统计公报 (a report of results)` */
  name: string;
}

/**
 * The document kinds by title words (issue 19), first match wins, so the mixed form (工作总结和…工作计划) comes
 * before its parts. Sources: the titles of the 统计公报 of 国家统计局 and of counties (万载县2015年国民经济和社会
 * 发展统计公报), 生态环境状况公报 (生态环境部), 计划执行情况的报告 and 预算执行情况的报告 (NPC documents),
 * 工作总结 / 工作要点 / 工作计划 / 实施方案 of departments, and 政府工作报告 (whose plan part gives targets).
 */
export const KIND_RULES: readonly KindRule[] = [
  { kind: 'mixed', title: /工作总结和.{0,12}(?:工作计划|工作要点|工作安排|工作思路)|(?:总结|回顾)及.{0,12}(?:计划|要点|安排|打算)/, name: '工作总结和工作计划 (a report of results with a plan)' },
  { kind: 'results', title: /统计公报|统计年报/, name: '统计公报 (a report of results)' },
  { kind: 'results', title: /状况公报|质量公报|环境公报/, name: '生态环境状况公报 (a report of results)' },
  { kind: 'results', title: /执行情况(?:的)?报告/, name: '执行情况的报告 (a report of results)' },
  { kind: 'results', title: /工作总结$|工作总结（|年度总结$/, name: '工作总结 (a report of results)' },
  { kind: 'plan', title: /工作要点|工作计划|工作安排|工作任务|实施方案|行动方案|政府工作报告|工作报告|决议|决定/, name: 'plan' },
];

/**
 * A news item or short notice, not a plan: a reporter's byline or a dateline (记者, 本报讯, 新华社…电, …日电), a
 * news verb about a meeting (日前, 近日, 据悉, 发布会), with no plan title. Read only in the text's first 300
 * characters; a plan quoting 记者 deep in its body is not a news item.
 */
const NEWS_ITEM = /记者|本报讯|[^\n]{0,12}讯[　 ]|新华社.{0,12}电|日电|据悉|日前，|近日，|新闻发布会|来源：.{0,20}(?:日报|新闻|网)/;

/** Above this many characters a text is no news item even with news words (a report quoting a news line). */
const NEWS_ITEM_MAX = 1500;

/** What the kind is read from. */
export interface KindInput {
  /** the plan's title as read by metadata, null when none */
  title: string | null;
  /** the first lines of the text (the preamble's blocks), where a title missed by metadata still stands */
  openingLines: string[];
  /** the normalised text */
  text: string;
  /** whether the outline found any heading */
  hasOutline: boolean;
}

/**
 * Reads a document's kind (DESIGN.md Plan.kind) by the {@link KIND_RULES} table over its title, else over its first
 * lines; a short text that reads as a news item (byline, dateline: {@link NEWS_ITEM}) with no title of a kind is a
 * `notice`. Default `plan`. Output: the kind and the rule's name (for a refusal message). Pure; never throws.
 */
export function readKind(input: KindInput): { kind: DocumentKind; name: string } {
  // a title-like line: site navigation (网站首页>统计信息>统计公报) and bare menu items (统计公报) are no titles
  const lines = [input.title ?? '', ...input.openingLines.slice(0, 12)].filter((l) => l.length >= 6 && l.length <= 80 && !/[>|：:。]/.test(l));
  for (const line of lines) {
    for (const rule of KIND_RULES) if (rule.title.test(line)) return { kind: rule.kind, name: rule.name };
  }
  if (input.text.length <= NEWS_ITEM_MAX && NEWS_ITEM.test(input.text.slice(0, 300))) {
    return { kind: 'notice', name: 'news item or notice (not a plan)' };
  }
  return { kind: 'plan', name: 'plan' };
}

/** The name of a kind for a message: `统计公报 (a report of results)` when the rule is known, else the kind. */
export function kindName(kind: DocumentKind): string {
  if (kind === 'notice') return 'news item or notice (not a plan)';
  return KIND_RULES.find((r) => r.kind === kind)?.name ?? kind;
}

import type { Assignment } from '@plandiff/model';

/** Keys of an assignment block and the field each fills. */
const KEYS: Record<string, 'lead' | 'responsible' | 'partners'> = {
  牵头单位: 'lead', 牵头部门: 'lead', 主责单位: 'lead', 主办单位: 'lead',
  责任单位: 'responsible', 责任部门: 'responsible',
  配合单位: 'partners', 配合部门: 'partners', 协办单位: 'partners', 会同单位: 'partners', 参与单位: 'partners',
};
const KEY_NAMES = Object.keys(KEYS).join('|');
/** Where a block opens: `（牵头单位：` or, when its bracket was lost, `□牵头单位：`. */
const BLOCK_OPEN = new RegExp(`[（□](?=(?:${KEY_NAMES})[：；])`, 'g');
/** A key inside a block; `；` after a key is a damaged `：` (湖北 2024 二.11 `责任单位;各市…`). */
const KEY = new RegExp(`(${KEY_NAMES})[：；]`, 'g');
/**
 * The sentence style of an assignment: `（省发展改革委牵头，省财政厅、省生态环境厅配合）`; what follows
 * 牵头 is partners (配合/参与/协助/协同) or responsible units (负责/落实).
 */
const INLINE_LEAD = /（([^（）。；\n]{2,80}?)牵头(?:[，、；]([^（）。\n]{2,160}?)(配合|参与|协助|协同|负责|落实))?）/g;
/** Endings that make a piece between `、` a unit name on its own. */
const UNIT_SUFFIX = /(处|局|办|室|中心|委|院|站|厅|部|所|会|队|社|司|署|组|政府|党委|单位|部门|机关|公司|集团|银行|法院|小组|专班|领导小组)$/;

/**
 * Stage 7: a task's text → its assignment blocks: every `（牵头单位：…；责任单位：…）` (also 牵头部门,
 * 配合单位, 协办单位, 会同单位 …), also when the opening bracket was lost (`□牵头单位：`) or the closing
 * one (the block then ends at `。` or the line end). `甲会同乙` inside a lead value makes 乙 partners.
 * Also the sentence style `（甲牵头，乙配合）` ({@link INLINE_LEAD}).
 * Units are split at `、`, keeping together a name that `、` only enumerates inside
 * (`各市、州、直管市及神农架林区生态环境局`, `厅机关各处室、单位`).
 * Input: the task's text and its offset in the plan text. Output: the blocks in order, spans absolute
 * (UTF-16, covering the block with its brackets). Throws nothing.
 */
export function assignments(text: string, offset: number): Assignment[] {
  const found: Assignment[] = [];
  BLOCK_OPEN.lastIndex = 0;
  for (let m = BLOCK_OPEN.exec(text); m !== null; m = BLOCK_OPEN.exec(text)) {
    const contentStart = m.index + 1;
    let depth = 0;
    let end = contentStart;
    let closed = false;
    for (; end < text.length; end++) {
      const c = text[end];
      if (c === '（') depth++;
      else if (c === '）') {
        if (depth === 0) {
          closed = true;
          break;
        }
        depth--;
      } else if (c === '。' || c === '\n') break;
    }
    const content = text.slice(contentStart, end);
    const assignment: Assignment = { lead: [], responsible: [], partners: [], span: [offset + m.index, offset + end + (closed ? 1 : 0)] };
    const keys = [...content.matchAll(KEY)];
    keys.forEach((key, i) => {
      const valueEnd = i + 1 < keys.length ? keys[i + 1].index : content.length;
      let value = content.slice(key.index + key[0].length, valueEnd);
      // trimmed from the end by hand: /[；，\s]+$/ is quadratic on a long run of such characters
      let cut = value.length;
      while (cut > 0 && /[；;，,\s]/.test(value[cut - 1])) cut--;
      value = value.slice(0, cut);
      const field = KEYS[key[1]];
      if (field === 'lead') {
        const [lead, ...partners] = value.split('会同');
        assignment.lead = assignment.lead.concat(units(lead));
        for (const p of partners) assignment.partners = assignment.partners.concat(units(p));
      } else {
        assignment[field] = assignment[field].concat(units(value));
      }
    });
    found.push(assignment);
    BLOCK_OPEN.lastIndex = Math.max(end, contentStart);
  }
  INLINE_LEAD.lastIndex = 0;
  for (let m = INLINE_LEAD.exec(text); m !== null; m = INLINE_LEAD.exec(text)) {
    const [whole, lead, others, verb] = m;
    const [leadUnits, ...partnerUnits] = lead.split('会同');
    const assignment: Assignment = {
      lead: units(leadUnits), responsible: [], partners: partnerUnits.flatMap(units), span: [offset + m.index, offset + m.index + whole.length],
    };
    if (others !== undefined) {
      if (verb === '负责' || verb === '落实') assignment.responsible = units(others);
      else assignment.partners = assignment.partners.concat(units(others));
    }
    found.push(assignment);
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}

/** Splits a list of units at `、`/`，`, merging pieces that are not unit names on their own into the next. */
export function units(value: string): string[] {
  const pieces = value.split(/[、，,]/).map((p) => p.trim()).filter((p) => p !== '');
  const out: string[] = [];
  let pending: string[] = [];
  for (const piece of pieces) {
    if ((piece === '单位' || piece === '各单位') && out.length > 0 && pending.length === 0) {
      out[out.length - 1] += `、${piece}`;
      continue;
    }
    pending.push(piece);
    if (UNIT_SUFFIX.test(piece)) {
      out.push(pending.join('、'));
      pending = [];
    }
  }
  if (pending.length > 0) out.push(pending.join('、'));
  return out;
}

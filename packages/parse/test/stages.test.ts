import { describe, expect, it } from 'vitest';
import { units, assignments } from '../src/assignments.js';
import { normaliseLine } from '../src/normalise.js';
import { chineseNumeral, chineseNumeralValue } from '../src/numerals.js';
import { repairLine } from '../src/repair.js';
import { extract } from '../src/extract.js';

const repaired = (line: string, damaged = true) => repairLine(line, damaged).map((s) => s.text).join('');
const normalised = (line: string) => normaliseLine([{ text: line }]).text;

describe('repair (lines quoted from the Hubei 2024 scrape)', () => {
  it('raises the character a lost "<" lowered, and records the original', () => {
    expect(repaired('一、总体要求与主要目栆/p>')).toBe('一、总体要求与主要目标');
    expect(repaired('2024年全省生态环境工作要炸/strong>')).toBe('2024年全省生态环境工作要点');
    expect(repaired('(一)总体要求、/p>')).toBe('(一)总体要求。');
    expect(repaired('发布文号 鄂环发?024?叶/td>')).toBe('发布文号 鄂环发□024□号');
    const segments = repairLine('二、重点工佛/p>', true);
    expect(segments).toEqual([{ text: '二、重点工' }, { text: '作', damage: { kind: 'repaired', original: '佛/p>' } }]);
  });

  it('reads a lowered full-width colon folded to "9" before an opening tag (来源9a href=…>)', () => {
    expect(repaired('来源9a href="http://sthjt.hubei.gov.cn/fbjd/xxgkml/ghjh/202402/t20240220_5088951.shtml" target="_blank" rel="nofollow">湖北省生态环境厅'))
      .toBe('来源:湖北省生态环境厅');
    expect(normalised(repaired('来源9a href="x">湖北省生态环境厅'))).toBe('来源：湖北省生态环境厅');
  });

  it('marks "?" as lost, also before a tag and an entity remnant', () => {
    expect(repaired('三、重要举?/p>')).toBe('三、重要举□');
    expect(repairLine('三、重要举?/p>', true)[1]).toEqual({ text: '□', damage: { kind: 'lost', original: '?/p>' } });
    expect(repaired('严?ldquo;两高一?rdquo;项目环境准入')).toBe('严□“两高一□”项目环境准入');
    expect(repaired('办好?middot;?rdquo;环境日')).toBe('办好□·□”环境日');
    expect(repaired('2024???/p>')).toBe('2024□□□');
  });

  it('leaves a clean copy alone: "?" is the author\'s, only entity remnants are decoded', () => {
    expect(repaired('为什么要这样做?因为', false)).toBe('为什么要这样做?因为');
    expect(repaired('“十四五ldquo;', false)).toBe('“十四五“');
  });
});

describe('normalise', () => {
  it('folds full-width digits and Latin letters, keeps Chinese punctuation', () => {
    expect(normalised('全省ＰＭ２．５平均浓度下降１０％，达到９２％以上。')).toBe('全省PM2.5平均浓度下降10%，达到92%以上。');
  });
  it('gives brackets one (full-width) form and dashes two (- and —)', () => {
    expect(normalised('(一)细颗粒物(PM2.5)﹙试行﹚')).toBe('（一）细颗粒物（PM2.5）（试行）');
    expect(normalised('6%－6.5%，6%–6.5%，——经济')).toBe('6%-6.5%，6%-6.5%，——经济');
  });
  it('turns ASCII , ; : next to Chinese into ， ； ： and leaves them between digits', () => {
    expect(normalised('牵头单位:综合处;责任单位:各市,州')).toBe('牵头单位：综合处；责任单位：各市，州');
    expect(normalised('完成1,571个')).toBe('完成1,571个');
  });
  it('drops zero-width characters and stray whitespace, keeps a space between ASCII words', () => {
    expect(normalised('\u200b国务院总理\u3000')).toBe('国务院总理');
    expect(normalised('李　强')).toBe('李强');
    expect(normalised('政 府 工 作 报 告')).toBe('政府工作报告');
    expect(normalised('Processed in  0.050 second(s)')).toBe('Processed in 0.050 second（s）');
  });
  it('reports where each segment ended up', () => {
    const { text, ranges } = normaliseLine([{ text: '主要目' }, { text: '标', damage: { kind: 'repaired', original: '栆/p>' } }, { text: ' (一)' }]);
    expect(text).toBe('主要目标（一）');
    expect(ranges).toEqual([[0, 3], [3, 4], [4, 7]]);
  });
});

describe('assignment units', () => {
  it('keeps a name that 、 enumerates inside together (DESIGN.md example)', () => {
    expect(units('各市、州、直管市及神农架林区生态环境局')).toEqual(['各市、州、直管市及神农架林区生态环境局']);
    expect(units('应急信访处、固体处、辐射处、核辐中心')).toEqual(['应急信访处', '固体处', '辐射处', '核辐中心']);
    expect(units('厅机关各处室、单位')).toEqual(['厅机关各处室、单位']);
  });
  it('reads a block whose closing bracket was lost (二.17 …固防中?。): it ends at 。', () => {
    const text = '中心建设（牵头单位：固体处、环科院、固防中□。完成国家环境保护重点实验室建设（牵头单位：环科院）。';
    const found = assignments(text, 100);
    expect(found.map((a) => a.lead)).toEqual([['固体处', '环科院', '固防中□'], ['环科院']]);
    expect(found[0].span).toEqual([104, 104 + '（牵头单位：固体处、环科院、固防中□'.length]);
  });
  it('reads 责任单位； (a damaged ：) as a key (二.11)', () => {
    const [block] = assignments('（牵头单位：综合处；责任单位；各市、州、直管市及神农架林区生态环境局）', 0);
    expect(block).toMatchObject({ lead: ['综合处'], responsible: ['各市、州、直管市及神农架林区生态环境局'] });
  });
});

describe('Chinese heading numerals', () => {
  it('reads and writes 1–99', () => {
    expect(['一', '九', '十', '十一', '二十', '二十三', '九十九'].map(chineseNumeralValue)).toEqual([1, 9, 10, 11, 20, 23, 99]);
    expect(['', '零', '十十', '一二', 'x'].map(chineseNumeralValue)).toEqual([null, null, null, null, null]);
    expect([1, 10, 12, 20, 23].map(chineseNumeral)).toEqual(['一', '十', '十二', '二十', '二十三']);
  });
});

describe('extract: the site metadata table of the Hubei scrape', () => {
  it('reads 发布单位 / 发布文号 / 发布日期 / 生效日期 and drops the table', () => {
    const lines = ['湖北省生态环境厅关于印发2024年全省生态环境工作要点的通知 (鄂环发?024??', '', '发布单位', '湖北省生态环境厅', '湖北省生态环境厅',
      '发布文号 鄂环发?024?叶/td>', '发布日期 2024-02-20 生效日期 2024-02-20', '有效性状?/th> 废止日期 暂无', '属?/th> 专业属?/th>', '备注', '',
      '各市、州、直管市及神农架林区生态环境局,厅机关各处室,各专员办、厅属各单位9/p>'];
    const doc = extract({ text: lines.join('\n'), encoding: 'utf-8', html: false, replaced: 0, declaredCharset: null });
    expect(doc.siteMeta).toEqual({ issuer: '湖北省生态环境厅', docNumber: '鄂环发?024?叶/td>', publishedOn: '2024-02-20', effectiveOn: '2024-02-20', source: null });
    expect(doc.lines).toEqual([lines[0], lines[11]]);
  });
});

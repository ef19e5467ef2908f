import { formatNumber } from './number-format.js';
import { childElements, childValue, firstChild, type XmlElement } from './xml.js';

/**
 * Word's automatic numbering (ECMA-376 Part 1 §17.9 "Numbering"), rendered as the label a reader sees.
 *
 * A paragraph is numbered by `w:numPr` (numId + ilvl) in its own properties or in its paragraph style (§17.9.23,
 * styles inherit through `w:basedOn`). `w:num` points to a `w:abstractNum` whose `w:lvl` says the format
 * (`w:numFmt`), the label template (`w:lvlText`, `%1`…`%9` standing for the counters of levels 1–9), the start
 * value (`w:start`) and when the level restarts (`w:lvlRestart`; by default when any shallower level is used).
 * `w:lvlOverride/w:startOverride` on a `w:num` restarts the list at that value.
 *
 * Counters are kept per abstract definition, as Word does: two `w:num` over one `w:abstractNum` continue one
 * count unless the second overrides the start.
 */
export class NumberingState {
  private readonly counters = new Map<string, number[]>();
  private readonly overridesApplied = new Set<string>();

  constructor(private readonly definitions: NumberingDefinitions) {}

  /**
   * Advances the counter of (numId, level) and returns the label text (e.g. `一、`, `（1）`, `1.`); null when the
   * paragraph is not numbered in a way a reader sees (numId 0 = numbering removed, a bullet, an unknown list).
   */
  next(numId: string, level: number): string | null {
    const num = this.definitions.nums.get(numId);
    if (!num) return null;
    const abstract = this.definitions.abstracts.get(num.abstractId);
    if (!abstract) return null;
    const levels = (index: number): LevelDefinition | undefined => num.levelOverrides.get(index) ?? abstract.levels.get(index);
    const definition = levels(level);
    if (!definition) return null;

    const key = num.abstractId;
    const counters = this.counters.get(key) ?? [];
    this.counters.set(key, counters);
    for (const [overridden, start] of num.startOverrides) {
      const marker = `${numId}:${overridden}`;
      if (!this.overridesApplied.has(marker)) {
        this.overridesApplied.add(marker);
        counters[overridden] = start - 1;
        for (let deeper = overridden + 1; deeper < 9; deeper += 1) counters[deeper] = undefined as unknown as number;
      }
    }
    counters[level] = (counters[level] ?? definition.start - 1) + 1;
    for (let deeper = level + 1; deeper < 9; deeper += 1) {
      const deeperDefinition = levels(deeper);
      // lvlRestart (1-based level) 0 = never restart; absent = restart after any shallower level.
      const restartAfter = deeperDefinition?.restartAfter ?? null;
      if (restartAfter === 0) continue;
      if (restartAfter === null || level < restartAfter) counters[deeper] = undefined as unknown as number;
    }
    if (definition.format === 'bullet') return null;
    const label = definition.text.replace(/%([1-9])/g, (_, digit: string) => {
      const index = Number(digit) - 1;
      const value = counters[index] ?? levels(index)?.start ?? 1;
      const format = definition.legal ? 'decimal' : (levels(index)?.format ?? 'decimal');
      return formatNumber(value, format) ?? '';
    });
    return label;
  }
}

/** One level of an abstract numbering definition. */
export interface LevelDefinition {
  format: string;
  text: string;
  start: number;
  /** `w:lvlRestart` (1-based level after which this one restarts; 0 never); null when absent */
  restartAfter: number | null;
  /** `w:isLgl`: every counter in the label written as a decimal */
  legal: boolean;
}

export interface NumberingDefinitions {
  abstracts: Map<string, { levels: Map<number, LevelDefinition> }>;
  nums: Map<string, { abstractId: string; startOverrides: Map<number, number>; levelOverrides: Map<number, LevelDefinition> }>;
}

/** The definitions of `word/numbering.xml` (none when the part is absent). */
export function readNumberingDefinitions(root: XmlElement | null): NumberingDefinitions {
  const definitions: NumberingDefinitions = { abstracts: new Map(), nums: new Map() };
  if (!root) return definitions;
  for (const abstract of childElements(root, 'w:abstractNum')) {
    const levels = new Map<number, LevelDefinition>();
    for (const level of childElements(abstract, 'w:lvl')) {
      levels.set(Number(level.getAttribute('w:ilvl') || 0), readLevel(level));
    }
    definitions.abstracts.set(abstract.getAttribute('w:abstractNumId') ?? '', { levels });
  }
  for (const num of childElements(root, 'w:num')) {
    const startOverrides = new Map<number, number>();
    const levelOverrides = new Map<number, LevelDefinition>();
    for (const override of childElements(num, 'w:lvlOverride')) {
      const level = Number(override.getAttribute('w:ilvl') || 0);
      const start = childValue(override, 'w:startOverride');
      if (start !== null) startOverrides.set(level, Number(start));
      const lvl = firstChild(override, 'w:lvl');
      if (lvl) levelOverrides.set(level, readLevel(lvl));
    }
    definitions.nums.set(num.getAttribute('w:numId') ?? '', {
      abstractId: childValue(num, 'w:abstractNumId') ?? '',
      startOverrides,
      levelOverrides,
    });
  }
  return definitions;
}

function readLevel(level: XmlElement): LevelDefinition {
  const restart = childValue(level, 'w:lvlRestart');
  return {
    format: childValue(level, 'w:numFmt') ?? 'decimal',
    text: childValue(level, 'w:lvlText') ?? '',
    start: Number(childValue(level, 'w:start') ?? 1),
    restartAfter: restart === null ? null : Number(restart),
    legal: firstChild(level, 'w:isLgl') !== null,
  };
}

import { readFileSync } from 'node:fs';
import { parsePlan } from '@plandiff/parse';
import { comparePlans } from './src/compare.js';
const F = '/work/wt-11/fixtures';
const load = (s: string, y: number) => parsePlan(readFileSync(`${F}/${s}/${y}/source.txt`), { series: s, year: y });
const a = load('hailar-gwr', 2014), b = load('hailar-gwr', 2015);
const c = comparePlans(a, b);
for (const t of c.targets) if (t.kind === 'changed' || t.kind === 'unchanged') console.log(t.kind, t.metric, t.from?.taskId, t.from?.text, '→', t.to?.taskId, t.to?.text, JSON.stringify(t.change));
for (const l of c.links) for (const t of l.targetChanges) if (t.kind === 'changed') console.log('  link', l.kind, l.from, l.to, t.from?.text, '→', t.to?.text);

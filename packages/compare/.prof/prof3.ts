import { readFileSync } from 'node:fs';
import { parsePlan } from '@plandiff/parse';
import { comparePlans } from '/work/main/packages/compare/src/compare.ts';
const a = parsePlan(readFileSync('/work/main/fixtures/gov-work-report/2024/source.txt'), { series: 'g', year: 2024 });
const b = parsePlan(readFileSync('/work/main/fixtures/gov-work-report/2025/source.txt'), { series: 'g', year: 2025 });
for (let i = 0; i < 5; i++) comparePlans(a, b);
const xs = [];
for (let i = 0; i < 15; i++) { const t = performance.now(); comparePlans(a, b); xs.push(performance.now() - t); }
xs.sort((x, y) => x - y); console.log('median', xs[7].toFixed(1));
const cs = [];
for (let i = 0; i < 15; i++) { const c = process.cpuUsage(); comparePlans(a, b); const d = process.cpuUsage(c); cs.push((d.user + d.system) / 1000); }
cs.sort((x, y) => x - y); console.log('cpu median', cs[7].toFixed(1));

import { readFileSync } from 'node:fs';
import { parsePlan } from '@plandiff/parse';
import { alignTasks } from '../src/align.ts';
const a = parsePlan(readFileSync('/work/main/fixtures/gov-work-report/2024/source.txt'), { series: 'g', year: 2024 });
const b = parsePlan(readFileSync('/work/main/fixtures/gov-work-report/2025/source.txt'), { series: 'g', year: 2025 });
const d = { pins: [], forbidden: new Set<string>(), problems: [] };
for (let i = 0; i < 40; i++) alignTasks(a, b, d);

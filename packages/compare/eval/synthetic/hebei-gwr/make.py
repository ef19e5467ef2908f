"""Builds the synthetic provincial pair of eval/gold/synthetic-hebei-gwr.json from real 2026 text.

to.txt   = the real 2026 Hebei report (../shared/corpus/provincial-gwr-2026/hebei.txt) from its title to the last
           paragraph of 三、2026年主要工作 (lines 10-66; page chrome above and 相关报道 below left out), unchanged,
           presented as the later year.
from.txt = the same text with these known edits, presented as the earlier year ("2025"; chapters 一 and 二 are left
           as they are, only the title and the year plan's heading say 2025):
  1. main targets: GDP 5%以上 -> 5.5%左右; 一般公共预算收入 2%左右 -> 3%左右; 固定资产投资 5.5%左右 unchanged;
     城镇调查失业率 5.5%左右 unchanged; the CPI target is absent (added in 2026).
  2. chapter order: (三)强化创新驱动发展 stands first in 2025, so 2026 moves it from rank 1 to 3
     (and relabels the others).
  3. 促进消费扩容升级 reworded: its sentence on 县域快递物流中心 is absent in 2025, and 2025 has one sentence
     (大力发展首发经济) that 2026 no longer has.
  4. 深化和美乡村建设 is absent in 2025 (a new task in 2026).
  5. 深化省市国资国企改革 (a real paragraph of the 2026 Jilin report) stands in 2025's reform chapter and is gone in
     2026 (a dropped task).
Run: python3 make.py /work/shared/corpus/provincial-gwr-2026/hebei.txt /work/shared/corpus/provincial-gwr-2026/jilin.txt
"""
import sys

hebei = open(sys.argv[1], encoding='utf-8').read().split('\n')
jilin = open(sys.argv[2], encoding='utf-8').read().split('\n')
header = hebei[9:41]
plan = hebei[41:66]
to_lines = [l.replace('2026年河北省政府工作报告', '2026年河北省政府工作报告') for l in header] + plan
open('to.txt', 'w', encoding='utf-8').write('\n'.join(to_lines) + '\n')

def find(lines, prefix):
    hits = [i for i, l in enumerate(lines) if l.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0]

lines = list(plan)
# 1. targets
i = find(lines, '今年是“十五五”起步之年')
t = lines[i]
for a, b in [('地区生产总值增长5%以上', '地区生产总值增长5.5%左右'), ('一般公共预算收入增长2%左右', '一般公共预算收入增长3%左右'),
             ('居民消费价格涨幅2%左右，', '')]:
    assert a in t, a
    t = t.replace(a, b)
lines[i] = t.replace('“十五五”起步之年', '“十四五”规划收官之年').replace('确保“十五五”良好开局', '高质量完成“十四五”规划目标任务')
# 3. reword consumption
i = find(lines, '促进消费扩容升级')
t = lines[i]
s = '完善现代商贸流通体系，建成县域快递物流中心44个，打造“一刻钟便民生活圈”。'
assert s in t
lines[i] = t.replace(s, '完善现代商贸流通体系，打造“一刻钟便民生活圈”。') + '大力发展首发经济，引进一批品牌首店。'
# 4. drop 深化和美乡村建设 from 2025
del lines[find(lines, '深化和美乡村建设')]
# 5. a 2025-only reform paragraph (real Jilin 2026 text)
j = find(jilin, '深化省市国资国企改革')
i = find(lines, '更高水平扩大开放')
lines.insert(i, jilin[j])
# 2. chapter order: 创新 first
starts = [k for k, l in enumerate(lines) if l.startswith('（')]
chapters = [lines[a:b] for a, b in zip(starts, starts[1:] + [find(lines, '全力支持国防和军队现代化')])]
tail = lines[find(lines, '全力支持国防和军队现代化'):]
innovation = [c for c in chapters if '强化创新驱动发展' in c[0]][0]
order = [innovation] + [c for c in chapters if c is not innovation]
labels = '一二三四五六'
body = []
for n, c in enumerate(order):
    body.append('（' + labels[n] + '）' + c[0].split('）', 1)[1])
    body.extend(c[1:])
from_lines = [l.replace('2026年', '2025年') for l in header[:2]] + header[2:] + [l.replace('2026年', '2025年') for l in lines[:starts[0]]] + body + tail
open('from.txt', 'w', encoding='utf-8').write('\n'.join(from_lines) + '\n')

#!/usr/bin/env bash
# Re-imports the 16 real notices of ../shared/corpus (or $1) into fixtures/ with the project's own
# `plandiff add --force`, recording where each copy came from. Run it after a change to `add` itself;
# a parser change needs only `pnpm plandiff check --update`.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus}"
add() { pnpm --reporter=silent plandiff add "$@" --force >/dev/null && echo "added $3/$5"; }

hubei_notes='Damaged scrape of a third-party regulations site: site chrome, HTML remnants, characters lowered by one code point before a lost "<", about 180 "?" for lost text.'
add "$corpus/hubei-sthjt-gzyd/2024.txt" --series hubei-sthjt-gzyd --year 2024 \
  --url http://sthjt.hubei.gov.cn/fbjd/xxgkml/ghjh/202402/t20240220_5088951.shtml --notes "$hubei_notes"
add "$corpus/hubei-sthjt-gzyd/2023.txt" --series hubei-sthjt-gzyd --year 2023 --coverage excerpt \
  --url http://www.h2o-china.com/news/341664.html \
  --notes 'Opening of the 2023 plan only (general requirements and the first main targets), as a news site republished it on 2023-02-17.'
for y in 2021 2022 2023 2024 2025; do
  add "$corpus/gov-work-report/$y.txt" --series gov-work-report --year "$y" \
    --notes 'Wikisource copy, via GitHub aldohemsn/chinese-political-corpora government_work_reports.jsonl at commit 99bc4b01d11c (field content).'
  add "$corpus/npc-gwr-resolution/$y.txt" --series npc-gwr-resolution --year "$y" \
    --notes 'Wikisource copy, via GitHub aldohemsn/chinese-political-corpora government_work_reports.jsonl at commit 99bc4b01d11c (field content).'
done
for y in 2012 2013 2014 2015; do
  add "$corpus/hailar-gwr/$y.txt" --series hailar-gwr --year "$y" \
    --notes 'GBK-encoded text with CRLF, via GitHub derek-s/Python-GovWorkReportAnalyze reportData at commit 8dc65feaaf2e.'
done

import type { CollectionOutcomes, Outcomes } from '@plandiff/model';
import { outcomesCsv, outcomesMarkdown } from '@plandiff/compare';
import { useTranslation } from 'react-i18next';
import { downloadText, withBom } from '../export/download.js';

/**
 * CSV and Markdown exports of outcomes, from @plandiff/compare's formatters (the same as the CLI's `--csv`; every text
 * cell through the project's one formula-injection rule). Input: a series' or a collection's outcomes and the file
 * name without extension (`gov-work-report-outcomes`).
 */
export function OutcomeExports({ outcomes, fileName }: { outcomes: Outcomes | CollectionOutcomes; fileName: string }) {
  const { t } = useTranslation();
  return (
    <div className="oc-exports" role="group" aria-label={t('outcomes.exportsNote')}>
      <button type="button" data-export="csv" onClick={() => downloadText(`${fileName}.csv`, withBom(outcomesCsv(outcomes)), 'text/csv;charset=utf-8')}>
        {t('outcomes.exportCsv')}
      </button>
      <button type="button" data-export="markdown" onClick={() => downloadText(`${fileName}.md`, outcomesMarkdown(outcomes), 'text/markdown;charset=utf-8')}>
        {t('outcomes.exportMarkdown')}
      </button>
    </div>
  );
}

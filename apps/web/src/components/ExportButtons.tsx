import { useTranslation } from 'react-i18next';
import { comparisonCsv, comparisonMarkdown, type ExportInput } from '../export/comparison-export.js';
import { downloadText, withBom } from '../export/download.js';

interface ExportButtonsProps {
  input: ExportInput;
  /** File name without extension, e.g. `gov-work-report-2024-2025` (the filters' suffix is added). */
  baseName: string;
}

/**
 * Downloads what is shown: CSV (UTF-8 with BOM, for Excel) and Markdown of the shown links with the filters named in
 * the file and its name; JSON is the Comparison contract as served (the whole comparison).
 */
export function ExportButtons({ input, baseName }: ExportButtonsProps) {
  const { t } = useTranslation();
  return (
    <div className="export" role="group" aria-label={t('comparison.exportAria')}>
      <span className="label">{t('comparison.export')}</span>
      <button
        type="button"
        className="button button-quiet"
        data-export="csv"
        onClick={() => downloadText(`${baseName}.csv`, withBom(comparisonCsv(input, t)), 'text/csv;charset=utf-8')}
      >
        {t('export.csv')}
      </button>
      <button
        type="button"
        className="button button-quiet"
        data-export="md"
        onClick={() => downloadText(`${baseName}.md`, comparisonMarkdown(input, t), 'text/markdown;charset=utf-8')}
      >
        {t('export.markdown')}
      </button>
      <button
        type="button"
        className="button button-quiet"
        data-export="json"
        onClick={() => downloadText(`${baseName}.json`, `${JSON.stringify(input.comparison, null, 2)}\n`, 'application/json')}
      >
        {t('export.json')}
      </button>
    </div>
  );
}

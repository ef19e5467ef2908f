import type { Comparison, Plan } from '@plandiff/model';
import { comparisonToCsv, comparisonToMarkdown } from '@plandiff/compare';
import { downloadText, withBom } from '../export/download.js';

interface ExportButtonsProps {
  comparison: Comparison;
  fromPlan: Plan;
  toPlan: Plan;
  /** File name without extension, e.g. `gov-work-report-2024-2025`. */
  baseName: string;
}

/**
 * Downloads the whole comparison (not only the filtered rows) as CSV (UTF-8 with BOM, for Excel), Markdown
 * or JSON (the Comparison contract). The CSV and Markdown text come from @plandiff/compare's formatters, the
 * same ones the CLI prints.
 */
export function ExportButtons({ comparison, fromPlan, toPlan, baseName }: ExportButtonsProps) {
  return (
    <div className="export" role="group" aria-label="Export the comparison">
      <span className="label">Export</span>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => downloadText(`${baseName}.csv`, withBom(comparisonToCsv(comparison, fromPlan, toPlan)), 'text/csv;charset=utf-8')}
      >
        CSV
      </button>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => downloadText(`${baseName}.md`, comparisonToMarkdown(comparison, fromPlan, toPlan), 'text/markdown;charset=utf-8')}
      >
        Markdown
      </button>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => downloadText(`${baseName}.json`, `${JSON.stringify(comparison, null, 2)}\n`, 'application/json')}
      >
        JSON
      </button>
    </div>
  );
}

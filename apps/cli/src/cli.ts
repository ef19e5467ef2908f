import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { Corpus, CorpusNotFoundError, CorpusUsageError, defaultFixturesDir } from '@plandiff/corpus';
import { PlanParseError } from '@plandiff/parse';
import { EXIT, UsageError } from './exit-codes.js';
import { runAdd, type AddOptions } from './commands/add.js';
import { runCompare } from './commands/compare.js';
import { runTargets } from './commands/targets.js';
import { runCollectionTargets } from './commands/collection-targets.js';
import { runOutcomes } from './commands/outcomes.js';
import { runCheck } from './commands/check.js';
import { runSchema } from './commands/schema.js';
import { checkCoverage, checkEncoding } from './option-values.js';
import { loadPlanArgument } from './plan-source.js';
import { describePlan } from './plan-summary.js';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** fixtures folder; default the checkout's fixtures/ or $PLANDIFF_FIXTURES */
  fixturesDir?: string;
}

/**
 * Runs the plandiff command with `argv` (without node and script) and returns the exit code:
 * 0 success, 1 check failed, 2 bad usage or unreadable input (one-line reason on `io.err`). Never throws.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const fixturesDir = io.fixturesDir ?? defaultFixturesDir();
  const corpus = new Corpus(fixturesDir);
  let code: number = EXIT.ok;
  const program = new Command('plandiff')
    .description('Compare the yearly work plans of Chinese government bodies: tasks, lead units, targets.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, '')), writeErr: (s) => io.err(s.replace(/\n$/, '')) })
    .showHelpAfterError(false);

  program
    .command('add <file>')
    .description('copy a notice into fixtures/, detect its encoding, parse it, write meta.json and plan.json')
    .requiredOption('--series <id>', 'series id, e.g. hubei-sthjt-gzyd')
    .requiredOption('--year <n>', 'the plan year')
    .option('--url <u>', 'where the notice was published')
    .option('--coverage <full|excerpt>', 'full notice or an excerpt', 'full')
    .option('--retrieved <date>', 'when the copy was obtained (YYYY-MM-DD)')
    .option('--notes <text>', 'provenance notes for meta.json')
    .option('--issuer <name>', 'for a new series: the issuing body')
    .option('--kind <kind>', 'for a new series: bulletin (reports of results, 统计公报) or plan, or the document kind (工作要点, 政府工作报告 …)')
    .option('--region <name>', 'for a new series: the region it speaks for (a bulletin series gives results to the plan series of its region)')
    .option('--name-zh <name>', 'for a new series: display name in Chinese')
    .option('--name-en <name>', 'for a new series: display name in English')
    .option('--force', 'replace an existing series/year; store a notice whose quality is doubtful (verdict kept in meta.json)')
    .option('--new-series', 'the --series id is new: create it (otherwise an unknown id is refused as a typo)')
    .option('--encoding <label>', 'the notice\'s encoding when you know it (gbk, gb18030, utf-8): wins over <meta> and detection')
    .action((file: string, options: AddOptions) => io.out(runAdd(fixturesDir, file, options)));

  program
    .command('parse <plan>')
    .description('print a Plan: a file or a stored series/year')
    .option('--json', 'the whole Plan as JSON')
    .option('--coverage <full|excerpt>', 'for a file: full notice or an excerpt')
    .option('--year <n>', 'for a file: the plan year (default: read from the notice\'s title or date)')
    .option('--encoding <label>', 'for a file: its encoding when you know it (gbk, gb18030, utf-8): wins over <meta> and detection')
    .action((ref: string, options: { json?: boolean; coverage?: string; year?: string; encoding?: string }) => {
      const plan = loadPlanArgument(ref, corpus, { coverage: checkCoverage(options.coverage), year: options.year, encoding: checkEncoding(options.encoding) });
      io.out(options.json ? JSON.stringify(plan, null, 2) : describePlan(plan));
    });

  program
    .command('compare <a> <b>')
    .description('compare two plans (files or series/year): what was added, dropped, changed, moved')
    .option('--json', 'the Comparison as JSON')
    .option('--md', 'a Markdown report: target changes first')
    .option('--csv', 'CSV (UTF-8 with BOM, opens in a spreadsheet)')
    .action((a: string, b: string, options: { json?: boolean; md?: boolean; csv?: boolean }) => io.out(runCompare(corpus, a, b, options)));

  program
    .command('targets [series]')
    .description('the metric × year table of a series, or with --collection the metric × series table of one year')
    .option('--collection <id>', 'a collection of fixtures/collections/ (e.g. provincial-gwr) instead of a series')
    .option('--year <n>', 'with --collection: the year')
    .option('--json', 'the Timeline (CrossSection with --collection) as JSON')
    .option('--csv', 'CSV (UTF-8 with BOM)')
    .action((series: string | undefined, options: { json?: boolean; csv?: boolean; collection?: string; year?: string }) => {
      if (options.collection !== undefined) {
        if (series !== undefined) throw new UsageError('targets takes a series or --collection, not both');
        io.out(runCollectionTargets(corpus, options.collection, options.year, options));
      } else if (series === undefined) throw new UsageError('targets needs a series (e.g. gov-work-report) or --collection <id> --year <n>');
      else io.out(runTargets(corpus, series, options));
    });

  program
    .command('outcomes [series]')
    .description('did they meet it? each target of year N against the result for N in the next year\'s review (or a bulletin)')
    .option('--collection <id>', 'a collection of fixtures/collections/ (e.g. provincial-gwr) instead of a series')
    .option('--year <n>', 'only this year\'s targets (needed with --collection)')
    .option('--json', 'the Outcomes (CollectionOutcomes with --collection) as JSON')
    .option('--csv', 'CSV (UTF-8 with BOM)')
    .action((series: string | undefined, options: { json?: boolean; csv?: boolean; collection?: string; year?: string }) => {
      io.out(runOutcomes(corpus, series, options));
    });

  program
    .command('check')
    .description('re-parse every fixture and compare with its committed plan.json (exit 1 on any difference)')
    .option('--update', 'rewrite the plan.json snapshots that differ (review the diff before committing)')
    .action((options: { update?: boolean }) => {
      const { report, ok } = runCheck(corpus, Boolean(options.update));
      io.out(report);
      if (!ok) code = EXIT.checkFailed;
    });

  program
    .command('schema')
    .description('write the JSON Schema of Plan, Target, Comparison and Timeline')
    .option('--out <dir>', 'output folder', fileURLToPath(new URL('../../../packages/model/schema/', import.meta.url)))
    .action((options: { out: string }) => io.out(runSchema(options.out).join('\n')));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help'
        ? EXIT.ok
        : EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof CorpusUsageError || error instanceof CorpusNotFoundError || error instanceof PlanParseError) {
      io.err(`plandiff: ${error.message}`);
      return EXIT.usage;
    }
    io.err(`plandiff: ${(error as Error).message ?? String(error)}`);
    return EXIT.usage;
  }
}

import {
  csvSummary,
  detailedReport,
  htmlSummary,
  loadContest,
  prettyJson,
  TabulatorInputError,
  tabulate,
} from '../src/modules/elections/tabulator';

/**
 * `npm run tabulate -- <config.json> [--html | --csv]`: tabulates an RCTab contest config (cast vote
 * record paths are relative to the config file) and prints the round-by-round report as RCTab's
 * detailed-report JSON, or a readable HTML or CSV summary. Bad input — a missing file, a wrong field,
 * a bad ballot line — prints one line naming it and exits 2.
 */
const FORMATS = new Set(['--html', '--csv']);
const args = process.argv.slice(2);
const format = args.find((a) => FORMATS.has(a));
const paths = args.filter((a) => !FORMATS.has(a));
if (paths.length !== 1 || args.length - paths.length > 1) {
  process.stderr.write('usage: npm run tabulate -- <contest_config.json> [--html | --csv]\n');
  process.exit(2);
}
try {
  const { config, cvrs } = loadContest(paths[0] as string);
  const result = tabulate(config, cvrs);
  if (format === '--html') process.stdout.write(htmlSummary(result));
  else if (format === '--csv') process.stdout.write(csvSummary(result));
  else process.stdout.write(`${prettyJson(detailedReport(result))}\n`);
} catch (error) {
  if (!(error instanceof TabulatorInputError)) throw error;
  process.stderr.write(`tabulate: ${error.message}\n`);
  process.exit(2);
}

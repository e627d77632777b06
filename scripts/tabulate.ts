import { detailedReport, loadContest, prettyJson, TabulatorInputError, tabulate } from '../src/modules/elections/tabulator';

/**
 * `npm run tabulate -- <config.json>`: tabulates an RCTab contest config (cast vote record paths are
 * relative to the config file) and prints the round-by-round report as RCTab's detailed-report JSON.
 * Bad input — a missing file, a wrong field, a bad ballot line — prints one line naming it and exits 2.
 */
const args = process.argv.slice(2);
if (args.length !== 1) {
  process.stderr.write('usage: npm run tabulate -- <contest_config.json>\n');
  process.exit(2);
}
try {
  const { config, cvrs } = loadContest(args[0] as string);
  process.stdout.write(`${prettyJson(detailedReport(tabulate(config, cvrs)))}\n`);
} catch (error) {
  if (!(error instanceof TabulatorInputError)) throw error;
  process.stderr.write(`tabulate: ${error.message}\n`);
  process.exit(2);
}

import { loadConfig } from '../src/core/config';
import { verifyLedger } from '../src/modules/fund';
import { createContext } from '../src/server';

/**
 * `npm run fund:verify`: walks the fund ledger's hash chain from the first entry to the recorded head
 * and checks every stored balance against the sum of the entries. Prints the head (seq and hash) to
 * compare with the one on the public fund page; exits 1 at the first break or mismatch.
 */
const config = loadConfig();
const { ctx, close } = await createContext({ config });
try {
  const report = await verifyLedger(ctx.db, ctx.dialect);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  if (report.firstBreak) out(`ledger BROKEN at seq ${report.firstBreak.seq}: ${report.firstBreak.reason}`);
  for (const m of report.balanceMismatches)
    out(`balance MISMATCH ${m.account}: recorded ${m.recordedCents} cents, the entries sum to ${m.ledgerCents}`);
  if (report.ok) out(`ledger OK: ${report.entries} entries, head seq ${report.head.seq} ${report.head.hash}, balances match the entries`);
  else process.exitCode = 1;
} finally {
  await close();
}

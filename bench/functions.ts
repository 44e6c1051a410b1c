/**
 * Custom functions over 100,000-row ranges, through the built Apps Script bundle loaded the way
 * Apps Script loads it (one global scope). Sheets allows a custom function 30 s per call.
 */
import fs from 'fs';
import path from 'path';
import vm from 'vm';

const CODE = path.join(__dirname, '..', 'dist', 'appsscript', 'Code.js');
const ROWS = 100_000;
const SHEETS_LIMIT_MS = 30_000;
const STAGES = ['Prospecting', 'Proposal', 'Negotiation', 'Won', 'Lost'];

export function benchFunctions(): void {
  console.log(
    `\nCustom functions on ${ROWS.toLocaleString('en-US')}-row ranges (built Apps Script bundle, Node vm)`,
  );
  if (!fs.existsSync(CODE)) {
    console.log('  skipped: run `npm run build:hosts` first');
    return;
  }
  const context = vm.createContext({});
  vm.runInContext(fs.readFileSync(CODE, 'utf8'), context);
  const ScriptDate = vm.runInContext('Date', context) as DateConstructor;
  // Ranges as Sheets passes them: 2D arrays, dates as Date objects of the script's own realm.
  const stages = Array.from({ length: ROWS }, (_, i) => [STAGES[i % STAGES.length]]);
  const amounts = Array.from({ length: ROWS }, (_, i) => [1000 + (i % 97) * 250]);
  const dates = Array.from({ length: ROWS }, (_, i) => [new ScriptDate(2027, 0, 1 + (i % 180))]);
  const asOf = new ScriptDate(2027, 6, 1);
  const calls: [string, unknown[]][] = [
    ['WIN_RATE', [stages]],
    ['WEIGHTED_PIPELINE', [amounts, stages]],
    ['PIPELINE_COVERAGE', [amounts, 50_000_000]],
    ['STALLED_DEALS', [stages, dates, 30, asOf]],
    ['ADOPTION_SUMMARY', [stages]],
  ];
  for (const [name, args] of calls) {
    const fn = context[name] as (...a: unknown[]) => unknown;
    fn(...args); // warm up, as a recalculation would be
    const start = performance.now();
    fn(...args);
    const ms = performance.now() - start;
    const share = ((ms / SHEETS_LIMIT_MS) * 100).toFixed(2);
    console.log(`  ${name.padEnd(18)} ${ms.toFixed(1).padStart(8)} ms  (${share}% of the 30 s limit)`);
  }
}

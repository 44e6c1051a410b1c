import fs from 'fs';
import zlib from 'zlib';
import { parse } from 'acorn';
import { callFunction, FUNCTIONS } from '../../shared/functions/catalog';
import { dayFromDate } from '../../shared/ground/values';
import { SMART_TABLE } from '../analyses/goals/smartTable';
import { CODE_JS, declaredEntryPoints, loadBundle, SIDEBAR_HTML } from './bundleContext';

/**
 * The built Apps Script project as Apps Script takes it (`npm test` builds it first; alone, run
 * `npm run build:hosts`): Code.js must be ES2019 throughout, dependencies included, as the V8
 * runtime is documented to reject newer syntax, and must run from one global scope.
 */
const MiB = 1024 * 1024;
const built = fs.existsSync(CODE_JS) && fs.existsSync(SIDEBAR_HTML);

type Fn = (...args: unknown[]) => unknown;

/** Where a parse failed, with a little of the code around it: not the whole bundle. */
function es2019Error(code: string): string | undefined {
  try {
    parse(code, { ecmaVersion: 2019, sourceType: 'script' });
    return undefined;
  } catch (e) {
    const pos = (e as { pos?: number }).pos ?? 0;
    return `${(e as Error).message} near ${JSON.stringify(code.slice(Math.max(0, pos - 120), pos + 60))}`;
  }
}

describe('the Apps Script bundle, dist/appsscript/Code.js', () => {
  it('is built (run `npm run build:hosts`; `npm test` does it first)', () => {
    expect(built).toBe(true);
  });
  if (!built) return;

  it('parses as an ES2019 script: no class fields, `??` or `?.` from any dependency', () => {
    expect(es2019Error(fs.readFileSync(CODE_JS, 'utf8'))).toBeUndefined();
  });

  it('is under 1 MiB', () => {
    expect(fs.statSync(CODE_JS).size).toBeLessThan(MiB);
  });

  it('sidebar.html is under 1 MiB, its script packed so that no `</script` or `<?` can appear', () => {
    const html = fs.readFileSync(SIDEBAR_HTML, 'utf8');
    expect(html.length).toBeLessThan(MiB);
    const packed = /<script id="pipelint-script"[^>]*>([^<]*)<\/script>/.exec(html)![1].trim();
    expect(packed).toMatch(/^[A-Za-z0-9+/]+=*$/);
    // The same script as the pane's bundle: React and the core inside, whole.
    const script = zlib.gunzipSync(Buffer.from(packed, 'base64')).toString('utf8');
    expect(script.length).toBeGreaterThan(MiB);
    expect(script).toContain('pipelintReadWorkbook');
  });

  it('loads without touching any service: Apps Script loads the project before onOpen, with no access yet', () => {
    const { apps } = loadBundle();
    expect([...apps.touched]).toEqual([]);
    expect(apps.calls).toEqual([]);
  });

  it('has every entry point the source declares as a global function, custom functions included', () => {
    const { context } = loadBundle();
    const declared = declaredEntryPoints();
    expect(declared).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'pipelintReadWorkbook']));
    expect(declared).toEqual(expect.arrayContaining(FUNCTIONS.map((f) => f.name)));
    const missing = declared.filter((name) => typeof context[name] !== 'function');
    expect(missing).toEqual([]);
  });

  it('gives REQUIRED_PIPELINE(500000, 0.25) = 2,000,000 and the catalog’s error text for a bad win rate', () => {
    const { context } = loadBundle();
    expect((context.REQUIRED_PIPELINE as Fn)(500000, 0.25)).toBe(2_000_000);
    expect(() => (context.REQUIRED_PIPELINE as Fn)(500000, 0)).toThrow(/^REQUIRED_PIPELINE: /);
  });

  it('judges goals as the core does, so compromise and chrono-node run in the bundle', () => {
    const { context } = loadBundle();
    const today = () => dayFromDate(new Date());
    const goals = SMART_TABLE.map((g) => g.goal);
    const inBundle = goals.map((g) => (context.SMART_CHECK as Fn)(g));
    const inCore = goals.map((g) => callFunction('SMART_CHECK', [g], { today }));
    expect(inBundle).toEqual(inCore);
    // Not all empty or all failing: the analysis really ran.
    expect(new Set(inBundle).size).toBeGreaterThan(5);
  });

  it('onOpen adds the add-on menu, every item a global function', () => {
    const { apps, context } = loadBundle();
    (context.onOpen as Fn)();
    expect(apps.ui.menus).toHaveLength(1);
    const items = apps.ui.menus[0].items.filter((i): i is [string, string] => i !== '---');
    expect(items.length).toBeGreaterThan(0);
    for (const [, fn] of items) expect(typeof context[fn]).toBe('function');
  });

  it('runs the whole core on the server: Lint now marks the problems and opens the sidebar', () => {
    const { apps, spreadsheet, context } = loadBundle();
    // No dates: a Date from the fakes (Node's realm) is not a Date to the bundle's realm.
    spreadsheet.add('Deals', [
      ['Deal', 'Owner', 'Stage', 'Amount'],
      ['D-1', 'Ana', 'Proposal', 5000],
      ['D-2', 'Ben', 'Negotiaton', -300],
    ]);
    (context.pipelintMenuLint as Fn)();
    expect(spreadsheet.sheet('Deals').rules.length).toBeGreaterThan(0);
    expect(spreadsheet.toasts[0]).toMatch(/problems? found and marked/);
    expect(apps.ui.sidebars).toHaveLength(1);
  });

  it('answers the sidebar: pipelintReadWorkbook hands over every sheet', () => {
    const { spreadsheet, context } = loadBundle();
    spreadsheet.add('Deals', [
      ['Deal', 'Amount'],
      ['D-1', 5000],
    ]);
    const workbook = (context.pipelintReadWorkbook as Fn)() as {
      sheets: { name: string; values: unknown[][] }[];
    };
    expect(workbook.sheets.map((s) => [s.name, s.values])).toEqual([
      [
        'Deals',
        [
          ['Deal', 'Amount'],
          ['D-1', 5000],
        ],
      ],
    ]);
  });
});

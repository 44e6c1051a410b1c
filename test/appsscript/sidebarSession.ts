/**
 * The Google Sheets sidebar as the browser tests drive it: the built page (dist/appsscript/
 * sidebar.html) as the built server (dist/appsscript/Code.js) serves it from a menu item, in
 * headless Chromium, with `google.script.run` answered by that same Code.js running in a Node `vm`
 * over the recording fake of the Apps Script services (bundleContext.ts, fakeApps.ts). The fake
 * spreadsheet starts as the example workbook, the playground's.
 *
 * The bridge is strict where the real one is quietly lossy: a Date, a function, `undefined` in an
 * array or any object but a plain one, in either direction, is recorded as a bridge problem and
 * fails the test (Apps Script turns a returned Date into null, so the pane would go on with a hole
 * in its data). Console errors and warnings, page errors and dialogs fail the test too.
 */
import fs from 'fs';
import path from 'path';
import vm from 'vm';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';
import { readWorkbook } from '../../cli/read';
import { lint, loadConfig, type Diagnostic, type WorkbookSnapshot } from '../../shared';
import { unexpectedProblems, watchPage, type OpenOptions } from '../ui/playgroundSession';
import { loadBundle, SIDEBAR_HTML } from './bundleContext';
import type { FakeApps, FakeSpreadsheet } from './fakeApps';

const EXAMPLE = path.resolve(__dirname, '../../examples/pipeline.xlsx');
/** Where the page is served from; no request leaves the browser (page.route answers it). */
const SIDEBAR_URL = 'https://sidebar.pipelint.test/userCodeAppPanel';

/** The menu items that open the sidebar, by their server function. */
export type SidebarMenuItem =
  'pipelintMenuOpen' | 'pipelintMenuLint' | 'pipelintMenuGoal' | 'pipelintMenuSettings';

/** One google.script.run call, as the server received it. */
export interface BridgeCall {
  name: string;
  args: unknown[];
}

export interface Sidebar {
  page: Page;
  apps: FakeApps;
  spreadsheet: FakeSpreadsheet;
  /** The bundle's global scope: every server function, onEdit included. */
  context: Record<string, unknown>;
  /** Every google.script.run call so far, oldest first. */
  calls: BridgeCall[];
  /** What the bridge refused so far; the test fails unless it empties this. */
  bridgeProblems: string[];
  /** The calls of one server function. */
  callsOf(name: string): BridgeCall[];
  /** The spreadsheet as the script sees it, through the recording fake (for a trigger's event). */
  script(): GoogleAppsScript.Spreadsheet.Spreadsheet;
}

export interface SidebarOpenOptions extends OpenOptions {
  /** The menu item that opens the sidebar (its server function runs first, as in Sheets). */
  menu: SidebarMenuItem;
  /**
   * The spreadsheet's time zone: by default far east of the browser's and Node's, where reading a
   * date cell's Date by its UTC day would give the day before.
   */
  timeZone?: string;
  /** Changes the fake spreadsheet before the menu item runs. */
  prepare?(spreadsheet: FakeSpreadsheet): void;
}

export interface SidebarSession {
  /** Loads Code.js over a fake holding the example workbook, runs the menu item and opens the page it shows. */
  open(options: SidebarOpenOptions): Promise<Sidebar>;
  /** Lets console messages like this one pass in the current test (a refusal the test asked for). */
  allow(message: RegExp): void;
}

/**
 * What google.script.run could not carry in `value`, or undefined when it carries it whole. The
 * bridge takes primitives, and arrays and plain objects of them; a Date, a function, a DOM node
 * or any other object fails, or (a returned Date) arrives as null. `undefined` inside an array and
 * a number JSON cannot write are refused too, rather than trusting them to become null. Works on
 * values of any realm (the page's, Node's, the vm's), and is self-contained: it runs in the page
 * as well, from its source text.
 */
export function bridgeProblem(value: unknown, where: string): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${where} is ${value}`;
  if (typeof value !== 'object')
    return `${where} is ${typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`}`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const problem =
        item === undefined ? `${where}[${i}] is undefined` : bridgeProblem(item, `${where}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  const kind = Object.prototype.toString.call(value).slice(8, -1);
  const proto: unknown = Object.getPrototypeOf(value);
  if (kind !== 'Object' || (proto !== null && Object.getPrototypeOf(proto) !== null))
    return `${where} is a ${kind === 'Object' ? 'class instance' : kind}`;
  for (const [key, item] of Object.entries(value)) {
    // A property set to undefined is left out, as JSON leaves it out: no value is lost.
    const problem = item === undefined ? undefined : bridgeProblem(item, `${where}.${key}`);
    if (problem) return problem;
  }
  return undefined;
}

/** What the page's bridge hands back: the result as JSON, or the error the server threw. */
type Answer = { json?: string } | { error: string };

/**
 * The page's `google.script.run`, installed before the page's own scripts: runners from
 * withSuccessHandler, withFailureHandler and withUserObject, and one method per server function,
 * each call asynchronous, its arguments checked and sent as JSON. Runs in the page.
 */
function installScriptRun(names: string[], check: typeof bridgeProblem): void {
  type Handler = ((value: unknown, userObject: unknown) => void) | undefined;
  const w = window as unknown as {
    google: unknown;
    pipelintServer(name: string, json: string): Promise<Answer>;
    pipelintBridgeProblem(problem: string): Promise<void>;
  };
  const functions = new Set(names);
  const runner = (success: Handler, failure: Handler, userObject: unknown): object =>
    new Proxy(
      {},
      {
        get(_target, key) {
          if (key === 'withSuccessHandler') return (h: Handler) => runner(h, failure, userObject);
          if (key === 'withFailureHandler') return (h: Handler) => runner(success, h, userObject);
          if (key === 'withUserObject') return (o: unknown) => runner(success, failure, o);
          if (typeof key !== 'string' || key === 'then' || key === 'toJSON') return undefined;
          if (!functions.has(key)) {
            // Undefined, as in Apps Script, but said out loud: a misspelt name must not pass unseen.
            console.error(`google.script.run has no server function ${key}`);
            return undefined;
          }
          return (...args: unknown[]) => {
            const fail = (message: string) => {
              if (failure) failure(new Error(message), userObject);
              // With no failure handler, Apps Script reports the error in the console.
              else console.error(`Uncaught ScriptError: ${message}`);
            };
            const problem = check(args, `${key} arguments`);
            if (problem) {
              void w.pipelintBridgeProblem(problem);
              console.error(`google.script.run cannot carry this: ${problem}`);
              fail(problem);
              return;
            }
            void w.pipelintServer(key, JSON.stringify(args)).then((answer) => {
              if ('error' in answer) fail(answer.error);
              else success?.(answer.json === undefined ? undefined : JSON.parse(answer.json), userObject);
            }, console.error);
          };
        },
      },
    );
  w.google = { script: { run: runner(undefined, undefined, undefined) } };
}

/** The example workbook, as the command line reads it: loaded once per test file. */
let example: Promise<WorkbookSnapshot> | undefined;
const exampleWorkbook = () => (example ??= readWorkbook(EXAMPLE).then((w) => w.workbook));

/** Puts a workbook's cells into the fake spreadsheet as they are: dates as serials with their formats. */
function fill(spreadsheet: FakeSpreadsheet, workbook: WorkbookSnapshot): void {
  for (const s of structuredClone(workbook).sheets) {
    const sheet = spreadsheet.add(s.name);
    sheet.values = s.values.map((row) => row.map((v) => v ?? ''));
    sheet.formats = (s.numberFormats ?? []).map((row) => (row ?? []).map((f) => f ?? 'General'));
    sheet.formulas = (s.formulas ?? []).map((row) => (row ?? []).map((f) => f ?? ''));
  }
}

/** The fake spreadsheet's cells now, as a snapshot for the core, read straight from the fake. */
export function snapshotOf(spreadsheet: FakeSpreadsheet): WorkbookSnapshot {
  return {
    sheets: spreadsheet.sheets.map((s) => ({
      name: s.name,
      values: s.values.map((row) => Array.from(row ?? [], (v) => (v ?? '') as string | number | boolean)),
      numberFormats: s.formats.map((row) => Array.from(row ?? [], (f) => f ?? null)),
      formulas: s.formulas.map((row) => Array.from(row ?? [], (f) => f || null)),
    })),
  };
}

/** The core's own lint of what the fake spreadsheet holds now, with the default config as the pane has it. */
export function coreLint(spreadsheet: FakeSpreadsheet): Diagnostic[] {
  const loaded = loadConfig({});
  if (!loaded.ok) throw new Error('the default config does not load');
  return lint(snapshotOf(spreadsheet), loaded.config).diagnostics;
}

/** Sets up the browser and the checks for the test file that calls it; a fresh bundle and fake per page. */
export function sidebarSession(): SidebarSession {
  let browser: Browser;
  let html: string;
  let page: Page | undefined;
  let problems: string[] = [];
  let allowed: RegExp[] = [];
  let bridgeProblems: string[] = [];

  beforeAll(async () => {
    html = fs.readFileSync(SIDEBAR_HTML, 'utf8');
    [browser] = await Promise.all([launchChromium(), exampleWorkbook()]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    await page?.close();
    page = undefined;
    const unexpected = [
      ...bridgeProblems.map((p) => `bridge: ${p}`),
      ...unexpectedProblems(problems, allowed),
    ];
    problems = [];
    allowed = [];
    bridgeProblems = [];
    expect(unexpected).toEqual([]);
  });

  return {
    async open({
      menu,
      prepare,
      timeZone = 'Pacific/Auckland',
      width = 300,
      height = 900,
      colorScheme = 'light',
    }) {
      const { apps, spreadsheet, context } = loadBundle(timeZone);
      // The script's own Dates, so the server reads date cells as it would in Apps Script.
      spreadsheet.Date = vm.runInContext('Date', context) as DateConstructor;
      fill(spreadsheet, await exampleWorkbook());
      prepare?.(spreadsheet);
      apps.files.set('sidebar', html);
      (context[menu] as () => void)();
      const shown = apps.ui.sidebars.at(-1);
      if (!shown) throw new Error(`${menu} showed no sidebar`);

      const calls: BridgeCall[] = [];
      const serverFunctions = Object.keys(context).filter(
        (name) => typeof context[name] === 'function' && !name.endsWith('_'),
      );
      const realmJson = vm.runInContext('JSON', context) as JSON;
      const bridgeProblemsNow = bridgeProblems;
      page = await browser.newPage({ viewport: { width, height }, colorScheme });
      watchPage(page, problems);
      await page.exposeFunction(
        'pipelintBridgeProblem',
        (problem: string) => void bridgeProblemsNow.push(problem),
      );
      await page.exposeFunction('pipelintServer', (name: string, json: string): Answer => {
        calls.push({ name, args: JSON.parse(json) as unknown[] });
        try {
          // Parsed in the script's realm, as Apps Script hands the script its own objects.
          const result: unknown = (context[name] as (...a: unknown[]) => unknown)(
            ...(realmJson.parse(json) as unknown[]),
          );
          if (result === undefined) return {};
          const problem = bridgeProblem(result, `${name} result`);
          if (!problem) return { json: JSON.stringify(result) };
          bridgeProblemsNow.push(problem);
          return { error: `google.script.run cannot carry this: ${problem}` };
        } catch (error) {
          // An error from the script's realm is not a Node Error: its message is read as is.
          return { error: String((error as { message?: unknown }).message ?? error) };
        }
      });
      await page.addInitScript({
        content: `(${installScriptRun.toString()})(${JSON.stringify(serverFunctions)}, ${bridgeProblem.toString()});`,
      });
      await page.route('**/*', (route) =>
        route.request().url() === SIDEBAR_URL
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: shown.getContent() })
          : route.abort(),
      );
      await page.goto(SIDEBAR_URL);
      await page.getByRole('main', { name: 'Pipelint problems for Google Sheets' }).waitFor();
      return {
        page,
        apps,
        spreadsheet,
        context,
        calls,
        bridgeProblems: bridgeProblemsNow,
        callsOf: (name) => calls.filter((c) => c.name === name),
        script: () => (context.SpreadsheetApp as typeof SpreadsheetApp).getActive(),
      };
    },
    allow(message) {
      allowed.push(message);
    },
  };
}

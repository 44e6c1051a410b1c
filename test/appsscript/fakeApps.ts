/**
 * A stand-in for the Apps Script services the add-on may use (SpreadsheetApp, HtmlService,
 * Utilities, PropertiesService, Session), for Node. It behaves as the real services are documented
 * to, where the add-on depends on it:
 * - a sheet stores numbers, text and booleans, and a date as a serial number with a date format;
 *   getValues() hands a date cell over as the Date at which that day and time begin in the
 *   spreadsheet's time zone, as Apps Script does;
 * - setValue(s) read text as typed into the grid: ISO dates become dates, numbers numbers, and a
 *   leading apostrophe keeps text as text;
 * - getDataRange() starts at A1 and ends at the last row and column with content;
 * - insertSheet makes the new sheet the active one; deleting the last sheet fails;
 * - conditional format rules are built with the builder and set per sheet, replacing all.
 *
 * Every call the script makes is recorded, with the service it belongs to, and charged a cost
 * (see `CostModel`) so that a run's time in Apps Script can be estimated. Services outside the
 * add-on's two scopes exist only to record that they were touched, and throw.
 */

export interface ServiceCall {
  service: string;
  /** Class and method: "Range.getValues". */
  method: string;
  args: unknown[];
  /** Cells read or written, for calls that move cell data. */
  cells?: number;
}

/**
 * What each call costs in Apps Script, for the estimate in `FakeApps.elapsedMs`: a round trip per
 * call, plus a cost per 1,000 cells for the calls that move cell data.
 */
export interface CostModel {
  perCallMs: number;
  perThousandCellsMs: number;
  /** Utilities.formatDate and the builder calls run inside the script: much cheaper than a round trip. */
  inScriptCallMs: number;
}

/**
 * A round trip of 30 ms and 10 ms per 1,000 cells moved. Pessimistic against figures reported for
 * Apps Script (a getValues of a million cells in some seconds, one call in tens of milliseconds);
 * Google publishes no per-cell figure, so the test's margin against the 6-minute limit is what counts.
 */
export const APPS_SCRIPT_COSTS: CostModel = { perCallMs: 30, perThousandCellsMs: 10, inScriptCallMs: 0.05 };

/**
 * The services the add-on may use: those its scopes (spreadsheets.currentonly, script.container.ui)
 * allow, and PropertiesService, which needs no scope and is open to simple triggers.
 */
export const IN_SCOPE = ['SpreadsheetApp', 'HtmlService', 'Utilities', 'PropertiesService'];

/** Services the add-on must never use: each would need a scope it does not ask for. */
export const OUT_OF_SCOPE = [
  'UrlFetchApp',
  'DriveApp',
  'GmailApp',
  'MailApp',
  'DocumentApp',
  'CalendarApp',
  'ScriptApp',
  'CacheService',
  'LockService',
  'ContactsApp',
  'FormApp',
  'SlidesApp',
];

/** A cell as a test writes it: a date by its ISO day (and time), a formula with its value. */
export type FakeCell =
  string | number | boolean | null | { date: string } | { formula: string; value: string | number | boolean };

const MS_PER_DAY = 86_400_000;
const EPOCH = 25_569;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** A Date of any realm: the script's (a `vm` context) as well as Node's. */
const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

const isDateFormat = (format: string) => /[dy]/i.test(format.replace(/"[^"]*"/g, ''));

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string) {
  let f = FORMATTERS.get(timeZone);
  if (!f)
    FORMATTERS.set(
      timeZone,
      (f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })),
    );
  return f;
}

/** The wall clock in a zone at a moment, as UTC fields (ms since the epoch, read as if in UTC). */
function wallMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
}

const INSTANTS = new Map<string, number>();

/** The moment a wall-clock time (as UTC fields) happens in a zone. */
function instantOf(wall: number, timeZone: string): number {
  const key = `${timeZone} ${wall}`;
  let instant = INSTANTS.get(key);
  if (instant === undefined) {
    instant = wall;
    for (let i = 0; i < 3; i++) instant = wall - (wallMs(instant, timeZone) - instant);
    INSTANTS.set(key, instant);
  }
  return instant;
}

/** Utilities.formatDate, for the patterns the add-on uses (yyyy MM dd HH mm ss). */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const wall = new Date(wallMs(date.getTime(), timeZone));
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const fields: Record<string, string> = {
    yyyy: pad(wall.getUTCFullYear(), 4),
    MM: pad(wall.getUTCMonth() + 1),
    dd: pad(wall.getUTCDate()),
    HH: pad(wall.getUTCHours()),
    mm: pad(wall.getUTCMinutes()),
    ss: pad(wall.getUTCSeconds()),
  };
  return pattern.replace(/yyyy|MM|dd|HH|mm|ss/g, (t) => fields[t]);
}

/** 1-based row and column of "B7". */
function parseCell(a1: string): { row: number; column: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a1.trim());
  if (!m) throw new Error(`Bad A1 notation: ${a1}`);
  const column = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), column };
}

function letters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly rows = 1,
    readonly columns = 1,
  ) {
    if (row < 1 || column < 1 || rows < 1 || columns < 1)
      throw new Error(`The coordinates of the range are outside the dimensions of the sheet.`);
  }
  private grid<T>(cell: (r: number, c: number) => T): T[][] {
    return Array.from({ length: this.rows }, (_, i) =>
      Array.from({ length: this.columns }, (_, j) => cell(this.row - 1 + i, this.column - 1 + j)),
    );
  }
  getValues() {
    return this.grid((r, c) => this.sheet.valueAt(r, c));
  }
  getValue() {
    return this.sheet.valueAt(this.row - 1, this.column - 1);
  }
  getNumberFormats() {
    return this.grid((r, c) => this.sheet.formats[r]?.[c] ?? 'General');
  }
  getFormulas() {
    return this.grid((r, c) => this.sheet.formulas[r]?.[c] ?? '');
  }
  getFormula() {
    return this.sheet.formulas[this.row - 1]?.[this.column - 1] ?? '';
  }
  setValues(values: unknown[][]) {
    if (values.length !== this.rows || values.some((r) => r.length !== this.columns))
      throw new Error(
        `The number of rows or columns in the data does not match the range (${this.rows}x${this.columns}).`,
      );
    values.forEach((r, i) => r.forEach((v, j) => this.sheet.enter(this.row - 1 + i, this.column - 1 + j, v)));
    return this;
  }
  setValue(value: unknown) {
    return this.setValues(Array.from({ length: this.rows }, () => new Array(this.columns).fill(value)));
  }
  activate() {
    this.sheet.spreadsheet.active = this.sheet;
    this.sheet.spreadsheet.activeRange = this.getA1Notation();
    return this;
  }
  getRow() {
    return this.row;
  }
  getColumn() {
    return this.column;
  }
  getNumRows() {
    return this.rows;
  }
  getNumColumns() {
    return this.columns;
  }
  getSheet() {
    return this.sheet;
  }
  getA1Notation() {
    const first = `${letters(this.column)}${this.row}`;
    return this.rows === 1 && this.columns === 1
      ? first
      : `${first}:${letters(this.column + this.columns - 1)}${this.row + this.rows - 1}`;
  }
}

class FakeRangeList {
  constructor(readonly ranges: FakeRange[]) {}
  getRanges() {
    return [...this.ranges];
  }
  setValue(value: unknown) {
    for (const r of this.ranges) r.setValue(value);
    return this;
  }
}

class FakeBooleanCondition {
  constructor(
    readonly type: string,
    readonly values: unknown[],
  ) {}
  getCriteriaType() {
    return this.type;
  }
  getCriteriaValues() {
    return [...this.values];
  }
}

export class FakeConditionalFormatRule {
  constructor(
    readonly condition: FakeBooleanCondition | null,
    readonly background: string | null,
    readonly fontColor: string | null,
    readonly ranges: FakeRange[],
  ) {}
  getBooleanCondition() {
    return this.condition;
  }
  getGradientCondition() {
    return null;
  }
  getRanges() {
    return [...this.ranges];
  }
  /** What the rule is, for comparing rules: its condition, colours and ranges. */
  describe() {
    return {
      type: this.condition?.type,
      values: this.condition?.values,
      background: this.background,
      fontColor: this.fontColor,
      ranges: this.ranges.map((r) => `${r.sheet.name}!${r.getA1Notation()}`),
    };
  }
}

class FakeRuleBuilder {
  private condition: FakeBooleanCondition | null = null;
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: FakeRange[] = [];
  whenFormulaSatisfied(formula: string) {
    this.condition = new FakeBooleanCondition('CUSTOM_FORMULA', [formula]);
    return this;
  }
  whenNumberGreaterThan(n: number) {
    this.condition = new FakeBooleanCondition('NUMBER_GREATER_THAN', [n]);
    return this;
  }
  whenNumberLessThan(n: number) {
    this.condition = new FakeBooleanCondition('NUMBER_LESS_THAN', [n]);
    return this;
  }
  whenTextContains(text: string) {
    this.condition = new FakeBooleanCondition('TEXT_CONTAINS', [text]);
    return this;
  }
  setBackground(color: string) {
    this.background = color;
    return this;
  }
  setFontColor(color: string) {
    this.fontColor = color;
    return this;
  }
  setRanges(ranges: FakeRange[]) {
    this.ranges = [...ranges];
    return this;
  }
  build() {
    if (!this.condition) throw new Error('A conditional format rule needs a condition.');
    if (!this.ranges.length) throw new Error('A conditional format rule needs at least one range.');
    return new FakeConditionalFormatRule(this.condition, this.background, this.fontColor, this.ranges);
  }
}

export class FakeSheet {
  values: unknown[][] = [];
  formats: string[][] = [];
  formulas: string[][] = [];
  rules: FakeConditionalFormatRule[] = [];
  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {}

  /** Fills the sheet from A1, as a test writes it (no service call is recorded). */
  put(rows: FakeCell[][], top = 1): this {
    rows.forEach((row, i) =>
      row.forEach((cell, j) => {
        const [r, c] = [top - 1 + i, j];
        if (cell !== null && typeof cell === 'object' && 'formula' in cell) {
          this.store(r, c, cell.value);
          (this.formulas[r] ??= [])[c] = cell.formula;
        } else if (cell !== null && typeof cell === 'object') this.enter(r, c, cell.date);
        else this.enter(r, c, cell ?? '');
      }),
    );
    return this;
  }

  private store(r: number, c: number, value: unknown, format?: string) {
    (this.values[r] ??= [])[c] = value;
    if (format) (this.formats[r] ??= [])[c] = format;
    if (this.formulas[r]?.[c]) this.formulas[r][c] = '';
  }

  /** A value written as if typed into the cell (Range.setValue), with Sheets' parsing of text. */
  enter(r: number, c: number, value: unknown) {
    const current = this.formats[r]?.[c] ?? 'General';
    const dateFormat = (time: boolean) =>
      isDateFormat(current) ? current : time ? 'yyyy-mm-dd hh:mm:ss' : 'yyyy-mm-dd';
    if (isDate(value)) {
      const wall = wallMs(value.getTime(), this.spreadsheet.timeZone);
      this.store(r, c, wall / MS_PER_DAY + EPOCH, dateFormat(wall % MS_PER_DAY !== 0));
      return;
    }
    if (typeof value !== 'string') return this.store(r, c, value ?? '');
    if (value.startsWith("'")) return this.store(r, c, value.slice(1), current === 'General' ? '@' : current);
    const iso = ISO.exec(value.trim());
    if (iso) {
      const [y, m, d, h, min, s] = iso.slice(1).map((p) => Number(p ?? 0));
      const wall = Date.UTC(y, m - 1, d, h, min, s);
      return this.store(r, c, wall / MS_PER_DAY + EPOCH, dateFormat(Boolean(h || min || s)));
    }
    if (value.trim() !== '' && current !== '@' && Number.isFinite(Number(value)))
      return this.store(r, c, Number(value));
    this.store(r, c, value);
  }

  /** What getValues gives for a cell: a date-formatted number as the Date its day begins. */
  valueAt(r: number, c: number): unknown {
    const v = this.values[r]?.[c];
    if (v === undefined || v === null) return '';
    const format = this.formats[r]?.[c];
    if (typeof v === 'number' && format && isDateFormat(format))
      return new this.spreadsheet.Date(
        instantOf(Math.round((v - EPOCH) * MS_PER_DAY), this.spreadsheet.timeZone),
      );
    return v;
  }

  private used(r: number, c: number) {
    const v = this.values[r]?.[c];
    return (v !== undefined && v !== null && v !== '') || Boolean(this.formulas[r]?.[c]);
  }

  getName() {
    return this.name;
  }
  getSheetId() {
    return this.id;
  }
  getParent() {
    return this.spreadsheet;
  }
  getLastRow() {
    for (let r = this.values.length - 1; r >= 0; r--)
      if ((this.values[r] ?? []).some((_, c) => this.used(r, c))) return r + 1;
    return 0;
  }
  getLastColumn() {
    let last = 0;
    this.values.forEach((row, r) =>
      row?.forEach((_, c) => {
        if (c + 1 > last && this.used(r, c)) last = c + 1;
      }),
    );
    return last;
  }
  getDataRange() {
    return new FakeRange(this, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  getRange(rowOrA1: number | string, column?: number, rows?: number, columns?: number) {
    if (typeof rowOrA1 === 'string') {
      const [a, b] = rowOrA1.split(':').map(parseCell);
      return b
        ? new FakeRange(this, a.row, a.column, b.row - a.row + 1, b.column - a.column + 1)
        : new FakeRange(this, a.row, a.column);
    }
    return new FakeRange(this, rowOrA1, column!, rows ?? 1, columns ?? 1);
  }
  getRangeList(a1s: string[]) {
    return new FakeRangeList(a1s.map((a1) => this.getRange(a1)));
  }
  appendRow(row: unknown[]) {
    const r = this.getLastRow();
    row.forEach((v, c) => this.enter(r, c, v));
    return this;
  }
  activate() {
    this.spreadsheet.active = this;
    return this;
  }
  getConditionalFormatRules() {
    return [...this.rules];
  }
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]) {
    this.rules = [...rules];
  }
}

export class FakeSpreadsheet {
  sheets: FakeSheet[] = [];
  active?: FakeSheet;
  activeRange?: string;
  toasts: string[] = [];
  /**
   * The Date of the script's realm: getValues hands a date cell over as one of the script's own
   * Dates, as Apps Script does. Node's by default; a script run in a `vm` context needs the
   * context's (`vm.runInContext('Date', context)`), or `instanceof Date` fails in the script.
   */
  Date: DateConstructor = Date;
  private nextId = 1;
  constructor(readonly timeZone: string) {}

  /** Adds a sheet for a test (no service call is recorded). */
  add(name: string, rows: FakeCell[][] = []): FakeSheet {
    const sheet = new FakeSheet(this, name, this.nextId++).put(rows);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }
  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  getSpreadsheetTimeZone() {
    return this.timeZone;
  }
  getSheets() {
    return [...this.sheets];
  }
  getNumSheets() {
    return this.sheets.length;
  }
  getSheetByName(name: string) {
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  getActiveSheet() {
    return this.active ?? this.sheets[0];
  }
  insertSheet(name: string, index = this.sheets.length) {
    if (this.getSheetByName(name))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new FakeSheet(this, name, this.nextId++);
    this.sheets.splice(index, 0, sheet);
    this.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet) {
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.active === sheet) this.active = this.sheets[0];
  }
  toast(message: string) {
    this.toasts.push(message);
  }
}

class FakeMenu {
  items: ([label: string, fn: string] | '---')[] = [];
  constructor(
    private readonly ui: FakeUi,
    readonly title: string,
  ) {}
  addItem(label: string, fn: string) {
    this.items.push([label, fn]);
    return this;
  }
  addSeparator() {
    this.items.push('---');
    return this;
  }
  addToUi() {
    this.ui.menus.push(this);
  }
}

class FakeHtmlOutput {
  title = '';
  constructor(public content: string) {}
  getContent() {
    return this.content;
  }
  setContent(content: string) {
    this.content = content;
    return this;
  }
  append(content: string) {
    this.content += content;
    return this;
  }
  setTitle(title: string) {
    this.title = title;
    return this;
  }
  getTitle() {
    return this.title;
  }
}

class FakeUi {
  menus: FakeMenu[] = [];
  sidebars: FakeHtmlOutput[] = [];
  createAddonMenu() {
    return new FakeMenu(this, 'Add-on');
  }
  createMenu(title: string) {
    return new FakeMenu(this, title);
  }
  showSidebar(output: FakeHtmlOutput) {
    this.sidebars.push(output);
  }
}

class FakeProperties {
  private readonly store = new Map<string, string>();
  getProperty(key: string) {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string) {
    this.store.set(key, value);
    return this;
  }
}

/** Calls that move cell data, and how many cells each moves. */
function cellsMoved(target: object, method: string, args: unknown[], result: unknown): number | undefined {
  if (!(target instanceof FakeRange)) return undefined;
  if (['getValues', 'getNumberFormats', 'getFormulas', 'setValues', 'setValue'].includes(method))
    return target.rows * target.columns;
  void args;
  void result;
  return undefined;
}

const FAKES = [
  FakeRange,
  FakeRangeList,
  FakeSheet,
  FakeSpreadsheet,
  FakeConditionalFormatRule,
  FakeBooleanCondition,
  FakeRuleBuilder,
  FakeMenu,
  FakeHtmlOutput,
  FakeUi,
  FakeProperties,
];
const isFake = (v: unknown): v is object => FAKES.some((F) => v instanceof F);

/** The fake services, installed as globals for one test. */
export class FakeApps {
  readonly calls: ServiceCall[] = [];
  readonly touched = new Set<string>();
  /** Apps Script time the calls so far would take, by `costs`. */
  elapsedMs = 0;
  readonly ui = new FakeUi();
  /** Each store lasts as long as the fake, as the real ones last between executions. */
  readonly documentProperties = new FakeProperties();
  readonly userProperties = new FakeProperties();
  readonly scriptProperties = new FakeProperties();
  readonly files = new Map<string, string>([
    [
      'sidebar',
      '<!doctype html><html><head><title>Pipelint</title></head><body><div id="root"></div></body></html>',
    ],
  ]);
  private readonly proxies = new WeakMap<object, object>();
  private readonly raws = new WeakMap<object, object>();

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    readonly costs: CostModel = APPS_SCRIPT_COSTS,
  ) {}

  /** Calls of one method ("Range.getValues"), or of all when none is named. */
  count(method?: string): number {
    return method ? this.calls.filter((c) => c.method === method).length : this.calls.length;
  }

  reset(): void {
    this.calls.length = 0;
    this.touched.clear();
    this.elapsedMs = 0;
  }

  private charge(call: ServiceCall, inScript: boolean) {
    this.calls.push(call);
    this.elapsedMs += inScript ? this.costs.inScriptCallMs : this.costs.perCallMs;
    if (call.cells) this.elapsedMs += (call.cells / 1000) * this.costs.perThousandCellsMs;
  }

  private unwrap(v: unknown): unknown {
    if (Array.isArray(v)) return v.map((x) => this.unwrap(x));
    return (typeof v === 'object' && v !== null && this.raws.get(v)) || v;
  }

  private wrap<T>(v: T, service: string): T {
    if (Array.isArray(v)) return v.map((x) => this.wrap(x, service)) as T;
    if (!isFake(v)) return v;
    const known = this.proxies.get(v);
    if (known) return known as T;
    const inScript = v instanceof FakeRuleBuilder || v instanceof FakeHtmlOutput || v instanceof FakeMenu;
    const proxy = new Proxy(v, {
      get: (target, key) => {
        const member = Reflect.get(target, key, target);
        if (typeof member !== 'function' || typeof key !== 'string') return member;
        return (...args: unknown[]) => {
          const raw = args.map((a) => this.unwrap(a));
          const result = (member as (...a: unknown[]) => unknown).apply(target, raw);
          const cells = cellsMoved(target, key, raw, result);
          const name = target.constructor.name.replace(/^Fake/, '');
          this.charge({ service, method: `${name}.${key}`, args: raw, ...(cells && { cells }) }, inScript);
          return this.wrap(result, service);
        };
      },
    });
    this.proxies.set(v, proxy);
    this.raws.set(proxy, v);
    return proxy as T;
  }

  /** A service object: touching any member records the service. */
  private service(name: string, members: Record<string, unknown>, inScript = false): object {
    return new Proxy(members, {
      get: (target, key) => {
        if (typeof key !== 'string') return undefined;
        this.touched.add(name);
        const member = target[key];
        if (typeof member !== 'function') return member;
        return (...args: unknown[]) => {
          const raw = args.map((a) => this.unwrap(a));
          this.charge({ service: name, method: `${name}.${key}`, args: raw }, inScript);
          return this.wrap((member as (...a: unknown[]) => unknown)(...raw), name);
        };
      },
    });
  }

  /** Puts the services on the global object; returns the function that takes them off again. */
  install(): () => void {
    const ss = this.spreadsheet;
    const globals: Record<string, unknown> = {
      SpreadsheetApp: this.service('SpreadsheetApp', {
        getActive: () => ss,
        getActiveSpreadsheet: () => ss,
        getUi: () => this.ui,
        newConditionalFormatRule: () => new FakeRuleBuilder(),
        flush: () => undefined,
        BooleanCriteria: {
          CUSTOM_FORMULA: 'CUSTOM_FORMULA',
          NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
          NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
          TEXT_CONTAINS: 'TEXT_CONTAINS',
        },
      }),
      HtmlService: this.service('HtmlService', {
        createHtmlOutputFromFile: (name: string) => {
          const content = this.files.get(name);
          if (content === undefined) throw new Error(`No HTML file named ${name} was found.`);
          return new FakeHtmlOutput(content);
        },
        createHtmlOutput: (html = '') => new FakeHtmlOutput(html),
      }),
      Utilities: this.service('Utilities', { formatDate }, true),
      PropertiesService: this.service('PropertiesService', {
        getDocumentProperties: () => this.documentProperties,
        getUserProperties: () => this.userProperties,
        getScriptProperties: () => this.scriptProperties,
      }),
      Session: this.service('Session', {
        getScriptTimeZone: () => 'Etc/UTC',
        getActiveUserLocale: () => 'en',
      }),
    };
    for (const name of OUT_OF_SCOPE)
      globals[name] = new Proxy(
        {},
        {
          get: (_t, key) => {
            this.touched.add(name);
            throw new Error(`${name}.${String(key)}: the add-on has no scope for ${name}`);
          },
        },
      );
    const before = new Map(
      Object.keys(globals).map((k) => [k, Object.getOwnPropertyDescriptor(globalThis, k)]),
    );
    for (const [k, v] of Object.entries(globals))
      Object.defineProperty(globalThis, k, { value: v, configurable: true, writable: true });
    return () => {
      for (const [k, d] of before) {
        if (d) Object.defineProperty(globalThis, k, d);
        else delete (globalThis as Record<string, unknown>)[k];
      }
    };
  }
}

/** A spreadsheet in a time zone, with the fake services installed for the current test. */
export function fakeApps(timeZone = 'Etc/UTC', costs?: CostModel) {
  const spreadsheet = new FakeSpreadsheet(timeZone);
  const apps = new FakeApps(spreadsheet, costs);
  const uninstall = apps.install();
  return { apps, spreadsheet, uninstall };
}

/** The spreadsheet as the script sees it (through the recording proxies). */
export function scriptView(apps: FakeApps): GoogleAppsScript.Spreadsheet.Spreadsheet {
  if (!apps.touched) throw new Error('the fake services are not installed');
  return SpreadsheetApp.getActive();
}

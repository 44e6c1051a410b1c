import fc from 'fast-check';
import { parseMeasure, sheetReference } from '../../../shared/analyses/execution/measure';
import type { MeasureNode, Span } from '../../../shared/analyses/execution/measureAst';

/** A measure as written, with the functions it calls from left to right. */
interface Written {
  text: string;
  calls: string[];
}

const gap = fc.constantFrom('', ' ', '  ', '\t', '\n', '\u00a0');
const sheet = fc
  .constantFrom('Activities', "Team's log", 'Sheet 1', 'Aktivitäten', 'Not', 'or', 'Log_2026.Q4')
  .map(sheetReference);
const column = fc.constantFrom('Calls', 'Manager joined', ' Type ', 'Deal (GTX)').map((c) => `[${c}]`);
const value = fc.oneof(
  fc.string({ maxLength: 12 }).map((s) => `"${s.replace(/"/g, '""')}"`),
  fc.integer({ min: -999, max: 999 }).map(String),
  fc.tuple(fc.integer({ min: -99, max: 99 }), fc.nat(99)).map(([whole, part]) => `${whole}.${part}`),
);
const operator = fc.constantFrom('=', '<>', '!=', '<', '<=', '>', '>=');

const { condition } = fc.letrec<{ condition: string }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small' },
    fc.tuple(column, gap, operator, gap, value).map((parts) => parts.join('')),
    fc
      .tuple(fc.constantFrom('NOT ', 'not\t', 'Not('), tie('condition'))
      .map(([not, c]) => (not.endsWith('(') ? `${not}${c})` : `${not}${c}`)),
    fc.tuple(gap, tie('condition'), gap).map(([a, c, b]) => `(${a}${c}${b})`),
    fc
      .tuple(tie('condition'), fc.constantFrom(' AND ', ' and ', ' OR ', '\nor '), tie('condition'))
      .map((parts) => parts.join('')),
  ),
}));

const where = fc.option(condition, { nil: undefined }).map((c) => (c === undefined ? '' : `, ${c}`));

const call: fc.Arbitrary<Written> = fc
  .oneof(
    fc.tuple(fc.constantFrom('COUNT', 'count'), sheet, fc.option(column, { nil: '' }), where),
    fc.tuple(
      fc.constant('SUM'),
      sheet.chain((s) => column.map((c) => s + c)),
      fc.constant(''),
      where,
    ),
    fc.tuple(fc.constant('DEALS_REACHING'), fc.constantFrom('"Proposal"', '"Won"'), fc.constant(''), where),
    fc.tuple(
      fc.constantFrom('DEALS_WON', 'WON_AMOUNT', 'DEALS_CREATED'),
      fc.constant(''),
      fc.constant(''),
      where,
    ),
  )
  .map(([name, first, col, rest]) => ({
    text: `${name}(${first}${col}${first ? rest : rest.replace(/^, /, '')})`,
    calls: [name],
  }));

const { measure } = fc.letrec<{ measure: Written }>((tie) => ({
  measure: fc.oneof(
    { depthSize: 'small' },
    call,
    fc
      .tuple(tie('measure'), gap, fc.constantFrom('+', '-'), gap, tie('measure'))
      .map(([left, a, op, b, right]) => ({
        text: `${left.text}${a}${op}${b}${right.text}`,
        calls: [...left.calls, ...right.calls],
      })),
    fc.tuple(gap, tie('measure'), gap).map(([a, m, b]) => ({ text: `(${a}${m.text}${b})`, calls: m.calls })),
  ),
}));

const isSpan = (value: unknown): value is Span =>
  typeof value === 'object' && value !== null && 'start' in value && 'end' in value && !('type' in value);

/**
 * Every node's span is inside its parent's and holds at least one character; names, sheets, texts
 * and numbers span exactly what reads back as them. Returns the calls' names, left to right.
 */
function checkSpans(node: MeasureNode, text: string, outer: Span = { start: 0, end: text.length }): string[] {
  const calls: string[] = [];
  const visit = (n: Record<string, unknown> & { type: string; span: Span }, parent: Span) => {
    expect(n.span.start).toBeGreaterThanOrEqual(parent.start);
    expect(n.span.end).toBeLessThanOrEqual(parent.end);
    expect(n.span.start).toBeLessThan(n.span.end);
    const slice = (s: Span) => text.slice(s.start, s.end);
    if (n.type === 'call') {
      expect(slice(n.nameSpan as Span)).toBe(n.name);
      calls.push(n.name as string);
    }
    if (n.type === 'sheet') expect(slice(n.span)).toBe(sheetReference(n.name as string));
    if (n.type === 'text') expect(slice(n.span)).toBe(`"${(n.value as string).replace(/"/g, '""')}"`);
    if (n.type === 'number') expect(Number(slice(n.span))).toBe(n.value);
    if (n.type === 'column') expect(slice(n.span).endsWith(']')).toBe(true);
    for (const [key, child] of Object.entries(n)) {
      if (key === 'span') continue;
      if (isSpan(child)) {
        expect(child.start).toBeGreaterThanOrEqual(n.span.start);
        expect(child.end).toBeLessThanOrEqual(n.span.end);
      }
      for (const c of Array.isArray(child) ? child : [child])
        if (typeof c === 'object' && c !== null && 'type' in c) visit(c, n.span);
    }
  };
  visit(node as never, outer);
  return calls;
}

describe('parseMeasure, for any text', () => {
  const measureChars = fc.constantFrom(...'COUNT(SUM[A]Activities, )"\'=<>!-+.09 ANDORNOT\t'.split(''));

  it.each([
    ['any characters', fc.string({ unit: 'binary', maxLength: 60 })],
    ['characters measures are made of', fc.string({ unit: measureChars, maxLength: 60 })],
  ])('never throws, and every error is inside the text (%s)', (_name, text) => {
    fc.assert(
      fc.property(text, (t) => {
        const parsed = parseMeasure(t);
        if (parsed.ok) return;
        const { start, end } = parsed.error.span;
        expect(0 <= start && start <= end && end <= t.length).toBe(true);
        if (t.includes('('))
          expect(parsed.error.message).toMatch(new RegExp(`^at character ${start + 1}, expected `));
      }),
      { numRuns: 300 },
    );
  });

  it('reads every well-formed measure, each node spanning its own characters', () => {
    fc.assert(
      fc.property(measure, gap, gap, (m, before, after) => {
        const text = before + m.text + after;
        const parsed = parseMeasure(text);
        if (!parsed.ok) throw new Error(`${JSON.stringify(text)}: ${parsed.error.message}`);
        expect(parsed.ast.span).toEqual({ start: before.length, end: before.length + m.text.length });
        expect(checkSpans(parsed.ast, text)).toEqual(m.calls);
      }),
      { numRuns: 300 },
    );
  });

  it('a sheet written by sheetReference reads back as that sheet', () => {
    const name = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
      fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_. ']{0,12}$/),
      fc.constantFrom('and', 'OR', 'Not', 'not_this', 'Android', "'", "''", ' x '),
    );
    fc.assert(
      fc.property(name, (sheetName) => {
        const written = sheetReference(sheetName);
        const parsed = parseMeasure(`COUNT(${written})`);
        if (!parsed.ok) throw new Error(`${JSON.stringify(sheetName)}: ${parsed.error.message}`);
        expect(parsed.ast).toMatchObject({
          args: [{ type: 'sheet', name: sheetName, span: { start: 6, end: 6 + written.length } }],
        });
      }),
      { numRuns: 500 },
    );
  });
});

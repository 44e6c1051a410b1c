import type { CellValue, Diagnostic, Severity, WorkbookSnapshot } from '../../shared/ground/types';
import { loadConfig, lint } from '../../shared';
import {
  buildView,
  canIgnore,
  cellPart,
  countSeverities,
  diagnosticKey,
  filterChoices,
  filterDiagnostics,
  groupBySheet,
  highlightMarks,
  ignoreFix,
  matchesText,
  preferredByRule,
  preferredFixes,
  ruleMeta,
  SHOW_ALL,
  sortDiagnostics,
  toggleSeverities,
} from '../../shared/ui/model';
import { STRINGS } from '../../shared/ui/strings';
import { FIXTURE_CONFIG, fixtureWorkbook } from './fixture';
import { plural } from '../../shared/ground/words';
import type { StepStatus } from '../../shared/summaries';

function diag(
  sheet: string,
  row: number,
  column: number,
  severity: Severity,
  extra: Partial<Diagnostic> = {},
) {
  const letter = String.fromCharCode(64 + column);
  return {
    ruleId: 'pipeline/missing-owner',
    severity,
    message: `problem at ${letter}${row}`,
    location: { sheet, row, column, address: `${sheet}!${letter}${row}` },
    ...extra,
  } satisfies Diagnostic;
}

const A = diag('Pipeline', 3, 2, 'warning', { deal: 'Globex pilot', owner: 'Ana' });
const B = diag('Pipeline', 2, 3, 'error', {
  ruleId: 'pipeline/unknown-stage',
  fixes: [
    { title: 'Change to "Negotiation"', edits: [], preferred: true },
    { title: 'Something else', edits: [] },
  ],
});
const C = diag('West', 1, 1, 'info', { ruleId: 'workbook/unrecognized-sheet' });
const D = diag('Pipeline', 2, 1, 'hint');

describe('countSeverities', () => {
  it('counts each severity, zero for the absent ones', () => {
    expect(countSeverities([A, B, C, A])).toEqual({ error: 1, warning: 2, info: 1, hint: 0 });
    expect(countSeverities([])).toEqual({ error: 0, warning: 0, info: 0, hint: 0 });
  });

  it('offers a hint toggle only when there are hints', () => {
    expect(toggleSeverities(countSeverities([A]))).toEqual(['error', 'warning', 'info']);
    expect(toggleSeverities(countSeverities([D]))).toEqual(['error', 'warning', 'info', 'hint']);
  });
});

describe('filtering', () => {
  it('hides the severities switched off', () => {
    const filter = { ...SHOW_ALL, severities: { ...SHOW_ALL.severities, warning: false } };
    expect(filterDiagnostics([A, B, C], filter)).toEqual([B, C]);
  });

  it('matches every typed word, case-insensitively, against message, rule, cell, deal, owner and fix', () => {
    expect(matchesText(A, '')).toBe(true);
    expect(matchesText(A, '  ')).toBe(true);
    expect(matchesText(A, 'globex')).toBe(true);
    expect(matchesText(A, 'ANA b3')).toBe(true);
    expect(matchesText(A, 'pipeline!b3')).toBe(true);
    expect(matchesText(A, 'missing-owner')).toBe(true);
    expect(matchesText(B, 'negotiation')).toBe(true);
    expect(matchesText(A, 'ana west')).toBe(false);
  });

  it('combines severity and text', () => {
    expect(filterDiagnostics([A, B, C], { ...SHOW_ALL, text: 'pipeline' })).toEqual([A, B]);
  });
});

describe('sorting and grouping', () => {
  it('sorts by workbook sheet order, then row and column', () => {
    expect(sortDiagnostics([C, A, B, D], 'position', ['Pipeline', 'West'])).toEqual([D, B, A, C]);
    expect(sortDiagnostics([C, A, B, D], 'position', ['West', 'Pipeline'])).toEqual([C, D, B, A]);
  });

  it('puts sheets not in the order last, by name, and can sort by severity within a sheet', () => {
    const X = diag('Archive', 1, 1, 'error');
    expect(sortDiagnostics([C, X, A], 'position', ['Pipeline'])).toEqual([A, X, C]);
    expect(sortDiagnostics([D, A, B], 'severity', ['Pipeline'])).toEqual([B, A, D]);
  });

  it('sorts by rule or by owner within a sheet, problems with no owner last', () => {
    const E = diag('Pipeline', 9, 1, 'warning', { ruleId: 'pipeline/amount-outlier', owner: 'Zoe' });
    expect(sortDiagnostics([A, B, D, E], 'rule', ['Pipeline'])).toEqual([E, D, A, B]);
    expect(sortDiagnostics([B, E, D, A], 'owner', ['Pipeline'])).toEqual([A, E, D, B]);
    // Sheets still come first: the order only applies within one.
    expect(sortDiagnostics([C, E], 'owner', ['West', 'Pipeline'])).toEqual([C, E]);
  });

  it('does not change its input', () => {
    const input = [C, A];
    sortDiagnostics(input);
    expect(input).toEqual([C, A]);
  });

  it('groups runs of one sheet with their counts', () => {
    const groups = groupBySheet([B, A, C]);
    expect(groups.map((g) => [g.sheet, g.diagnostics.length])).toEqual([
      ['Pipeline', 2],
      ['West', 1],
    ]);
    expect(groups[0].counts).toEqual({ error: 1, warning: 1, info: 0, hint: 0 });
  });

  it('builds the view: counts over everything, groups over what is shown', () => {
    const filter = { ...SHOW_ALL, severities: { ...SHOW_ALL.severities, info: false } };
    const view = buildView([C, A, B], filter, ['Pipeline', 'West']);
    expect(view.total).toBe(3);
    expect(view.shown).toBe(2);
    expect(view.counts.info).toBe(1);
    expect(view.groups.map((g) => g.sheet)).toEqual(['Pipeline']);
    expect(view.groups[0].diagnostics).toEqual([B, A]);
  });
});

describe('rule and owner filters', () => {
  const E = diag('Pipeline', 9, 1, 'warning', { owner: 'Ana' });
  const F = diag('Pipeline', 10, 1, 'warning', { ruleId: 'pipeline/unknown-stage', owner: 'Bo' });

  it('keeps one rule, one owner, or both, together with the other filters', () => {
    expect(filterDiagnostics([A, B, C, E, F], { ...SHOW_ALL, rule: 'pipeline/unknown-stage' })).toEqual([
      B,
      F,
    ]);
    expect(filterDiagnostics([A, B, C, E, F], { ...SHOW_ALL, owner: 'Ana' })).toEqual([A, E]);
    expect(
      filterDiagnostics([A, B, E, F], { ...SHOW_ALL, owner: 'Bo', rule: 'pipeline/missing-owner' }),
    ).toEqual([]);
    expect(filterDiagnostics([A, E], { ...SHOW_ALL, owner: 'Ana', text: 'B3' })).toEqual([A]);
  });

  it('offers each rule and owner with its count, most first, and no blank owner', () => {
    const { rules, owners } = filterChoices([A, B, C, E, F, diag('Pipeline', 11, 1, 'info', { owner: '' })]);
    expect(rules).toEqual([
      { value: 'pipeline/missing-owner', count: 3 },
      { value: 'pipeline/unknown-stage', count: 2 },
      { value: 'workbook/unrecognized-sheet', count: 1 },
    ]);
    expect(owners).toEqual([
      { value: 'Ana', count: 2 },
      { value: 'Bo', count: 1 },
    ]);
  });
});

describe('highlights', () => {
  it('marks each cell once, in the colour of its most serious problem, in sheet and cell order', () => {
    const sameCellError = diag('Pipeline', 3, 2, 'error', { ruleId: 'pipeline/invalid-value' });
    const marks = highlightMarks([C, A, D, sameCellError, B]);
    expect(marks.map((m) => [m.location.address, m.severity])).toEqual([
      ['Pipeline!A2', 'hint'],
      ['Pipeline!C2', 'error'],
      ['Pipeline!B3', 'error'],
      ['West!A1', 'info'],
    ]);
    expect(highlightMarks([])).toEqual([]);
  });
});

describe('fixes', () => {
  it('takes each problem’s preferred fix only', () => {
    expect(preferredFixes([A, B, C]).map((f) => f.title)).toEqual(['Change to "Negotiation"']);
  });
});

describe('Ignore here and Fix all', () => {
  const workbook = (header: CellValue[], row: CellValue[]): WorkbookSnapshot => ({
    sheets: [{ name: 'Pipeline', values: [['Q3 deals'], header, row] }],
  });
  const lintOf = (w: WorkbookSnapshot) => {
    const config = loadConfig({ asOf: '2027-06-30' });
    if (!config.ok) throw new Error('config');
    return lint(w, config.config);
  };

  it('adds the rule to an existing Lint ignore cell, keeping what it holds', () => {
    const result = lintOf(
      workbook(
        ['Deal', 'Owner', 'Stage', 'Amount', 'Lint ignore'],
        ['D-1', '', 'Proposal', -5, 'pipeline/missing-amount'],
      ),
    );
    const owner = result.diagnostics.find((d) => d.ruleId === 'pipeline/missing-owner')!;
    expect(canIgnore(owner, result.model)).toBe(true);
    expect(ignoreFix(owner, result.model)).toEqual({
      title: 'Ignore pipeline/missing-owner on this row',
      edits: [
        {
          location: expect.objectContaining({ address: 'Pipeline!E3' }),
          value: 'pipeline/missing-amount, pipeline/missing-owner',
          previous: 'pipeline/missing-amount',
        },
      ],
    });
  });

  it('creates the Lint ignore column after the table when there is none, header and cell in one fix', () => {
    const result = lintOf(
      workbook(['Deal', 'Owner', 'Stage', 'Amount'], ['D-1', '', 'Proposal', 100, 'a note']),
    );
    const owner = result.diagnostics.find((d) => d.ruleId === 'pipeline/missing-owner')!;
    expect(
      ignoreFix(owner, result.model)!.edits.map((e) => [e.location.address, e.value, e.previous]),
    ).toEqual([
      ['Pipeline!F2', 'Lint ignore', null],
      ['Pipeline!F3', 'pipeline/missing-owner', null],
    ]);
  });

  it('offers no Ignore here for workbook rules or problems on the header row', () => {
    const result = lintOf(
      workbook(['Deal', 'Owner', 'Stage', 'Amount', 'Amount'], ['D-1', 'Ann', 'Proposal', 100, 5]),
    );
    const header = result.diagnostics.find((d) => d.ruleId === 'workbook/duplicate-header')!;
    expect(canIgnore(header, result.model)).toBe(false);
    expect(ignoreFix(header, result.model)).toBeUndefined();
  });

  it('gathers the preferred fixes by rule', () => {
    const fix = (title: string, preferred?: boolean) => ({
      title,
      edits: [],
      ...(preferred && { preferred }),
    });
    const byRule = preferredByRule([
      { ...A, ruleId: 'r/1', fixes: [fix('a', true)] },
      { ...A, ruleId: 'r/1', fixes: [fix('b'), fix('c', true)] },
      { ...A, ruleId: 'r/2', fixes: [fix('d')] },
    ]);
    expect([...byRule].map(([id, fixes]) => [id, fixes.map((f) => f.title)])).toEqual([['r/1', ['a', 'c']]]);
  });
});

describe('labels', () => {
  it('gives the cell without the sheet and a key stable across re-lints', () => {
    expect(cellPart(A)).toBe('B3');
    expect(diagnosticKey(A)).toBe(diagnosticKey({ ...A, location: { ...A.location } }));
    expect(diagnosticKey(A)).not.toBe(diagnosticKey(B));
  });

  it('knows every rule’s description and docs', () => {
    expect(ruleMeta('pipeline/unknown-stage')?.description).toMatch(/stage/);
    expect(ruleMeta('nope/nothing')).toBeUndefined();
  });

  it('pluralises counts in the summary', () => {
    expect(plural(1, 'error')).toBe('1 error');
    expect(plural(1200, 'row')).toBe('1,200 rows');
    expect(STRINGS.severityCount('info', 2)).toBe('2 infos');
    expect(STRINGS.rowsLinted(6, 12.4)).toBe('6 rows linted in 12 ms');
    expect(STRINGS.rowsLinted(10, 2345)).toBe('10 rows linted in 2.3 s');
  });

  it('writes amounts in a pace line as the workbook formats them, like the rule messages', () => {
    const step: StepStatus = {
      sheet: 'Path',
      row: 4,
      kind: 'outcome',
      step: 'Revenue',
      unit: 'amount',
      period: 'quarter',
      actual: 8000,
      target: 12_000,
      expected: 6652.17,
      pace: 1.2026,
      verdict: 'on-pace',
    };
    expect(STRINGS.paceStep(step, '$')).toBe(
      'Outcome · $8,000 of $6,652 due by now (120%), $12,000 this quarter',
    );
    expect(STRINGS.paceStep(step, '')).toBe(
      'Outcome · 8,000 of 6,652 due by now (120%), 12,000 this quarter',
    );
    expect(STRINGS.paceStep({ ...step, unit: 'count', actual: 12, expected: 25.714 }, '$')).toBe(
      'Outcome · 12 of 25.7 due by now (120%), 12,000 this quarter',
    );
  });
});

describe('the browser test’s fixture', () => {
  // Pins what panel.browser.test.ts expects, so a rule change fails here first, with a clear diff.
  it('has one problem of each kind the panel test drives', () => {
    const config = loadConfig(FIXTURE_CONFIG);
    if (!config.ok) throw new Error(JSON.stringify(config.problems));
    const { diagnostics } = lint(fixtureWorkbook(), config.config);
    expect(
      diagnostics.map((d) => [d.location.address, d.ruleId, d.fixes?.map((f) => f.title) ?? []]),
    ).toEqual([
      ['Pipeline!C2', 'pipeline/unknown-stage', ['Change to "Negotiation"']],
      ['Pipeline!B3', 'pipeline/missing-owner', []],
      ['Pipeline!G4', 'pipeline/stalled-deal', ['Mark as Lost']],
      ['West!D3', 'pipeline/negative-amount', ['Change to 400']],
      ['Notes!A1', 'workbook/unrecognized-sheet', []],
    ]);
    const view = buildView(diagnostics, SHOW_ALL, ['Pipeline', 'West', 'Notes']);
    expect(view.counts).toEqual({ error: 2, warning: 2, info: 1, hint: 0 });
  });
});

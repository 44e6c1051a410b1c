import fc from 'fast-check';
import {
  localeDefaults,
  printableConfig,
  resolveConfig,
  type ConfigProblem,
  type ConfigResult,
  type ResolvedConfig,
} from '../../shared/engine/config';
import { formatDay } from '../../shared/ground/values';
import { RULES } from '../../shared/rules';

const TODAY = new Date(2027, 5, 30, 15, 45);

function ok(raw: unknown, today = TODAY): ResolvedConfig {
  const result = resolveConfig(raw, RULES, today);
  if (!result.ok) throw new Error(`expected a valid config, got ${JSON.stringify(result.problems)}`);
  return result.config;
}

function problems(raw: unknown): ConfigProblem[] {
  const result: ConfigResult = resolveConfig(raw, RULES, TODAY);
  if (result.ok) throw new Error('expected problems, got a valid config');
  return result.problems;
}

const paths = (raw: unknown) => problems(raw).map((p) => p.path);

describe('defaults', () => {
  it.each([{}, undefined, null])('%p gives every default', (raw) => {
    const config = ok(raw);
    expect(formatDay(config.asOf)).toBe('2027-06-30');
    expect(config).toMatchObject({
      localeTag: 'en-US',
      dateOrder: 'MDY',
      dateOrderExplicit: false,
      decimal: '.',
      columns: {},
      sheets: {},
    });
    expect(config.stages).toBeUndefined();
    expect([...config.rules.keys()]).toEqual(RULES.map((r) => r.meta.id));
    for (const rule of RULES)
      expect(config.rules.get(rule.meta.id)?.severity).toBe(rule.meta.defaultSeverity);
  });

  it('fills in rule options', () => {
    const rules = ok({}).rules;
    expect(rules.get('pipeline/stalled-deal')?.options).toEqual({ percentile: 0.9, minimumWonDeals: 5 });
    expect(rules.get('pipeline/close-date-past')?.options).toEqual({ graceDays: 0 });
    expect(rules.get('pipeline/missing-owner')?.options).toEqual({});
  });

  it('asOf defaults to the day of `today`, whatever its time', () => {
    expect(formatDay(ok({}, new Date(2026, 11, 31, 23, 59)).asOf)).toBe('2026-12-31');
    expect(formatDay(ok({}, new Date(2027, 0, 1, 0, 0)).asOf)).toBe('2027-01-01');
  });

  it('asOf from the config wins over today', () => {
    expect(formatDay(ok({ asOf: '2026-03-15' }).asOf)).toBe('2026-03-15');
  });

  it('keeps stages, pinned columns and sheet roles as given', () => {
    const config = ok({
      stages: [
        { name: 'Open', maxDays: 30 },
        { name: 'Won', closed: 'won' },
      ],
      columns: { amount: 'ARR', closeDate: 'F' },
      sheets: { Notes: 'ignore', Team: 'lookup' },
    });
    expect(config.stages).toEqual([
      { name: 'Open', maxDays: 30 },
      { name: 'Won', closed: 'won' },
    ]);
    expect(config.columns).toEqual({ pipeline: { amount: 'ARR', closeDate: 'F' } });
    expect(config.sheets).toEqual({ Notes: 'ignore', Team: 'lookup' });
  });
});

describe('rule settings', () => {
  it('overrides a severity', () => {
    const rules = ok({
      rules: { 'pipeline/missing-owner': 'error', 'workbook/unrecognized-sheet': 'hint' },
    }).rules;
    expect(rules.get('pipeline/missing-owner')).toEqual({ severity: 'error', options: {} });
    expect(rules.get('workbook/unrecognized-sheet')?.severity).toBe('hint');
  });

  it('takes options after the severity', () => {
    const rules = ok({
      rules: {
        'pipeline/close-date-past': ['info', { graceDays: 3 }],
        'pipeline/stalled-deal': ['error', { percentile: 0.75 }],
      },
    }).rules;
    expect(rules.get('pipeline/close-date-past')).toEqual({ severity: 'info', options: { graceDays: 3 } });
    expect(rules.get('pipeline/stalled-deal')).toEqual({
      severity: 'error',
      options: { percentile: 0.75, minimumWonDeals: 5 },
    });
  });

  it('a severity alone in a list', () => {
    expect(
      ok({ rules: { 'pipeline/missing-owner': ['info'] } }).rules.get('pipeline/missing-owner')?.severity,
    ).toBe('info');
  });

  it('"off" drops the rule, alone or in a list', () => {
    const rules = ok({
      rules: { 'pipeline/missing-owner': 'off', 'pipeline/stalled-deal': ['off', { percentile: 0.5 }] },
    }).rules;
    expect(rules.has('pipeline/missing-owner')).toBe(false);
    expect(rules.has('pipeline/stalled-deal')).toBe(false);
    expect(rules.size).toBe(RULES.length - 2);
  });

  it('an unknown rule id gets a did-you-mean', () => {
    expect(problems({ rules: { 'pipeline/stalled-deals': 'warning' } })).toEqual([
      {
        path: 'rules.pipeline/stalled-deals',
        message: 'unknown rule; did you mean "pipeline/stalled-deal"?',
      },
    ]);
    expect(problems({ rules: { 'pipeline/missing_owner': 'warning' } })).toEqual([
      {
        path: 'rules.pipeline/missing_owner',
        message: 'unknown rule; did you mean "pipeline/missing-owner"?',
      },
    ]);
  });

  it('an unknown rule id with nothing close', () => {
    expect(problems({ rules: { 'eslint/no-unused-vars': 'error' } })).toEqual([
      { path: 'rules.eslint/no-unused-vars', message: 'unknown rule' },
    ]);
  });

  it('bad options are reported at their path under the rule', () => {
    expect(problems({ rules: { 'pipeline/stalled-deal': ['warning', { percentile: 2 }] } })).toEqual([
      { path: 'rules.pipeline/stalled-deal.options.percentile', message: expect.any(String) },
    ]);
    expect(paths({ rules: { 'pipeline/close-date-past': ['warning', { graceDays: -1 }] } })).toEqual([
      'rules.pipeline/close-date-past.options.graceDays',
    ]);
    expect(paths({ rules: { 'pipeline/close-date-past': ['warning', { graceDays: 1.5 }] } })).toEqual([
      'rules.pipeline/close-date-past.options.graceDays',
    ]);
  });

  it('an unknown option is named in the path', () => {
    expect(problems({ rules: { 'pipeline/missing-owner': ['error', { strict: true }] } })).toEqual([
      { path: 'rules.pipeline/missing-owner.options.strict', message: 'Unrecognized key: "strict"' },
    ]);
    expect(
      paths({ rules: { 'pipeline/stalled-deal': ['error', { percentile: 0.5, minWon: 3, days: 1 }] } }),
    ).toEqual(['rules.pipeline/stalled-deal.options.minWon', 'rules.pipeline/stalled-deal.options.days']);
  });

  it('a bad severity is reported at the rule, naming the severities', () => {
    expect(problems({ rules: { 'pipeline/missing-owner': 'warn' } })).toEqual([
      {
        path: 'rules.pipeline/missing-owner',
        message: expect.stringContaining('"off"|"error"|"warning"|"info"|"hint"'),
      },
    ]);
    expect(problems({ rules: { 'pipeline/missing-owner': ['warn', {}] } })).toEqual([
      { path: 'rules.pipeline/missing-owner.0', message: expect.stringContaining('"warning"') },
    ]);
    expect(paths({ rules: { 'pipeline/missing-owner': [] } })).toEqual(['rules.pipeline/missing-owner.0']);
    expect(paths({ rules: { 'pipeline/missing-owner': 2 } })).toEqual(['rules.pipeline/missing-owner']);
  });

  it('reports every problem at once', () => {
    expect(
      paths({
        rules: {
          'pipeline/stalled-dael': 'warning',
          'pipeline/stalled-deal': ['warning', { percentile: 0 }],
          'pipeline/missing-owner': ['error', { x: 1 }],
        },
      }).sort(),
    ).toEqual([
      'rules.pipeline/missing-owner.options.x',
      'rules.pipeline/stalled-dael',
      'rules.pipeline/stalled-deal.options.percentile',
    ]);
  });
});

describe('bad keys', () => {
  it('an unknown top-level key is named in the path', () => {
    expect(problems({ stage: [] })).toEqual([{ path: 'stage', message: 'Unrecognized key: "stage"' }]);
    expect(paths({ foo: 1, bar: 2 })).toEqual(['foo', 'bar']);
  });

  it('an unknown key inside a stage or the locale', () => {
    expect(problems({ stages: [{ name: 'Won', closed: 'won', colour: 'green' }] })).toEqual([
      { path: 'stages.0.colour', message: 'Unrecognized key: "colour"' },
    ]);
    expect(paths({ locale: { tag: 'de-DE', region: 'DE' } })).toEqual(['locale.region']);
  });

  it('an unknown field in columns', () => {
    expect(problems({ columns: { dealname: 'A' } })).toEqual([
      { path: 'columns.dealname', message: '"dealname" is no field of any sheet kind' },
    ]);
    expect(paths({ columns: { amount: '' } })).toEqual(['columns.amount']);
    expect(problems({ columns: { goals: { gaol: 'Title' } } })).toEqual([
      {
        path: 'columns.goals.gaol',
        message: expect.stringMatching(
          /^A goals sheet has no field "gaol" \(did you mean "goal"\?\); its fields: goal, owner, /,
        ),
      },
    ]);
    expect(problems({ columns: { goal: { goal: 'Title' } } })).toEqual([
      {
        path: 'columns.goal',
        message: expect.stringMatching(
          /^"goal" is no sheet kind \(did you mean "goals"\?\); per-kind pins go under one of pipeline, goals,/,
        ),
      },
    ]);
  });

  it("pins any kind's field: plainly when no pipeline field has the name, else under the kind", () => {
    const resolved = resolveConfig(
      {
        columns: {
          goal: 'Title',
          target: 'Quota',
          owner: 'Rep',
          goals: { owner: 'Employee', target: 'Goal value' },
        },
      },
      RULES,
    );
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.problems));
    expect(resolved.config.columns).toEqual({
      pipeline: { owner: 'Rep' },
      goals: { goal: 'Title', target: 'Goal value', owner: 'Employee' },
      path: { target: 'Quota' },
    });
  });

  it.each<[unknown, string[]]>([
    [{ asOf: 'June 30' }, ['asOf']],
    [{ asOf: '2027-02-30' }, ['asOf']],
    [{ asOf: '2027-6-30' }, ['asOf']],
    [{ asOf: 20270630 }, ['asOf']],
    [{ locale: 'english' }, ['locale']],
    [{ locale: { dateOrder: 'YMD' } }, ['locale.dateOrder']],
    [{ sheets: { Notes: 'skip' } }, ['sheets.Notes']],
    [
      {
        stages: [
          { name: 'Open', maxDays: -1 },
          { name: 'Won', closed: 'won' },
        ],
      },
      ['stages.0.maxDays'],
    ],
    [
      {
        stages: [
          { name: 'Open', probability: 1.5 },
          { name: 'Won', closed: 'won' },
        ],
      },
      ['stages.0.probability'],
    ],
    [{ stages: [{ name: '  ' }, { name: 'Won', closed: 'won' }] }, ['stages.0.name']],
    [{ stages: [{ name: 'Won', closed: 'yes' }] }, ['stages.0.closed']],
    [{ locale: 42 }, ['locale']],
    [{ stages: [{ name: 'Open' }, { name: 'Lost', closed: 'lost' }] }, ['stages']],
    [[], ['(config)']],
    ['pipelint.json', ['(config)']],
  ])('%p is refused at %p', (raw, expected) => {
    expect(paths(raw)).toEqual(expected);
  });

  it('a stage list without a won stage says how to fix it', () => {
    expect(problems({ stages: [{ name: 'Open' }] })).toEqual([
      { path: 'stages', message: 'mark at least one stage "closed": "won"' },
    ]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ rules: fc.dictionary(fc.string(), fc.anything()), locale: fc.anything() }),
        ),
        (raw) => {
          const result = resolveConfig(raw, RULES, TODAY);
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const p of result.problems)
              expect(typeof p.path === 'string' && p.path.length > 0).toBe(true);
          }
        },
      ),
    );
  });
});

describe('locale', () => {
  it.each<[string, 'MDY' | 'DMY', '.' | ',']>([
    ['en-US', 'MDY', '.'],
    ['en', 'MDY', '.'],
    ['en-PH', 'MDY', '.'],
    ['en-GB', 'DMY', '.'],
    ['en-AU', 'DMY', '.'],
    ['en-IN', 'DMY', '.'],
    ['de-DE', 'DMY', ','],
    ['de', 'DMY', ','],
    ['de-AT', 'DMY', ','],
    ['de-CH', 'DMY', '.'],
    ['fr-FR', 'DMY', ','],
    ['es-ES', 'DMY', ','],
    ['pt-BR', 'DMY', ','],
    ['nl-NL', 'DMY', ','],
    ['it-IT', 'DMY', ','],
    ['sv-SE', 'DMY', ','],
    ['pl-PL', 'DMY', ','],
    ['EN-us', 'MDY', '.'],
  ])('%s reads dates %s with decimal %p', (tag, dateOrder, decimal) => {
    expect(localeDefaults(tag)).toEqual({ dateOrder, decimal });
    expect(ok({ locale: tag })).toMatchObject({
      localeTag: tag,
      dateOrder,
      decimal,
      dateOrderExplicit: true,
    });
  });

  it('an object may override what the tag implies', () => {
    expect(ok({ locale: { tag: 'de-DE', decimal: '.' } })).toMatchObject({
      localeTag: 'de-DE',
      dateOrder: 'DMY',
      decimal: '.',
      dateOrderExplicit: true,
    });
    expect(ok({ locale: { tag: 'en-US', dateOrder: 'DMY' } })).toMatchObject({
      dateOrder: 'DMY',
      decimal: '.',
    });
  });

  it('an object without a tag starts from en-US', () => {
    expect(ok({ locale: { dateOrder: 'DMY' } })).toMatchObject({
      localeTag: 'en-US',
      dateOrder: 'DMY',
      decimal: '.',
      dateOrderExplicit: true,
    });
  });

  it('only a decimal sign leaves the date order a guess', () => {
    expect(ok({ locale: { decimal: ',' } })).toMatchObject({
      localeTag: 'en-US',
      dateOrder: 'MDY',
      decimal: ',',
      dateOrderExplicit: false,
    });
  });
});

describe('printableConfig', () => {
  const stages = [
    { name: 'Pilot', aliases: ['PILOT'] },
    { name: 'Signed', closed: 'won' as const },
  ];

  it('reads back as the same config, stages included', () => {
    const first = resolveConfig(
      {
        locale: 'de-DE',
        columns: { amount: 'TCV', goals: { owner: 'Employee' } },
        rules: { 'pipeline/stalled-deal': ['error', { percentile: 0.8 }] },
      },
      RULES,
    );
    if (!first.ok) throw new Error('bad config');
    const printed = printableConfig(first.config, stages, RULES);
    const again = resolveConfig(printed, RULES);
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    expect(again.config.stages).toEqual(stages);
    expect(again.config.rules).toEqual(first.config.rules);
    expect(printed.columns).toEqual({ amount: 'TCV', goals: { owner: 'Employee' } });
    expect(again.config.columns).toEqual({ pipeline: { amount: 'TCV' }, goals: { owner: 'Employee' } });
    expect([again.config.localeTag, again.config.dateOrder, again.config.decimal]).toEqual([
      'de-DE',
      'DMY',
      ',',
    ]);
  });

  it('lists every rule, "off" for those turned off, and no locale the user did not set', () => {
    const first = resolveConfig({ rules: { 'pipeline/missing-owner': 'off' } }, RULES);
    if (!first.ok) throw new Error('bad config');
    const printed = printableConfig(first.config, stages, RULES);
    expect(Object.keys(printed.rules!)).toHaveLength(RULES.length);
    expect(printed.rules!['pipeline/missing-owner']).toBe('off');
    expect(printed.rules!['pipeline/unknown-stage']).toBe('error');
    expect(printed).not.toHaveProperty('locale');
    expect(printed).not.toHaveProperty('asOf');
  });
});

import {
  inferStages,
  kindByWords,
  kindOfStatus,
  type StageSighting,
} from '../../shared/sheets/stageInference';
import { lintWorkbook } from '../../shared/engine/engine';
import { RULES } from '../../shared/rules';
import type { CellValue } from '../../shared/ground/types';
import { testConfig } from './read';

const seen = (...texts: string[]): StageSighting[] => texts.map((text) => ({ text }));
const times = (n: number, s: StageSighting): StageSighting[] => Array.from({ length: n }, () => s);

/** The inferred list as "name (kind)", in order. */
function listed(sightings: StageSighting[]) {
  return inferStages(sightings)!.model.stages.map((s) => `${s.name}${s.closed ? ` (${s.closed})` : ''}`);
}

describe('won, lost and open by the stage’s own words', () => {
  it.each([
    ['Closed Won', 'won'],
    ['closed-won', 'won'],
    ['WON', 'won'],
    ['Booked', 'won'],
    ['Ganado', 'won'],
    ['Gewonnen', 'won'],
    ['Closed Lost - no budget', 'lost'],
    ['Lose', 'lost'],
    ['Apology', 'lost'],
    ['Perdido', 'lost'],
    ['Verloren', 'lost'],
    ['Proposal Sent', 'open'],
    ['Intro call', undefined],
  ])('%p is %p', (text, kind) => {
    expect(kindByWords(text)).toBe(kind);
  });

  it('reads a status cell, but a stage name is no status', () => {
    expect(['Open', 'In progress', 'Won', 'Closed Lost', 'Proposal', 'Whatever'].map(kindOfStatus)).toEqual([
      'open',
      'open',
      'won',
      'lost',
      undefined,
      undefined,
    ]);
  });
});

describe('funnel order from the words in a team’s stage names', () => {
  it('places "Proposal Made" at Proposal and "Negotiations Started" at Negotiation, whatever the row order', () => {
    expect(
      listed(seen('Negotiations Started', 'Proposal Made', 'Lead In', 'Demo Scheduled', 'Contact Made')),
    ).toEqual([
      'Lead In',
      'Contact Made',
      'Demo Scheduled',
      'Proposal Made',
      'Negotiations Started',
      'Won (won)',
      'Lost (lost)',
    ]);
  });

  it('with probabilities on every open stage, goes by the probabilities', () => {
    const at = (text: string, probability: number): StageSighting => ({ text, probability });
    expect(listed([at('Proposal Made', 0.3), at('Lead In', 0.05), at('Discovery', 0.5)])).toEqual([
      'Lead In',
      'Proposal Made',
      'Discovery',
      'Won (won)',
      'Lost (lost)',
    ]);
  });
});

describe('funnel order in other languages', () => {
  it.each<[string, string[], string[]]>([
    [
      'Spanish',
      ['Negociación', 'Ganado', 'Propuesta', 'Prospección', 'Perdido', 'Calificación'],
      ['Prospección', 'Calificación', 'Propuesta', 'Negociación', 'Ganado (won)', 'Perdido (lost)'],
    ],
    [
      'Portuguese',
      ['Proposta', 'Negociação', 'Prospecção', 'Ganho', 'Perdido'],
      ['Prospecção', 'Proposta', 'Negociação', 'Ganho (won)', 'Perdido (lost)'],
    ],
    [
      'French',
      ['Devis', 'Négociation', 'Découverte', 'Gagné', 'Perdu'],
      ['Découverte', 'Devis', 'Négociation', 'Gagné (won)', 'Perdu (lost)'],
    ],
    [
      'German',
      ['Verhandlung', 'Angebot', 'Qualifizierung', 'Gewonnen', 'Verloren'],
      ['Qualifizierung', 'Angebot', 'Verhandlung', 'Gewonnen (won)', 'Verloren (lost)'],
    ],
    [
      'Italian',
      ['Negoziazione', 'Preventivo', 'Prospezione', 'Vinto', 'Perso'],
      ['Prospezione', 'Preventivo', 'Negoziazione', 'Vinto (won)', 'Perso (lost)'],
    ],
  ])(
    '%s stage names are put in funnel order, whatever order the rows show them',
    (_language, seenFirst, order) => {
      expect(listed(seen(...seenFirst))).toEqual(order);
    },
  );
});

describe('inferStages', () => {
  it('is undefined when no row names a stage', () => {
    expect(inferStages([])).toBeUndefined();
    expect(inferStages(seen('  ', ''))).toBeUndefined();
  });

  it('puts the usual stage words in funnel order, whatever order the rows are in', () => {
    expect(listed(seen('Won', 'Negotiation', 'Prospecting', 'Lost', 'Proposal', 'Prospecting'))).toEqual([
      'Prospecting',
      'Proposal',
      'Negotiation',
      'Won (won)',
      'Lost (lost)',
    ]);
  });

  it('a stage of the team’s own with no probability goes after the funnel, not before it', () => {
    expect(listed(seen('Commit', 'On hold', 'Negotiation', 'Prospecting', 'Proposal', 'Won'))).toEqual([
      'Prospecting',
      'Proposal',
      'Negotiation',
      'Commit',
      'On hold',
      'Won (won)',
      'Lost (lost)',
    ]);
  });

  it('two words for one built-in stage ("Won", "Closed Won") are one stage', () => {
    const { model } = inferStages(seen('Won', 'Closed Won', 'Closed Won', 'Lost', 'Proposal'))!;
    expect(model.names()).toEqual(['Proposal', 'Closed Won', 'Lost']);
    expect(model.resolve('Won')?.name).toBe('Closed Won');
  });

  it('names a stage as the data most often spells it, keeping the other spellings and the usual words', () => {
    const { model } = inferStages([...seen('closed won', 'Closed Won', 'Closed Won'), ...seen('Quote')])!;
    expect(model.origin).toBe('inferred');
    expect(model.resolve('CLOSED-WON')?.name).toBe('Closed Won');
    expect(model.resolve('Won')?.name).toBe('Closed Won');
    expect(model.resolve('Proposal')?.name).toBe('Quote');
  });

  it('tells a team’s own stage names apart by the status beside them', () => {
    const rows = [
      ...times(3, { text: 'Intro', status: 'open' }),
      ...times(2, { text: 'Pilot', status: 'open' }),
      ...times(2, { text: 'Signed off', status: 'won' }),
      { text: 'Parked', status: 'lost' as const },
    ];
    expect(listed(rows)).toEqual(['Intro', 'Pilot', 'Signed off (won)', 'Parked (lost)']);
  });

  it('else by probability: 100% is won, 0% lost, and the open stages in order of their probability', () => {
    const rows = [
      ...times(2, { text: 'Beta', probability: 0.6 }),
      ...times(2, { text: 'Alpha', probability: 0.2 }),
      ...times(2, { text: 'Done', probability: 1 }),
      ...times(2, { text: 'Gone', probability: 0 }),
    ];
    expect(listed(rows)).toEqual(['Alpha', 'Beta', 'Done (won)', 'Gone (lost)']);
    expect(inferStages(rows)!.model.resolve('beta')?.probability).toBe(0.6);
  });

  it('else in the order the rows first show them; a pipeline with nothing closed yet still has Won and Lost', () => {
    expect(listed(seen('Intro call', 'Pilot', 'Intro call', 'Contract'))).toEqual([
      'Intro call',
      'Pilot',
      'Contract',
      'Won (won)',
      'Lost (lost)',
    ]);
  });

  it('leaves out a rare near miss of a frequent value, or of a usual stage word, as a misspelling', () => {
    const rows = [
      ...times(10, { text: 'Pilot' }),
      { text: 'Pillot' },
      { text: 'Negotiaton' },
      { text: 'Won' },
    ];
    const inferred = inferStages(rows)!;
    expect(inferred.model.names()).toEqual(['Pilot', 'Won', 'Lost']);
    expect([...inferred.misspelt]).toEqual([
      ['Pillot', 'Pilot'],
      ['Negotiaton', 'Negotiation'],
    ]);
    expect(inferred.model.suggest('pillot')).toEqual({ name: 'Pilot' });
  });

  it('two spellings used about as often are two stages', () => {
    expect(listed([...times(3, { text: 'Pilot' }), ...times(2, { text: 'Pilots' })])).toEqual([
      'Pilot',
      'Pilots',
      'Won (won)',
      'Lost (lost)',
    ]);
  });
});

describe('linting with no stages in the config', () => {
  const H = ['Deal', 'Owner', 'Stage', 'Status', 'Amount', 'Close date'];
  const rows: CellValue[][] = [
    H,
    ...Array.from({ length: 12 }, (_, i) => [
      `D-${i}`,
      'Ann',
      i % 2 ? 'Intro call' : 'Pilot',
      'Open',
      100,
      '2027-09-30',
    ]),
    ['D-12', 'Bob', 'Contract signed', 'Won', 900, '2027-05-01'],
    ['D-13', 'Bob', 'No fit', 'Lost', 0, '2027-05-02'],
    ['D-14', 'Cy', 'Pilott', 'Open', 50, '2027-09-30'],
  ];
  const result = lintWorkbook({ sheets: [{ name: 'Deals', values: rows }] }, testConfig(), RULES);
  const unknown = result.diagnostics.filter((d) => d.ruleId === 'pipeline/unknown-stage');

  it('learns the team’s stages, so only the misspelling is an unknown stage', () => {
    expect(result.model.stages.origin).toBe('inferred');
    expect(result.model.stages.names()).toEqual(['Pilot', 'Intro call', 'Contract signed', 'No fit']);
    expect(unknown.map((d) => [d.location.address, d.message])).toEqual([
      [
        'Deals!C16',
        'Stage "Pilott" looks like a misspelling: it is rare and close to another stage; did you mean "Pilot"?',
      ],
    ]);
  });

  it('judges the open deals it could not judge before: the won deal is closed, the open ones are not', () => {
    const closeDatePast = result.diagnostics.filter((d) => d.ruleId === 'pipeline/close-date-past');
    expect(closeDatePast).toEqual([]);
    const deal = (id: string) => result.model.tables('pipeline')[0].rows.find((d) => d.id === id)!;
    expect(deal('D-12').stage?.closed).toBe('won');
    expect(deal('D-13').stage?.closed).toBe('lost');
    expect(deal('D-1').stage?.closed).toBeUndefined();
  });

  it('a Status column beside the stage is not a duplicate header; alone, it holds the stages', () => {
    expect(result.diagnostics.filter((d) => d.ruleId === 'workbook/duplicate-header')).toEqual([]);
    const alone = lintWorkbook(
      { sheets: [{ name: 'Deals', values: rows.map((r) => [r[0], r[1], r[3], r[4]]) }] },
      testConfig(),
      RULES,
    );
    expect(alone.model.stages.names()).toEqual(['Open', 'Won', 'Lost']);
  });

  it('reads won and lost from IsWon and IsClosed flags, as Salesforce exports them', () => {
    const salesforce: CellValue[][] = [
      ['Name', 'StageName', 'Amount', 'IsClosed', 'IsWon', 'CloseDate'],
      ['A', 'Zulu', 1, false, false, '2027-09-01'],
      ['B', 'Yankee', 1, false, false, '2027-09-01'],
      ['C', 'Xray', 1, true, true, '2027-05-01'],
      ['D', 'Whiskey', 1, 'TRUE', 'FALSE', '2027-05-01'],
    ];
    const sf = lintWorkbook({ sheets: [{ name: 'Opps', values: salesforce }] }, testConfig(), RULES);
    expect(sf.model.stages.stages.map((s) => [s.name, s.closed])).toEqual([
      ['Zulu', undefined],
      ['Yankee', undefined],
      ['Xray', 'won'],
      ['Whiskey', 'lost'],
    ]);
  });

  it('a stages list in the config is used as it is', () => {
    const config = testConfig({ stages: [{ name: 'Pilot' }, { name: 'Won', closed: 'won' }] });
    const configured = lintWorkbook({ sheets: [{ name: 'Deals', values: rows }] }, config, RULES);
    expect(configured.model.stages.origin).toBe('config');
    expect(configured.diagnostics.filter((d) => d.ruleId === 'pipeline/unknown-stage')).toHaveLength(9);
  });
});

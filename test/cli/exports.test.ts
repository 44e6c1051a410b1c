import path from 'path';
import type { JsonEntry } from '../../shared/format';
import { lint, loadConfig, type LintResult } from '../../shared';
import { formatDay } from '../../shared/ground/values';
import { readWorkbook } from '../../cli/read';
import { runCli } from './helpers';

/** Synthetic files in the shape of real CRM exports (test/fixtures/exports), linted with no config. */
const EXPORTS = path.join(__dirname, '..', 'fixtures', 'exports');
const ASOF = ['--as-of', '2027-06-30'];

describe('a HubSpot deals export, with no config', () => {
  const file = path.join(EXPORTS, 'hubspot-deals.csv');

  it('learns HubSpot’s stage ids as the stages: no deal is in an unknown stage', async () => {
    const { code, stdout } = await runCli([file, '--format', 'json', ...ASOF]);
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as JsonEntry[];
    expect(entries.filter((e) => e.ruleId === 'pipeline/unknown-stage')).toEqual([]);
  });

  it('orders the open stages by their probability and tells won from lost by the words', async () => {
    const { stdout } = await runCli([file, ...ASOF]);
    expect(stdout).toContain(
      'Stages learnt from the data (the config lists none): appointmentscheduled → qualifiedtobuy → ' +
        'presentationscheduled → decisionmakerboughtin → contractsent; won: closedwon; lost: closedlost',
    );
  });
});

/** Lints a fixture as the CLI would with no config and `--as-of 2027-06-30`, keeping the model. */
async function lintExport(name: string): Promise<LintResult & { count(ruleId: string): number }> {
  const config = loadConfig({ asOf: '2027-06-30' });
  if (!config.ok) throw new Error('bad config');
  const { workbook } = await readWorkbook(path.join(EXPORTS, name));
  const result = lint(workbook, config.config);
  return { ...result, count: (id) => result.diagnostics.filter((d) => d.ruleId === id).length };
}

const roles = (result: LintResult) => Object.fromEntries(result.sheets.map((s) => [s.name, s.role]));
const stageNames = (result: LintResult) =>
  result.inferredStages?.map((s) => (s.closed ? `${s.name} (${s.closed})` : s.name));
/** Problems that would mean the export was misread: values, stages, headers. */
const MISREADS = ['pipeline/invalid-value', 'pipeline/unknown-stage', 'workbook/duplicate-header'];

describe('a Salesforce opportunity report beside a user list, with no config', () => {
  it('reads the opportunities as the pipeline and the users as the owner list', async () => {
    const result = await lintExport('salesforce');
    expect(roles(result)).toEqual({ opportunities: 'pipeline', users: 'lookup' });
    for (const id of [...MISREADS, 'pipeline/unknown-reference'])
      expect([id, result.count(id)]).toEqual([id, 0]);
  });

  it('learns the standard stages in funnel order by probability, won and lost by IsWon/IsClosed and the words', async () => {
    expect(stageNames(await lintExport('salesforce'))).toEqual([
      'Prospecting',
      'Qualification',
      'Needs Analysis',
      'Value Proposition',
      'Id. Decision Makers',
      'Perception Analysis',
      'Proposal/Price Quote',
      'Negotiation/Review',
      'Closed Won (won)',
      'Closed Lost (lost)',
    ]);
  });

  it('names the owner, not the OwnerId, and reads CreatedDate timestamps', async () => {
    const result = await lintExport('salesforce');
    const owners = new Set(result.diagnostics.map((d) => d.owner));
    expect([...owners].sort()).toEqual(['Ann Lee', 'Mia Rossi', 'Raj Patel']);
    const deal = result.model.tables('pipeline')[0].rows[0];
    expect(formatDay(deal.created!)).toBe('2026-05-02');
  });
});

describe.each<[string, string, string[]]>([
  [
    'bitrix-deals.csv',
    'Bitrix',
    [
      'C1:NEW',
      'C1:PREPARATION',
      'C1:PREPAYMENT_INVOICE',
      'C1:EXECUTING',
      'C1:FINAL_INVOICE',
      'C1:WON (won)',
      'C1:LOSE (lost)',
      'C1:APOLOGY (lost)',
    ],
  ],
  [
    'pipedrive-deals.csv',
    'Pipedrive',
    [
      'Lead In',
      'Contact Made',
      'Demo Scheduled',
      'Proposal Made',
      'Negotiations Started',
      'Won (won)',
      'Lost (lost)',
    ],
  ],
  [
    'zoho-deals.csv',
    'Zoho',
    [
      'Qualification',
      'Needs Analysis',
      'Value Proposition',
      'Id. Decision Makers',
      'Proposal/Price Quote',
      'Negotiation/Review',
      'Closed Won (won)',
      'Closed Lost (lost)',
    ],
  ],
  [
    'spanish-team.csv',
    'Spanish team',
    ['Prospección', 'Calificación', 'Propuesta', 'Negociación', 'Ganado (won)', 'Perdido (lost)'],
  ],
])('a %s export (%s), with no config', (name, _system, stages) => {
  it('is read without a misread value, stage or header', async () => {
    const result = await lintExport(name);
    expect(Object.values(roles(result))).toEqual(['pipeline']);
    for (const id of MISREADS) expect([id, result.count(id)]).toEqual([id, 0]);
    const deals = result.model.tables('pipeline')[0].rows;
    expect(
      deals.every((d) => d.amount !== undefined && d.closeDate !== undefined && d.stage !== undefined),
    ).toBe(true);
  });

  it('learns its stages', async () => {
    expect(stageNames(await lintExport(name))).toEqual(stages);
  });
});

describe('a Dynamics 365 export', () => {
  it('maps Topic, Potential Customer, Est. Revenue, Est. Close Date and Pipeline Phase, with open/won/lost from Status', async () => {
    const result = await lintExport('dynamics-opportunities.csv');
    const table = result.model.tables('pipeline')[0];
    expect(table.columns).toMatchObject({
      deal: 1,
      account: 2,
      amount: 3,
      closeDate: 4,
      owner: 5,
      stage: 6,
      status: 7,
    });
    for (const id of MISREADS) expect([id, result.count(id)]).toEqual([id, 0]);
    // "Created On" is written 6/1/2027 9:00 AM throughout: truly ambiguous, and said so once.
    expect(
      result.diagnostics.filter((d) => d.ruleId === 'workbook/ambiguous-date').map((d) => d.location.address),
    ).toEqual(["'dynamics-opportunities'!I1"]);
  });
});

describe('a Spanish team sheet', () => {
  it('reads decimal-comma amounts and day-first dates with no locale', async () => {
    const deals = (await lintExport('spanish-team.csv')).model.tables('pipeline')[0].rows;
    expect(deals.slice(0, 2).map((d) => [d.amount, formatDay(d.closeDate!)])).toEqual([
      [2_037, '2027-02-04'],
      [3_074, '2027-03-07'],
    ]);
  });
});

describe('a deliberately dirty CRM export', () => {
  it('reads mixed date patterns, epoch milliseconds, a title and a blank row, and reports only what is really wrong', async () => {
    const result = await lintExport('dirty-crm.csv');
    expect(result.diagnostics.map((d) => `${d.location.address} ${d.ruleId}`)).toEqual([
      "'dirty-crm'!C9 pipeline/inconsistent-stage-spelling",
      "'dirty-crm'!D10 pipeline/invalid-value",
      "'dirty-crm'!F12 pipeline/missing-close-date",
      "'dirty-crm'!H12 pipeline/missing-next-step",
      "'dirty-crm'!C13 pipeline/unknown-stage",
      "'dirty-crm'!C18 pipeline/missing-stage",
      "'dirty-crm'!A19 pipeline/duplicate-deal",
    ]);
    const deals = result.model.tables('pipeline')[0].rows;
    const first = deals[0];
    expect([formatDay(first.created!), formatDay(first.closeDate!), formatDay(first.lastActivity!)]).toEqual([
      '2027-01-25',
      '2027-08-30',
      '2027-07-01',
    ]);
    // "02/02/2027" day-first, "09-15-2027" month-first: each pattern settled on its own.
    expect([formatDay(deals[1].created!), formatDay(deals[1].closeDate!)]).toEqual([
      '2027-02-02',
      '2027-09-15',
    ]);
    expect(deals.every((d) => d.lastActivity !== undefined)).toBe(true);
  });
});

describe('an order sheet with line items', () => {
  it('reads orders with several products as deals with lines; only a conflicting line and a repeated line are duplicates', async () => {
    const result = await lintExport('order-lines.csv');
    expect(
      result.diagnostics
        .filter((d) => d.ruleId === 'pipeline/duplicate-deal')
        .map((d) => `${d.location.address} ${d.message}`),
    ).toEqual([
      `'order-lines'!A22 Deal "SO-1003" is already listed on row 7, with another stage ("Lost" there, "Won" here)`,
      `'order-lines'!A23 Deal "SO-1001" is already listed on row 2`,
    ]);
    // The lines of an order are judged once, on its first row; only a duplicate row is judged again.
    const duplicates = new Set(
      result.diagnostics.filter((d) => d.ruleId === 'pipeline/duplicate-deal').map((d) => d.location.row),
    );
    const overdue = result.diagnostics
      .filter((d) => d.ruleId === 'pipeline/close-date-past' && !duplicates.has(d.location.row))
      .map((d) => d.deal);
    expect(overdue.length).toBeGreaterThan(0);
    expect(new Set(overdue).size).toBe(overdue.length);
  });
});

describe('a banking pipeline with a weekly snapshot log', () => {
  it('reads the log as history, not as a pipeline of duplicates, and finds the close date pushed out', async () => {
    const result = await lintExport('bank');
    expect(roles(result)).toEqual({ pipeline: 'pipeline', 'weekly-snapshots': 'pipeline-history' });
    expect(result.count('pipeline/duplicate-deal')).toBe(0);
    expect(
      result.diagnostics.filter((d) => d.ruleId === 'pipeline/close-date-slipped').map((d) => d.deal),
    ).toEqual(['LN-003']);
  });
});

describe('goal exports', () => {
  it('an OKR export and a review export are goals, never a pipeline; generic goals are not specific', async () => {
    for (const name of ['okr-export.csv', 'review-goals.csv']) {
      const result = await lintExport(name);
      expect(Object.values(roles(result))).toEqual(['goals']);
    }
    const okr = await lintExport('okr-export.csv');
    expect(
      okr.diagnostics.filter((d) => d.ruleId === 'goal/not-specific').map((d) => d.location.address),
    ).toEqual(["'okr-export'!A3", "'okr-export'!A4"]);
    const review = await lintExport('review-goals.csv');
    expect(
      review.diagnostics.filter((d) => d.ruleId === 'goal/not-specific').map((d) => d.location.address),
    ).toEqual(["'review-goals'!A2", "'review-goals'!A3"]);
  });
});

describe('an input with no sheet Pipelint can lint', () => {
  it('exits 2, naming the headers each sheet starts with and what each kind of sheet needs', async () => {
    const file = path.join(EXPORTS, 'unrecognised.csv');
    const { code, stderr } = await runCli([file, ...ASOF]);
    expect(code).toBe(2);
    expect(stderr).toContain(`pipelint: ${file}: no sheet is one Pipelint can lint. The sheets start with:`);
    expect(stderr).toContain('  unrecognised: "Account ref", "Quarter", "Forecast", "Comment"\n');
    expect(stderr).toContain(
      '  pipeline: a Stage (or Status) column and two of Deal, Owner, Amount, Created, Stage date and Close date\n',
    );
    expect(stderr).toContain('  goals: a Goal (or Objective, Title) column\n');
  });

  it('a workbook with one sheet recognised lints as usual', async () => {
    const { code, stderr } = await runCli([path.join(EXPORTS, 'hubspot-deals.csv'), ...ASOF]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});

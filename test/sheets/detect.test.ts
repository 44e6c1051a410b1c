import { HEADER_SEARCH_ROWS, guessRow } from '../../shared/sheets/detect';
import { pipelineKind, type PipelineField } from '../../shared/sheets/kinds/pipeline';
import { pathKind, type PathField } from '../../shared/sheets/kinds/path';
import { activitiesKind, type ActivityField } from '../../shared/sheets/kinds/activities';
import { DETECTABLE } from '../../shared/sheets/registry';
import { detect } from './read';
import { lintWorkbook } from '../../shared/engine/engine';
import { resolveConfig } from '../../shared/engine/config';
import type { CellValue, SheetSnapshot } from '../../shared/ground/types';
import { RULES } from '../../shared/rules';

const PIPELINE_HEADER = ['Deal', 'Owner', 'Stage', 'Amount', 'Close date'];

describe('pipelineFieldOf', () => {
  it.each<[string, PipelineField | undefined]>([
    ['Deal', 'deal'],
    ['Opportunity_ID', 'deal'],
    ['opportunity name', 'deal'],
    ['SALES REP', 'owner'],
    ['sales_agent', 'owner'],
    ['Account Executive', 'owner'],
    ['Deal Stage', 'stage'],
    ['STATUS', 'status'],
    ['Deal Value', 'amount'],
    ['amount_usd', 'amount'],
    ['Close Value', 'amount'],
    ['Created On', 'created'],
    ['Engage Date', 'stageDate'],
    ['Stage Entered Date', 'stageDate'],
    ['expected_close_date', 'closeDate'],
    ['  close  date  ', 'closeDate'],
    ['Last Activity Date', 'lastActivity'],
    ['last-touched', 'lastActivity'],
    ['Next Steps', 'nextStep'],
    ['Lead Source', 'source'],
    ['Win Probability', 'probability'],
    ['Product Name', 'product'],
    ['Customer', 'account'],
    ['Lint ignore', 'ignore'],
    ['pipelint_ignore', 'ignore'],
    ['Notes', undefined],
    ['Region', undefined],
    ['', undefined],
  ])('%p is %p', (header, field) => {
    expect(pipelineKind.fieldOf(header)).toBe(field);
  });
});

describe('path and activity header words', () => {
  it.each<[string, PathField | undefined]>([
    ['Execution path', 'path'],
    ['Step type', 'kind'],
    ['Level', 'kind'],
    ['Step description', 'step'],
    ['Owner / role', 'owner'],
    ['Measured by', 'measure'],
    ['Target per period', 'target'],
    ['Frequency', 'period'],
    ['Reward or recognition', 'reward'],
    ['SPIFF', 'reward'],
    ['Lint ignore', 'ignore'],
    ['Notes', undefined],
  ])('path %p is %p', (header, field) => {
    expect(pathKind.fieldOf(header)).toBe(field);
  });

  it.each<[string, ActivityField | undefined]>([
    ['Sales rep', 'owner'],
    ['Who', 'owner'],
    ['Activity date', 'date'],
    ['Week beginning', 'date'],
    ['Logged on', 'date'],
    ['Activity type', 'type'],
    ['Joint calls', 'count'],
    ['Dials', 'count'],
    ['Manager joined', undefined],
  ])('activity %p is %p', (header, field) => {
    expect(activitiesKind.fieldOf(header)).toBe(field);
  });
});

describe('findHeader', () => {
  it('finds a header in the first row', () => {
    expect(detect([PIPELINE_HEADER, ['D-1', 'Ann', 'Proposal', 100, '2027-08-01']])).toEqual({
      role: 'pipeline',
      headerIndex: 0,
      score: 5,
    });
  });

  it('skips title rows and blank rows before the header', () => {
    const values: CellValue[][] = [
      ['ACME — FY27 pipeline'],
      ['Exported from the CRM on 2027-06-30'],
      [],
      [null, '', null],
      PIPELINE_HEADER,
      ['D-1', 'Ann', 'Proposal', 100, '2027-08-01'],
    ];
    expect(detect(values)).toMatchObject({ role: 'pipeline', headerIndex: 4 });
  });

  it('reads headers whatever their case, spacing or underscores', () => {
    expect(detect([['OPPORTUNITY_ID', 'sales_agent', 'deal_stage', 'close_value']])).toMatchObject({
      role: 'pipeline',
      score: 4,
    });
    expect(detect([[' deal ', 'DEAL  STAGE', 'Close-Date']])).toMatchObject({
      role: 'pipeline',
      score: 3,
    });
  });

  it('a header may start in any column', () => {
    expect(detect([[null, null, 'Deal', 'Stage', 'Owner']])).toMatchObject({
      role: 'pipeline',
      headerIndex: 0,
    });
  });

  it('a header with a note after it is known by what comes before the note', () => {
    const header = ['Deal', 'Stage', 'Deal value (EUR)', 'Last activity (ms since 1970)', 'Owner [team]'];
    expect(detect([header])).toMatchObject({ role: 'pipeline', score: 5 });
  });

  it('a pipeline needs a stage column and two more of its key fields', () => {
    expect(detect([['Deal', 'Owner', 'Amount', 'Close date']])).toBeUndefined();
    expect(detect([['Stage', 'Amount', 'Notes']])).toBeUndefined();
    expect(detect([['Stage', 'Amount', 'Owner']])).toMatchObject({ role: 'pipeline' });
  });

  it.each<[string, CellValue[]]>([
    ['goals', ['Goal', 'Driver', 'Metric', 'Baseline', 'Target', 'Due']],
    ['adoption', ['Person', 'Change', 'Stage', 'Since', 'Evidence']],
    ['adoption-history', ['Person', 'Change', 'From', 'To', 'Changed on']],
    ['pipeline-history', ['Timestamp', 'Deal', 'Field', 'From', 'To']],
    ['pipeline-history', ['Changed at', 'Deal ID', 'Field', 'Old value', 'New value']],
    ['path', ['Kind', 'Step', 'Measure', 'Target', 'Reward']],
    ['path', ['Strategy', 'Level', 'Description', 'Formula']],
    ['path', ['Kind', 'Step', 'Owner or role', 'Target per period', 'Cadence']],
    ['activities', ['Date', 'Rep', 'Calls', 'Meetings']],
    ['activities', ['Week of', 'Seller', 'Activity type']],
    ['activities', ['Rep', 'Day', 'Type', 'Manager joined']],
    ['coverage', ['Priority', 'Enablement', 'Coaching', 'Compensation', 'Recognition']],
    ['pipeline', PIPELINE_HEADER],
    ['lookup', ['Product', 'Series', 'Sales price']],
    ['lookup', ['Account', 'Sector', 'Employees']],
    ['lookup', ['Sales rep', 'Manager', 'Region']],
  ])('detects a %s header', (role, header) => {
    expect(detect([header, header.map(() => 'x')])).toMatchObject({ role, headerIndex: 0 });
  });

  it('a path needs a kind, a step, and a measure or a target', () => {
    expect(detect([['Kind', 'Step', 'Owner', 'Reward']])).toBeUndefined();
    expect(detect([['Kind', 'Measure', 'Target']])).toBeUndefined();
    expect(detect([['Type', 'What', 'Quota']])).toMatchObject({ role: 'path', score: 3 });
  });

  it('an activity log needs a rep, a date, and a type or an activity column', () => {
    expect(detect([['Date', 'Rep', 'Notes']])).toBeUndefined();
    expect(detect([['Rep', 'Calls', 'Meetings']])?.role).not.toBe('activities');
    // Keyed by rep in its first column, yet no lookup list: it names a date and an activity too.
    expect(detect([['Rep', 'Date', 'Calls']])).toMatchObject({ role: 'activities', score: 3 });
  });

  it('a pipeline with Date and Type columns stays a pipeline', () => {
    expect(detect([[...PIPELINE_HEADER, 'Type', 'Date']])).toMatchObject({ role: 'pipeline', score: 5 });
  });

  it('names the lookup key', () => {
    expect(detect([['Product', 'Price']])).toMatchObject({ lookupKey: 'product' });
    expect(detect([['Customer', 'Sector']])).toMatchObject({ lookupKey: 'account' });
    expect(detect([['Rep', 'Team']])).toMatchObject({ lookupKey: 'owner' });
  });

  it('an adoption sheet with a "Name" column is not taken for a pipeline', () => {
    expect(detect([['Name', 'Change', 'Stage', 'Since']])).toMatchObject({ role: 'adoption' });
  });

  it('a row with a stage column is never a lookup list', () => {
    expect(detect([['Product', 'Stage', 'Notes']])).toBeUndefined();
    // ...nor is one whose stage column is pinned in the config.
    expect(detect([['Product', 'Gate']])).toMatchObject({ role: 'lookup' });
    expect(detect([['Product', 'Gate']], undefined, { pipeline: { stage: 'Gate' } })).toBeUndefined();
  });

  it('a data row is never mistaken for a lookup header', () => {
    const values: CellValue[][] = [
      ['Region', 'Manager'],
      ['Account', 'Jane'],
      ['Product', 'Joe'],
    ];
    expect(detect(values)).toBeUndefined();
    // ...while the same words in the first table row make a lookup list.
    expect(detect(values.slice(1))).toMatchObject({
      role: 'lookup',
      headerIndex: 0,
      lookupKey: 'account',
    });
  });

  it('a lookup header may sit under a one-cell title', () => {
    expect(detect([['Product catalogue 2027'], ['Product', 'Price'], ['GTX Pro', 10]])).toMatchObject({
      role: 'lookup',
      headerIndex: 1,
    });
  });

  it('a single-column list is a lookup list', () => {
    expect(detect([['Owner'], ['Ann'], ['Bob']])).toMatchObject({ role: 'lookup', lookupKey: 'owner' });
  });

  it('the row naming most fields wins over an earlier, poorer one', () => {
    const values: CellValue[][] = [
      ['Stage', 'Deal', 'Amount'],
      ['Proposal', 3, 30_000],
      [],
      ['Deal', 'Owner', 'Stage', 'Amount', 'Created', 'Close date'],
    ];
    expect(detect(values)).toMatchObject({ role: 'pipeline', headerIndex: 3, score: 6 });
  });

  it('on a tie the earlier row wins', () => {
    expect(detect([PIPELINE_HEADER, PIPELINE_HEADER])).toMatchObject({ headerIndex: 0 });
  });

  it(`only the first ${HEADER_SEARCH_ROWS} rows are searched`, () => {
    const titles = (n: number) => Array.from({ length: n }, (_, i) => [`line ${i}`]);
    expect(detect([...titles(HEADER_SEARCH_ROWS - 1), PIPELINE_HEADER])).toMatchObject({
      headerIndex: HEADER_SEARCH_ROWS - 1,
    });
    expect(detect([...titles(HEADER_SEARCH_ROWS), PIPELINE_HEADER])).toBeUndefined();
  });

  it('a pinned role keeps only that role', () => {
    const both = [['Rep', 'Change', 'Stage', 'Stage date', 'Amount']];
    expect(detect(both)).toMatchObject({ role: 'adoption' });
    expect(detect(both, 'pipeline')).toMatchObject({ role: 'pipeline' });
    expect(detect([PIPELINE_HEADER], 'goals')).toBeUndefined();
  });

  it('header texts pinned in the config count as that field', () => {
    const values = [['Opp', 'Who', 'Phase']];
    expect(detect(values)).toBeUndefined();
    expect(
      detect(values, undefined, { pipeline: { stage: 'phase', owner: 'WHO', deal: 'opp' } }),
    ).toMatchObject({
      role: 'pipeline',
      score: 3,
    });
    // A column letter names no header text, so it cannot make a row a header.
    expect(
      detect(values, undefined, { pipeline: { stage: 'Phase', owner: 'B', deal: 'Opp' } }),
    ).toBeUndefined();
  });

  it('dates, numbers and booleans in a header row do not break it', () => {
    const row = [new Date(2027, 0, 1), 42, true, 'Deal', 'Stage', 'Owner'];
    expect(guessRow([row], 0, DETECTABLE)).toEqual([{ kind: pipelineKind, headerIndex: 0, score: 3 }]);
    expect(guessRow([], 0, DETECTABLE)).toEqual([]);
    expect(detect([])).toBeUndefined();
  });
});

describe('roles come from headers, not sheet names', () => {
  const config = resolveConfig({ asOf: '2027-06-30' }, RULES);
  if (!config.ok) throw new Error('bad config');
  const roles = (sheets: SheetSnapshot[]) =>
    lintWorkbook({ sheets }, config.config, RULES).sheets.map((s) => [s.name, s.role ?? null]);

  it('a pipeline called "Goals" and goals called "Pipeline"', () => {
    expect(
      roles([
        { name: 'Goals', values: [PIPELINE_HEADER, ['D-1', 'Ann', 'Proposal', 100, '2027-08-01']] },
        {
          name: 'Pipeline',
          values: [
            ['Goal', 'Metric', 'Target'],
            ['Grow', 'ARR', 1],
          ],
        },
        {
          name: 'Products',
          values: [
            ['Person', 'Change', 'Stage'],
            ['Ann', 'MEDDIC', 'Trying'],
          ],
        },
        {
          name: 'Sheet1',
          values: [
            ['Account', 'Sector'],
            ['Acme', 'Retail'],
          ],
        },
        {
          name: 'Deals',
          values: [
            ['Nothing', 'here'],
            ['at', 'all'],
          ],
        },
      ]),
    ).toEqual([
      ['Goals', 'pipeline'],
      ['Pipeline', 'goals'],
      ['Products', 'adoption'],
      ['Sheet1', 'lookup'],
      ['Deals', null],
    ]);
  });
});

describe('headers as CRM exports and team sheets write them', () => {
  it.each<[string, CellValue[], string]>([
    [
      'Salesforce',
      ['Opportunity Name', 'StageName', 'Amount', 'CloseDate', 'OwnerId', 'IsWon', 'IsClosed'],
      'pipeline',
    ],
    [
      'HubSpot',
      ['dealname', 'dealstage', 'amount', 'closedate', 'hubspot_owner_id', 'createdate'],
      'pipeline',
    ],
    ['Bitrix', ['ID', 'TITLE', 'STAGE_ID', 'ASSIGNED_BY_ID', 'CLOSEDATE'], 'pipeline'],
    ['a team sheet', ['Deal', 'Account Executive', 'Stage', 'ACV', 'Expected close'], 'pipeline'],
  ])('%s', (_name, header, role) => {
    expect(detect([header, header.map(() => 'x')])).toMatchObject({ role });
  });

  it.each<[string, PipelineField | undefined]>([
    ['StageName', 'stage'],
    ['STAGE_ID', 'stage'],
    ['OwnerId', 'owner'],
    ['hubspot_owner_id', 'owner'],
    ['ASSIGNED_BY_ID', 'owner'],
    ['TCV', 'amount'],
    ['Estimated value', 'amount'],
    ['Opportunity amount', 'amount'],
    ['ClosedDate', 'closeDate'],
    ['AccountId', 'account'],
    ['Deal status', 'status'],
    ['IsWon', 'isWon'],
    ['Amount\n(USD, excl. VAT)', 'amount'],
    ['Close date\nexpected', 'closeDate'],
  ])('%p is %p, a note on the lines below aside', (header, field) => {
    expect(pipelineKind.fieldOf(header)).toBe(field);
  });
});

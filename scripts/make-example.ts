/**
 * Writes examples/pipeline.xlsx: a small, believable team workbook in which every rule finds
 * something. `npm run example` rebuilds it; test/examples.test.ts checks each rule still fires.
 */
import ExcelJS from 'exceljs';
import path from 'path';

type Cell = string | number | Date | null;

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

const PIPELINE_HEADER = [
  'Deal',
  'Owner',
  'Stage',
  'Amount',
  'Created',
  'Stage Date',
  'Expected Close',
  'Last Activity',
  'Next Step',
  'Product',
  'Account',
  'Lint ignore',
  'Deal Size',
];

// prettier-ignore
const CLEAN_PROPOSAL: Cell[] =
['D-1002', 'Luis Ortega', 'Proposal', 48000, d('2027-04-02'), d('2027-06-01'), d('2027-07-31'), d('2027-06-27'), 'Pricing review with CFO', 'Vision Kit', 'Contoso', null, null];

// Each row is a deal as a rep would keep it; the comment says what a linter should see.
// prettier-ignore
const PIPELINE_ROWS: Cell[][] = [
  // clean: early prospect, recent touch
  ['D-1001', 'Maya Chen', 'Prospecting', null, d('2027-06-10'), d('2027-06-10'), null, d('2027-06-25'), 'Discovery call 7/2', 'RoboArm X2', 'Northwind', null, null],
  // clean: proposal with everything filled in
  CLEAN_PROPOSAL,
  // unknown-stage with a did-you-mean fix
  ['D-1003', 'Maya Chen', 'Negotiaton', 72000, d('2027-03-15'), d('2027-06-05'), d('2027-07-15'), d('2027-06-20'), 'Send redlines', 'RoboArm X2', 'Fabrikam', null, null],
  // invalid-value: an amount nobody can add up
  ['D-1004', 'Priya Nair', 'Qualification', 'twelve grand', d('2027-05-20'), d('2027-06-12'), d('2027-08-30'), d('2027-06-24'), 'Book demo', 'Vision Kit', 'Adatum', null, null],
  // negative-amount
  ['D-1005', 'Luis Ortega', 'Proposal', -4500, d('2027-04-18'), d('2027-06-08'), d('2027-07-20'), d('2027-06-26'), 'Follow up on quote', 'Service Plan', 'Contoso', null, null],
  // date-order: closes before it was created
  ['D-1006', 'Priya Nair', 'Won', 15600, d('2027-05-02'), d('2027-05-20'), d('2027-04-28'), d('2027-05-28'), null, 'Service Plan', 'Tailspin', null, null],
  // duplicate-deal: D-1002 entered again
  CLEAN_PROPOSAL,
  // missing-owner
  ['D-1008', null, 'Qualification', 22000, d('2027-05-30'), d('2027-06-14'), d('2027-09-15'), d('2027-06-22'), 'Intro to IT lead', 'RoboArm X2', 'Wingtip', null, null],
  // missing-amount: past the first stage with no value
  ['D-1009', 'Sam Okafor', 'Proposal', null, d('2027-04-25'), d('2027-06-02'), d('2027-08-10'), d('2027-06-21'), 'Revise scope', 'Vision Kit', 'Litware', null, null],
  // missing-close-date
  ['D-1010', 'Sam Okafor', 'Negotiation', 91000, d('2027-02-11'), d('2027-06-18'), null, d('2027-06-28'), 'Legal review', 'RoboArm X2', 'Proseware', null, null],
  // close-date-past: still open, the date went by in May
  ['D-1011', 'Maya Chen', 'Qualification', 18000, d('2027-03-01'), d('2027-05-01'), d('2027-05-15'), d('2027-06-23'), 'Re-qualify budget', 'Service Plan', 'Northwind', null, null],
  // stalled-deal: nobody has touched it since March
  ['D-1012', 'Priya Nair', 'Proposal', 56000, d('2027-01-20'), d('2027-03-02'), d('2027-08-31'), d('2027-03-09'), 'Chase sponsor', 'Vision Kit', 'Fabrikam', null, null],
  // missing-next-step
  ['D-1013', 'Luis Ortega', 'Qualification', 31000, d('2027-05-28'), d('2027-06-20'), d('2027-09-30'), d('2027-06-29'), null, 'RoboArm X2', 'Adatum', null, null],
  // unknown-reference: product spelt unlike the Products list, owner not on the Team sheet
  ['D-1014', 'Jon Pike', 'Qualification', 12500, d('2027-06-01'), d('2027-06-16'), d('2027-09-01'), d('2027-06-28'), 'Scope call', 'Robo Arm X2', 'Wingtip', null, null],
  // a suppression in use: this renewal has no next step on purpose
  ['D-1015', 'Sam Okafor', 'Negotiation', 40000, d('2027-05-05'), d('2027-06-19'), d('2027-07-10'), d('2027-06-29'), null, 'Service Plan', 'Tailspin', 'pipeline/missing-next-step', null],
  // workbook/unused-suppression: the row has an owner, so this silences nothing
  ['D-1016', 'Maya Chen', 'Proposal', 27000, d('2027-05-12'), d('2027-06-11'), d('2027-08-15'), d('2027-06-26'), 'Send case study', 'Vision Kit', 'Litware', 'pipeline/missing-owner', null],
  // invalid-value: an error value pasted in from a broken lookup
  ['D-1017', 'Priya Nair', 'Qualification', 9000, d('2027-06-03'), d('2027-06-17'), '#N/A', d('2027-06-27'), 'Demo follow-up', 'Service Plan', 'Contoso', null, null],
  // clean: closed deals, won and lost, that give the team a win rate for the pipeline targets need
  ['D-1018', 'Luis Ortega', 'Lost', 30000, d('2027-01-10'), d('2027-04-20'), d('2027-04-20'), d('2027-04-20'), null, 'Vision Kit', 'Litware', null, null],
  ['D-1019', 'Maya Chen', 'Won', 21000, d('2027-02-02'), d('2027-05-12'), d('2027-05-12'), d('2027-05-12'), null, 'RoboArm X2', 'Fabrikam', null, null],
  ['D-1020', 'Sam Okafor', 'Lost', 45000, d('2027-01-18'), d('2027-03-30'), d('2027-03-30'), d('2027-03-30'), null, 'RoboArm X2', 'Proseware', null, null],
  ['D-1021', 'Priya Nair', 'Lost', 18000, d('2027-02-22'), d('2027-05-25'), d('2027-05-25'), d('2027-05-25'), null, 'Vision Kit', 'Adatum', null, null],
  ['D-1022', 'Luis Ortega', 'Won', 26000, d('2027-03-08'), d('2027-06-15'), d('2027-06-15'), d('2027-06-15'), null, 'Service Plan', 'Contoso', null, null],
];

const GOALS_HEADER = [
  'Goal',
  'Owner',
  'Driver',
  'Priority',
  'Metric',
  'Baseline',
  'Target',
  'Start',
  'Due',
  'Progress',
  'Status',
  'Lint ignore',
];

// Each row is a goal as a team would write it; the comment says which goal rule should see it.
// prettier-ignore
const GOAL_ROWS: Cell[][] = [
  // not-specific, not-measurable, not-time-bound (with a Due fix) and not-relevant (empty Driver)
  ['Sell more', 'Luis Ortega', null, 2, null, null, null, null, null, null, null, null],
  // off-track: 1 of 8 logos with half the year gone
  ['Win 8 new manufacturing logos', 'Maya Chen', 'New customers', 1, 'New logos', 0, 8, d('2027-01-01'), d('2027-12-31'), 1, 'In progress', null],
  // not-achievable: from $400k to $1M is +150% in one period
  ['Grow Vision Kit revenue from $400k to $1M by Q4 2027', 'Priya Nair', 'Products & services', 1, 'Revenue', null, null, null, null, null, null, null],
  // not-relevant with a fix from the text, and a split fix for the two goals in one
  ['Grow Service Plan attach rate 10% and hire two reps by Q3 2027', 'Sam Okafor', null, 1, null, null, null, null, null, null, null, null],
  // not-relevant: a misspelt driver; not-time-bound: empty Due
  ['Raise average deal size to $40,000', 'Luis Ortega', 'Profitabilty', 3, 'Average deal size', 30000, 40000, null, null, 33000, null, null],
  // past-due: Q1 went by with 2 of 5
  ['Close 5 RoboArm X2 deals in EMEA by Q1 2027', 'Maya Chen', 'Market expansion', 2, 'Deals', null, 5, null, null, 2, null, null],
  // duplicate of the second goal; too-many-goals: Maya's fourth active goal
  ['win 8 new manufacturing logos.', 'maya chen', 'New customers', 3, 'New logos', 0, 8, d('2027-01-01'), d('2027-12-31'), 4, null, null],
  // missing-priority
  ['Book 30 Vision Kit demos by Q3 2027', 'Maya Chen', 'New customers', null, 'Demos', null, 30, null, null, null, null, null],
  // missing-owner
  ['Lift gross margin on service plans from 32% to 36% by Q4 2027', null, 'Profitability', 2, 'Gross margin', null, null, null, null, null, null, null],
  // finished: no goal rule looks at it
  ['Launch a Vision Kit webinar series', 'Priya Nair', 'Brand-building', 3, null, null, null, null, null, null, 'Done', null],
];

const COVERAGE_HEADER = [
  'Role',
  'Priority',
  'Kind',
  'Enablement',
  'Coaching',
  'Compensation',
  'Recognition',
  'Lint ignore',
];

// An account manager's priorities against the four levers; the comment says which coverage rule should see it.
// prettier-ignore
const COVERAGE_ROWS: Cell[][] = [
  // covered: skill and will, and paid for
  ['Account manager', 'Grow expansion revenue', 'Outcome', 'Expansion playbook', 'Monthly deal reviews', 'Accelerator above quota', "President's Club"],
  // covered: coaching builds both
  ['Account manager', 'Run quarterly business reviews', 'Activity', 'QBR template', 'x', '-', 'Shout-out in team call'],
  // skill-only
  ['Account manager', 'Keep account plans current', 'Activity', 'Account planning course', 'no', '-', '-'],
  // will-only
  ['Account manager', 'Multi-thread the top 20 accounts', 'Activity', null, null, 'Quarterly SPIF', null],
  // unrewarded-outcome, read as an outcome from its wording (no Kind)
  ['Account manager', 'Improve win rate on renewals', null, 'Negotiation training', 'x', 'n/a', 'none'],
  // priority-uncovered
  ['Account manager', 'Log every customer call in the CRM', 'Activity', null, null, null, null],
  // uncovered, but suppressed: the forecast is reviewed in the Monday meeting
  ['Account manager', 'Submit the forecast every Friday', 'Activity', null, null, null, null, 'coverage/priority-uncovered'],
];

const ADOPTION_HEADER = [
  'Person',
  'Change',
  'Stage',
  'In stage since',
  'Evidence',
  'Personal impact / urgency',
  'Lint ignore',
];

const LOG_CALLS = 'Log every customer call in the CRM';
const MAPS = 'Run mutual action plans on deals over $50k';
const HYGIENE = 'Keep the pipeline current';

// Where each rep stands with the team's changes; the comment says which adoption rule should see it.
// prettier-ignore
const ADOPTION_ROWS: Cell[][] = [
  // clean: tried, then made a habit, with evidence (see the history)
  ['Maya Chen', LOG_CALLS, 'Adoption', d('2027-05-20'), 'CRM activity report, June', 'Fewer Friday catch-ups'],
  // unknown-stage with a did-you-mean fix
  ['Sam Okafor', LOG_CALLS, 'Contemplaton', d('2027-06-12'), null, 'Manager asks for it in 1:1s'],
  // stuck: weighing it up since April
  ['Priya Nair', LOG_CALLS, 'Consideration', d('2027-04-15'), null, 'Worried about admin time'],
  // no-evidence: the pipeline would count as evidence, but his Contoso renewal has sat since March
  ['Luis Ortega', HYGIENE, 'Adoption', d('2027-06-01'), null, null],
  // no-evidence: trying it, nothing to show
  ['Maya Chen', MAPS, 'Introduction', d('2027-06-10'), null, 'Forecast calls get shorter'],
  // regressed: went back from trying it to deciding (see the history)
  ['Sam Okafor', MAPS, 'Contemplation', d('2027-06-05'), null, 'Buyers pushed back on the template'],
  // skipped-stage: straight from deciding to habit (see the history)
  ['Priya Nair', MAPS, 'Adoption', d('2027-06-15'), 'Two signed plans', 'Proposal deals slip less'],
  // no-impact-stated
  ['Luis Ortega', MAPS, 'Consideration', d('2027-06-20'), null, null],
  // no evidence and a stalled deal, but suppressed: reviewed with Ken on Monday
  ['Priya Nair', HYGIENE, 'Introduction', d('2027-06-01'), null, 'Pipeline review prep', 'adoption/no-evidence'],
];

// prettier-ignore
const ADOPTION_HISTORY: Cell[][] = [
  ['Person', 'Change', 'From', 'To', 'Changed on'],
  ['Maya Chen', LOG_CALLS, 'Consideration', 'Contemplation', d('2027-03-01')],
  ['Maya Chen', LOG_CALLS, 'Contemplation', 'Introduction', d('2027-04-01')],
  ['Maya Chen', LOG_CALLS, 'Introduction', 'Adoption', d('2027-05-20')],
  ['Sam Okafor', MAPS, 'Contemplation', 'Introduction', d('2027-05-10')],
  ['Sam Okafor', MAPS, 'Introduction', 'Contemplation', d('2027-06-05')],
  ['Priya Nair', MAPS, 'Consideration', 'Contemplation', d('2027-05-01')],
  ['Priya Nair', MAPS, 'Contemplation', 'Adoption', d('2027-06-15')],
];

// A change log as `pipelint --snapshot` writes it: D-1009 jumped past Qualification (required in
// examples/pipelint.json); D-1012's close date was pushed later three times.
// prettier-ignore
const PIPELINE_HISTORY: Cell[][] = [
  ['Timestamp', 'Deal', 'Field', 'From', 'To'],
  ['2027-03-05', 'D-1012', 'Close date', '2027-04-30', '2027-05-31'],
  ['2027-04-25', 'D-1009', 'Stage', '', 'Prospecting'],
  ['2027-05-03', 'D-1012', 'Close date', '2027-05-31', '2027-06-30'],
  ['2027-06-02', 'D-1009', 'Stage', 'Prospecting', 'Proposal'],
  ['2027-06-07', 'D-1012', 'Close date', '2027-06-30', '2027-08-31'],
];

const RENEWALS: Cell[][] = [
  ['Account', 'Rep', 'Stage', 'Value', 'Engage Date'],
  ['Contoso', 'Luis Ortega', 'Proposal', 12000, '03/04/2027'],
  ['Fabrikam', 'Maya Chen', 'Qualification', 8000, '05/06/2027'],
  ['Tailspin', 'Sam Okafor', 'Prospecting', null, '06/01/2027'],
];

// Last quarter's closes, kept by the ops analyst with a probability column. Each row shows a
// hygiene rule: a won deal dated after the as-of date (closed-date-in-future), "won" beside "Won"
// (inconsistent-stage-spelling), a deal with no stage (missing-stage), and a proposal at 90% where
// the config gives proposals 50% (probability-mismatch).
// prettier-ignore
const CLOSES: Cell[][] = [
  ['Deal', 'Owner', 'Stage', 'Amount', 'Expected Close', 'Probability'],
  ['C-201', 'Maya Chen', 'Won', 12000, d('2027-07-20'), 1],
  ['C-202', 'Luis Ortega', 'Won', 9500, d('2027-06-10'), 1],
  ['C-203', 'Priya Nair', 'won', 7000, d('2027-06-12'), 1],
  ['C-204', 'Sam Okafor', null, 8000, d('2027-07-31'), 0.3],
  ['C-205', 'Sam Okafor', 'Proposal', 9000, d('2027-08-30'), 0.9],
];

// One row per rep and week; the as-of date (2027-06-30) is the Wednesday of the last week.
// prettier-ignore
const ACTIVITIES: Cell[][] = [
  ['Week of', 'Rep', 'Calls', 'Meetings', 'Joint calls'],
  [d('2027-06-07'), 'Maya Chen', 64, 7, 1],
  [d('2027-06-07'), 'Luis Ortega', 41, 5, 0],
  [d('2027-06-07'), 'Priya Nair', 58, 6, 0],
  [d('2027-06-14'), 'Maya Chen', 61, 8, 1],
  [d('2027-06-14'), 'Luis Ortega', 38, 4, 0],
  [d('2027-06-14'), 'Priya Nair', 63, 7, 1],
  // behind-pace: Luis has 12 calls against about 26 due by Wednesday
  [d('2027-06-28'), 'Maya Chen', 30, 3, 0],
  [d('2027-06-28'), 'Luis Ortega', 12, 1, 0],
  [d('2027-06-28'), 'Priya Nair', 28, 4, 0],
];

const PATH_HEADER = ['Path', 'Kind', 'Step', 'Owner', 'Measure', 'Target', 'Period', 'Reward'];

// prettier-ignore
const PATH_ROWS: Cell[][] = [
  // clean behaviors (Luis is behind on calls, Luis and Priya on joint calls: behind-pace)
  ['Cross-sell', 'Behavior', 'Call installed-base customers about service plans', 'Each rep', 'SUM(Activities[Calls])', 60, 'Week', null],
  ['Cross-sell', 'Behavior', 'Joint calls with the manager', 'Each rep', 'SUM(Activities[Joint calls])', '2 per month', null, null],
  // behavior-not-measurable: no measure, no target
  ['Cross-sell', 'Behavior', 'Share a customer story in the weekly call', 'Sales manager', null, null, null, null],
  // milestone behind pace for every rep, so the outcome below is at risk
  ['Cross-sell', 'Milestone', 'Service-plan proposals sent', 'Each rep', 'DEALS_REACHING("Proposal", [Product] = "Service Plan")', 2, 'Quarter', null],
  // outcome-at-risk: revenue is close to pace so far, but its milestone is far behind
  ['Cross-sell', 'Outcome', 'Service-plan revenue', 'Team', 'WON_AMOUNT([Product] = "Service Plan")', '$18k per quarter', null, 'Service-plan SPIF: $500 per plan sold'],
  // unknown-kind with a did-you-mean fix
  ['Cross-sell', 'Milstone', 'Renewal of service plans booked', 'Each rep', 'DEALS_WON([Product] = "Service Plan")', 1, 'Quarter', null],
  // outcome-without-milestone, and outcome-without-reward (total performance only)
  ['Upsell', 'Outcome', 'RoboArm X2 upgrades', 'Team', 'WON_AMOUNT([Product] = "RoboArm X2")', 100000, 'Quarter', 'Standard commission'],
  // milestone-without-behavior, and milestone-not-verifiable (mistyped sheet name, with a fix)
  ['Referrals', 'Milestone', 'Referral meetings held', 'Maya Chen', 'SUM(Activites[Meetings])', 4, 'Month', null],
  // outcome-not-measurable: the pipeline has no Source column
  ['Referrals', 'Outcome', 'Revenue from referred deals', 'Team', 'WON_AMOUNT([Source] = "Referral")', 50000, 'Quarter', 'Referral bonus: 2% of first-year value'],
];

// The team's settings, kept in the workbook so the command line, Excel and Google Sheets agree.
// They match examples/pipelint.json; the misspelt rule id shows workbook/invalid-setting.
// prettier-ignore
const SETTINGS: Cell[][] = [
  ['Pipelint settings'],
  ['Setting', 'Value'],
  ['As of', d('2027-06-30')],
  [],
  ['Stage', 'Kind', 'Max days', 'Probability', 'Required', 'Aliases'],
  ['Prospecting', 'open', 30, 0.1, null, null],
  ['Qualification', 'open', 21, 0.2, 'yes', null],
  ['Proposal', 'open', 30, 0.5, null, null],
  ['Negotiation', 'open', 21, 0.7, null, null],
  ['Won', 'won', null, null, null, 'Closed Won'],
  ['Lost', 'lost', null, null, null, 'Closed Lost'],
  [],
  ['Rule', 'Severity'],
  ['pipeline/missing-next-step', 'warning'],
  ['pipeline/close-date-past', 'warning'],
  // invalid-setting: a misspelt rule id, with a did-you-mean
  ['pipeline/stale-deal', 'error'],
];

function addSheet(wb: ExcelJS.Workbook, name: string, rows: Cell[][]) {
  const ws = wb.addWorksheet(name);
  for (const row of rows) ws.addRow(row);
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    }),
  );
  return ws;
}

async function main() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Pipelint example';
  const pipeline = addSheet(wb, 'Pipeline', [
    ['Acme Robotics: Q3 2027 pipeline'],
    [],
    PIPELINE_HEADER,
    ...PIPELINE_ROWS,
  ]);
  pipeline.mergeCells('A1:F1');
  for (const row of PIPELINE_ROWS.keys()) pipeline.getCell(4 + row, 4).numFmt = '$#,##0';
  addSheet(wb, 'Renewals', RENEWALS);
  addSheet(wb, 'Q2 closes', CLOSES);
  addSheet(wb, 'Q4 Pipeline', [['Deal', 'Owner', 'Stage', 'Amount', 'Expected Close']]);
  addSheet(wb, 'Products', [
    ['Product', 'Series', 'List Price'],
    ['RoboArm X2', 'RoboArm', 36000],
    ['Vision Kit', 'Vision', 24000],
    ['Service Plan', 'Services', 7800],
  ]);
  addSheet(wb, 'Team', [
    ['Owner', 'Manager', 'Region'],
    ['Maya Chen', 'Dana Brooks', 'West'],
    ['Luis Ortega', 'Dana Brooks', 'West'],
    ['Priya Nair', 'Ken Adler', 'East'],
    ['Sam Okafor', 'Ken Adler', 'East'],
  ]);
  addSheet(wb, 'Goals', [['Acme Robotics: 2027 sales goals'], [], GOALS_HEADER, ...GOAL_ROWS]);
  addSheet(wb, 'Coverage', [
    ['Account manager: sales performance coverage'],
    [],
    COVERAGE_HEADER,
    ...COVERAGE_ROWS,
  ]);
  addSheet(wb, 'Adoption', [['Sales team: change adoption'], [], ADOPTION_HEADER, ...ADOPTION_ROWS]);
  addSheet(wb, 'Adoption history', ADOPTION_HISTORY);
  addSheet(wb, 'Pipeline history', PIPELINE_HISTORY);
  addSheet(wb, 'Activities', ACTIVITIES);
  addSheet(wb, 'Cross-sell path', [['Execution paths: Q2 2027'], [], PATH_HEADER, ...PATH_ROWS]);
  const settings = addSheet(wb, 'Pipelint settings', SETTINGS);
  for (const row of [6, 7, 8, 9, 10, 11]) settings.getCell(row, 4).numFmt = '0%';
  addSheet(wb, 'Notes', [
    ['Pipeline review every Monday at 9:00.'],
    ['Ask Dana before changing stage limits.'],
  ]);
  const out = path.join(__dirname, '..', 'examples', 'pipeline.xlsx');
  await wb.xlsx.writeFile(out);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});

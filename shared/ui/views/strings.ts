/** The Views tab's words, kept apart from the panel's so the views can change without touching it. */
import type { AdoptionStage } from '../../ground/adoption';
import type { PaceVerdict } from '../../analyses/execution/pace';
import type { CoverageGap } from '../../analyses/coverage';
import type { Lever } from '../../sheets/kinds/coverage';
import type { StepKind } from '../../sheets/kinds/path';
import { figure, percent, plural, type FigureUnit } from '../../ground/words';

export type ViewId = 'pipeline' | 'path' | 'adoption' | 'coverage';

const amount = (n: number, currency: string) => figure(n, 'amount', currency);

export const VIEW_STRINGS = {
  viewsTab: 'Views',
  pickerLabel: 'Choose a view',
  viewNames: {
    pipeline: 'Pipeline',
    path: 'Path',
    adoption: 'Adoption',
    coverage: 'Coverage',
  } satisfies Record<ViewId, string>,
  viewTitles: {
    pipeline: 'Pipeline per owner',
    path: 'Execution path per owner',
    adoption: 'Adoption board',
    coverage: 'Coverage grid',
  } satisfies Record<ViewId, string>,
  empty: {
    pipeline: 'No pipeline sheet with owners and open deals in this workbook.',
    path: 'No execution path sheet with measured steps in this workbook.',
    adoption: 'No adoption sheet (Person, Change and Stage columns) in this workbook.',
    coverage: 'No coverage sheet (priorities against the four levers) in this workbook.',
  } satisfies Record<ViewId, string>,

  // pipeline
  openValue: (open: number, deals: number, currency: string) =>
    `${amount(open, currency)} open in ${plural(deals, 'deal')}`,
  required: (needed: number, currency: string) => `Needs ${amount(needed, currency)}`,
  requiredDetail: (
    r: {
      target: number;
      booked: number;
      winRate: number;
      winRateOf: 'owner' | 'team';
      from: 'goals' | 'path';
    },
    currency: string,
  ) =>
    `${amount(r.target, currency)} target (${r.from === 'goals' ? 'revenue goals' : 'execution path'})` +
    `${r.booked > 0 ? `, ${amount(r.booked, currency)} won` : ''}, at ${r.winRateOf === 'owner' ? 'their' : 'the team'}'s ` +
    `${percent(r.winRate)} win rate`,
  shortBy: (n: number, currency: string) => `short by ${amount(n, currency)}`,
  covered: 'covered',
  noWinRate: 'Has a revenue target, but fewer than 5 closed deals to take a win rate from.',
  stillNeeded: 'Still needed',
  stalled: (n: number) => `${n} stalled`,
  slipped: (n: number) => `${n} slipped`,
  stalledTitle: 'Deals pipeline/stalled-deal reports: no activity for longer than the stage allows',
  slippedTitle: 'Deals pipeline/close-date-slipped reports: the close date was pushed back',
  barLabel: (owner: string) => `Open value by stage for ${owner}`,
  pipelineNote: 'Bars: open value by stage; the marker is the pipeline the targets need.',

  // path
  stepKinds: { behavior: 'Behaviors', milestone: 'Milestones', outcome: 'Outcomes' } satisfies Record<
    StepKind,
    string
  >,
  verdicts: {
    behind: 'Behind',
    close: 'Close',
    'on-pace': 'On pace',
    'too-early': 'Too early',
  } satisfies Record<PaceVerdict, string>,
  ownerBehind: (owner: string, behind: number) =>
    behind ? `${owner}: ${behind} behind` : `${owner}: on track`,
  stepFigures: (
    s: { actual: number; expected: number; target: number; unit: FigureUnit; period: string },
    currency: string,
  ) =>
    `${figure(s.actual, s.unit, currency)} of ${figure(s.expected, s.unit, currency)} due by now, ` +
    `${figure(s.target, s.unit, currency)} this ${s.period}`,
  paceLabel: (step: string, s: { actual: number; expected: number; unit: FigureUnit }, currency: string) =>
    `${step}: ${figure(s.actual, s.unit, currency)} done, ${figure(s.expected, s.unit, currency)} due by now`,
  pathNote: 'Bars: done so far against the period target; the marker is what is due by now.',

  // adoption
  stages: {
    Consideration: 'Consideration',
    Contemplation: 'Contemplation',
    Introduction: 'Introduction',
    Adoption: 'Adoption',
  } satisfies Record<AdoptionStage, string>,
  stageHints: {
    Consideration: 'weighing it up',
    Contemplation: 'deciding',
    Introduction: 'trying it',
    Adoption: 'a habit',
  } satisfies Record<AdoptionStage, string>,
  nobody: 'Nobody',
  days: (n: number) => `${plural(n, 'day')} in stage`,
  unplaced: 'Stage not recognised',
  unplacedStage: (text: string | undefined) => (text ? `Stage cell says "${text}"` : 'Stage cell is empty'),
  moveTo: 'Move to…',
  moveTitle: (person: string) => `Move ${person} to another stage`,
  moveItem: (stage: AdoptionStage) => `Move to ${stage}`,
  moved: (person: string, stage: AdoptionStage, change: string) =>
    `Moved ${person} to ${stage} on "${change}"`,
  historySheet: 'Adoption history',
  boardLabel: (change: string) => `Stages of change for "${change}"`,
  adoptionNote: 'A move writes the stage and its date, and adds a row to the history. Undo takes it back.',

  // coverage
  levers: {
    enablement: 'Enablement',
    coaching: 'Coaching',
    compensation: 'Compensation',
    recognition: 'Recognition',
  } satisfies Record<Lever, string>,
  leverShort: {
    enablement: 'Enabl.',
    coaching: 'Coach',
    compensation: 'Pay',
    recognition: 'Recog.',
  } satisfies Record<Lever, string>,
  leverCell: (priority: string, lever: string, present: boolean) =>
    `${priority}, ${lever}: ${present ? 'covered' : 'nothing'}`,
  gapNames: {
    covered: 'Covered',
    uncovered: 'Uncovered',
    'skill-only': 'Skill only',
    'will-only': 'Will only',
    'unrewarded-outcome': 'Unrewarded',
  } satisfies Record<CoverageGap | 'covered', string>,
  priorityHeader: 'Priority',
  verdictHeader: 'Verdict',
  balanceTitle: 'Skill and will',
  balance: {
    both: 'Both',
    skillOnly: 'Skill only',
    willOnly: 'Will only',
    neither: 'Neither',
  },
  balanceLabel: (name: string, n: number, total: number) => `${name}: ${n} of ${total}`,
  coverageNote: 'Enablement and coaching build skill; compensation and recognition build will.',
} as const;

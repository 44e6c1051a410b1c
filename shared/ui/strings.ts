/**
 * Every English string the panel shows or announces, in one place, so wording stays consistent
 * and a translation later touches only this file.
 */
import type { Severity } from '../ground/types';
import type { PaceVerdict } from '../analyses/execution/pace';
import type { StepStatus } from '../summaries';
import { figure, groupDigits, percent, plural } from '../ground/words';
import { STEP_LABELS } from '../sheets/kinds/path';

const SEVERITY_NAMES: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'infos'],
  hint: ['hint', 'hints'],
};

export const STRINGS = {
  panelLabel: (hostName: string) => `Pipelint problems for ${hostName}`,
  lint: 'Lint workbook',
  lintAgain: 'Lint again',
  lintShortcut: 'Ctrl+Enter',
  nextProblem: 'Next problem (F8)',
  previousProblem: 'Previous problem (Shift+F8)',
  linting: 'Linting…',
  applyAll: (n: number) => `Apply ${plural(n, 'fix', 'fixes')}`,
  applyAllTitle: 'Apply every preferred fix among the problems shown',

  severityName: (s: Severity) => SEVERITY_NAMES[s][0],
  severityCount: (s: Severity, n: number) => plural(n, ...SEVERITY_NAMES[s]),
  severityGroup: 'Show problems by severity',
  severityToggle: (s: Severity, n: number) => `Show ${SEVERITY_NAMES[s][1]} (${groupDigits(n)})`,
  filterPlaceholder: 'Filter problems',
  filterLabel: 'Filter problems by text, rule, cell, deal or owner',
  ruleFilter: 'Show one rule',
  allRules: 'All rules',
  ownerFilter: 'Show one owner',
  allOwners: 'All owners',
  choice: (value: string, n: number) => `${value} (${groupDigits(n)})`,
  sortLabel: 'Sort problems within a sheet',
  sortOrder: { position: 'By cell', severity: 'By severity', rule: 'By rule', owner: 'By owner' },

  notLinted: (hostName: string) =>
    `Lint the workbook to list its problems here. Pipelint reads ${hostName} and changes nothing until you apply a fix.`,
  noProblems: 'No problems found.',
  nothingMatches: 'No problems match the filters.',
  lintedAt: (at: Date) =>
    `at ${at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })}`,
  rowsLinted: (rows: number, ms: number) =>
    `${plural(rows, 'row')} linted in ${ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`}`,
  showing: (shown: number, total: number) => `showing ${groupDigits(shown)} of ${plural(total, 'problem')}`,
  groupLabel: (sheet: string, n: number) => `Sheet ${sheet}, ${plural(n, 'problem')}`,
  showMore: (n: number) => `Show ${groupDigits(n)} more`,

  selectCell: (address: string, severity: Severity, message: string) =>
    `${SEVERITY_NAMES[severity][0]} at ${address}: ${message}. Select the cell`,
  aboutRule: (ruleId: string) => `About rule ${ruleId}`,
  ruleDefault: (s: Severity) => `Default severity: ${SEVERITY_NAMES[s][0]}`,
  unknownRule: 'No description for this rule.',
  dealLabel: 'Deal',
  ownerLabel: 'Owner',
  relatedLabel: 'Related cells',
  selectRelated: (address: string, note: string) => `Select ${address}: ${note}`,
  moreRelated: (n: number) => `and ${groupDigits(n)} more`,
  fixesLabel: (address: string) => `Fixes for ${address}`,

  readFailedTitle: (hostName: string) => `Couldn't read the workbook from ${hostName}`,
  lintFailedTitle: 'Pipelint stopped on an internal error; please report it',
  fixFailedTitle: "Couldn't apply the fix",
  highlightFailedTitle: "Couldn't mark the problem cells",
  highlight: 'Highlight cells',
  highlightTitle: 'Mark every problem cell in the sheet, in the colour of its most serious problem',
  clearHighlights: 'Clear highlights',
  clearHighlightsTitle: "Remove Pipelint's marks; nothing else in the sheet changes",
  selectFailedTitle: "Couldn't select the cell",
  unknownError: 'The spreadsheet gave no reason.',
  configTitle: 'The Pipelint config has problems',
  configHint: 'Fix these keys in the config, then lint again.',
  applied: (title: string) => `Applied: ${title}`,
  appliedMany: (n: number, stale: number) =>
    `Applied ${plural(n, 'fix', 'fixes')}` +
    (stale ? `; ${plural(stale, 'cell')} had changed and were left alone` : ''),
  undo: 'Undo',
  problemsTab: 'Problems',
  settingsTab: 'Settings',
  settingsLabel: 'Pipelint settings',
  settingsNote: (sheet: string) =>
    `Saved in the workbook, on the sheet "${sheet}", so everyone who lints it, here or elsewhere, uses the same settings.`,
  localeLabel: 'Locale',
  localeHint: 'How dates and amounts are written, such as en-US or de-DE',
  localeInvalid: 'Write a locale tag such as en-US, en-GB or de-DE',
  dateOrderLabel: 'Date order',
  dateOrderFromLocale: 'As the locale writes them',
  dateOrderDMY: 'Day first (31/12)',
  dateOrderMDY: 'Month first (12/31)',
  aliases: 'Also written as',
  aliasesPlaceholder: 'Other names, separated by commas',
  asOfLabel: 'Judge the pipeline as of',
  stagesTitle: 'Stages',
  stageLabel: (name: string) => `Stage ${name}`,
  stageName: 'Name',
  stageKind: 'Kind',
  maxDays: 'Max days',
  probability: 'Probability %',
  required: 'Required',
  removeStage: (name: string) => `Remove stage ${name}`,
  newStage: 'New stage',
  addStage: 'Add stage',
  rulesTitle: 'Rules',
  filterRules: 'Filter rules',
  ruleLevel: (id: string) => `Level of ${id}`,
  saveSettings: 'Save to workbook',
  settingsSaved: (sheet: string) => `Settings saved to the sheet "${sheet}"`,
  ignoreHere: 'Ignore here',
  addToStages: 'Add to stages',
  addToStagesTitle: (stage: string) => `Add "${stage}" to the workbook's stages, as an open stage`,
  ignoreTitle: (ruleId: string) => `Ignore ${ruleId} on this row`,
  fixKind: (n: number) => `Fix all ${n}`,
  fixKindTitle: (n: number, ruleId: string) => `Apply the suggested fix to all ${n} ${ruleId} problems shown`,
  undoneStep: (text: string) => `Undone: ${text.replace(/^Applied: /, '')}`,
  undoMore: (n: number) => `Undo (${n} left)`,
  formulaTitle: 'Not applied: the cell holds a formula',
  formulaBody: (addresses: string[]) =>
    `${addresses.join(', ')} ${addresses.length === 1 ? 'is' : 'are'} computed; change the cells the formula reads instead`,
  staleTitle: 'The cell changed since the last lint; lint again',
  staleBody: (addresses: string[]) => `Changed: ${addresses.join(', ')}`,
  dismiss: 'Dismiss',

  paceTitle: 'Execution pace',
  paceOwner: (owner: string, behind: number) =>
    behind ? `${owner}: ${behind} behind` : `${owner}: on track`,
  paceVerdict: {
    behind: 'Behind',
    close: 'Close',
    'on-pace': 'On pace',
    'too-early': 'Too early',
  } satisfies Record<PaceVerdict, string>,
  paceStep: (s: StepStatus, currency: string) =>
    `${STEP_LABELS[s.kind]} · ${figure(s.actual, s.unit, currency)} of ${figure(s.expected, s.unit, currency)} due by now ` +
    `(${percent(s.pace)}), ${figure(s.target, s.unit, currency)} this ${s.period}`,
} as const;

import type { RuleContext } from '../../engine/rule';
import { z } from 'zod';
import { quoted } from '../util';
import { atCharacter } from '../../analyses/execution/measure';
import { DEFAULT_MIN_ELAPSED, DEFAULT_THRESHOLD } from '../../analyses/execution/pace';
import { STEP_LABELS, type PathStep, type PathTable, type StepKind } from '../../sheets/kinds/path';
import { cellOf, setCellFix } from '../../sheets/table';

/** `Milestone "Second meeting booked"`, or `The milestone on row 7` when it has no description. */
export function stepTitle(step: PathStep): string {
  const label = STEP_LABELS[step.kind ?? 'behavior'];
  return step.text !== undefined
    ? `${label} ${quoted(step.text)}`
    : `The ${label.toLowerCase()} on row ${step.row}`;
}

/** ` on the "Cross-sell" path`, or nothing for a sheet that holds one unnamed path. */
export function onPath(step: PathStep): string {
  return step.path === undefined ? '' : ` on the ${quoted(step.path)} path`;
}

/** What makes a step countable: a measure that resolves, and a target for a known period. */
interface CountableWords {
  /** What a blank measure means for this kind, after "has no measure, so ". */
  noMeasure: string;
  /** What an unresolved measure means, after the step's title. */
  brokenMeasure: string;
  example: string;
}

/** The measure cell with one part replaced: the fix for a mistyped name. */
function measureFix(table: PathTable, step: PathStep, start: number, end: number, replacement: string) {
  const text = step.measureText!;
  const value = text.slice(0, start) + replacement + text.slice(end);
  return setCellFix(table, step, 'measure', `Change to ${replacement}`, value, true);
}

/**
 * Reports what keeps a step of one kind from being counted against its target: a blank or broken
 * measure (each problem at its characters, with a fix where the intended name is clear), a missing
 * or unreadable target, a Period cell naming no period.
 */
export function reportUncountable(
  context: RuleContext<unknown>,
  step: PathStep,
  table: PathTable,
  kind: StepKind,
  words: CountableWords,
) {
  if (step.kind !== kind) return;
  const title = stepTitle(step);
  const measure = context.model.measureOf(step);
  if (step.measureText === undefined)
    context.report({
      row: step,
      location: cellOf(table, step, 'measure'),
      message: `${title} has no measure, so ${words.noMeasure}; write one the workbook can count, such as ${words.example}`,
    });
  else if (measure?.ok === false)
    for (const error of measure.errors) {
      const fixes = error.replacement
        ? [measureFix(table, step, error.span.start, error.span.end, error.replacement)]
        : undefined;
      const text = step.measureText;
      const wholeCell =
        error.span.start <= text.length - text.trimStart().length && error.span.end >= text.trimEnd().length;
      const where =
        wholeCell || error.message.startsWith('at character') ? '' : ` (${atCharacter(error.span)})`;
      context.report({
        row: step,
        location: cellOf(table, step, 'measure'),
        message: `${title} ${words.brokenMeasure}: ${error.message}${where}`,
        ...(fixes && { fixes }),
      });
    }
  if (step.target.ok !== true)
    context.report({
      row: step,
      location: cellOf(table, step, 'target'),
      message:
        step.target.ok === 'empty'
          ? `${title} has no target, so there is no pace to judge it by; set one per period ("12 per week")`
          : `${title}: ${step.target.reason}`,
    });
  if (step.periodProblem)
    context.report({
      row: step,
      location: cellOf(table, step, 'period'),
      message: `${title}: ${step.periodProblem}`,
    });
}

/** Options of the pace rules: how far behind counts, and how early in the period to hold back. */
export const paceOptions = z
  .strictObject({
    threshold: z
      .number()
      .gt(0)
      .max(1)
      .default(DEFAULT_THRESHOLD)
      .describe('Pace below this share of the target pro-rated to the as-of date is behind (0.8 = 80%).'),
    minElapsed: z
      .number()
      .min(0)
      .lt(1)
      .default(DEFAULT_MIN_ELAPSED)
      .describe(
        'No verdict until this share of the period has gone by (0.1 = the first tenth is too early to tell).',
      ),
  })
  .prefault({});

/**
 * The open pipeline a money goal needs, worked out as `goal/not-achievable` and the REQUIRED_PIPELINE
 * function work it out, with the same code: what is left of the target after what the owner has
 * already won in the goal's period, divided by the win rate. Set against the owner's open pipeline
 * now, it turns "try harder" into "find this much more pipeline".
 */
import { ownerPipeline, teamPipeline } from '../../analyses/goals/ownerPipeline';
import type { GoalAnalysis } from '../../analyses/goals/types';
import type { WorkbookModel } from '../../analyses/model';
import { requiredPipeline } from '../../functions/pipelineMath';
import type { DayNumber } from '../../ground/values';
import { periodStart } from '../../rules/goal/goalUtil';
import type { GoalUnit } from './types';

export interface NeedInput {
  owner: string;
  unit: GoalUnit;
  target?: number;
  deadline?: DayNumber;
  /** The sentence's analysis: a quarter it names starts the goal's period at that quarter. */
  analysis: GoalAnalysis;
}

export type PipelineNeed =
  | { kind: 'not-money' }
  | { kind: 'no-pipeline' }
  | { kind: 'no-owner' }
  | { kind: 'no-rate'; closedDeals: number }
  | {
      kind: 'need';
      /** Whose win rate it is: the owner's own, or the team's when the owner has closed too few. */
      rateFrom: 'owner' | 'team';
      winRate: number;
      wonDeals: number;
      closedDeals: number;
      target: number;
      /** Won by the owner within the goal's period already. */
      booked: number;
      start: DayNumber;
      end: DayNumber;
      needed: number;
      open: number;
      openDeals: number;
      /** Open pipeline ÷ needed: 1 is exactly enough. */
      coverage: number;
      /** How much more open pipeline it takes; 0 when covered. */
      gap: number;
    };

/** What the owner's pipeline says about the goal, or why it says nothing. */
export function pipelineNeed(model: WorkbookModel, input: NeedInput): PipelineNeed {
  if (input.unit !== 'currency') return { kind: 'not-money' };
  const deals = model.tables('pipeline').flatMap((t) => t.rows);
  if (deals.length === 0) return { kind: 'no-pipeline' };
  const owner = input.owner.trim();
  if (!owner) return { kind: 'no-owner' };
  if (input.target === undefined || input.deadline === undefined) return { kind: 'not-money' };
  const end = input.deadline;
  const start = periodStart({ row: 0, cells: [] }, input.analysis, end);
  const mine = ownerPipeline(deals, owner, { start, end });
  const team = mine.winRate === undefined ? teamPipeline(deals, { start, end }) : mine;
  if (team.winRate === undefined || team.winRate === 0)
    return { kind: 'no-rate', closedDeals: team.wonDeals + team.lostDeals };
  const needed = requiredPipeline(input.target, team.winRate, mine.won);
  return {
    kind: 'need',
    rateFrom: team === mine ? 'owner' : 'team',
    winRate: team.winRate,
    wonDeals: team.wonDeals,
    closedDeals: team.wonDeals + team.lostDeals,
    target: input.target,
    booked: mine.won,
    start,
    end,
    needed,
    open: mine.open,
    openDeals: mine.openDeals,
    coverage: needed > 0 ? mine.open / needed : Infinity,
    gap: Math.max(0, needed - mine.open),
  };
}

import { nameKey } from '../../ground/keys';
import type { Deal } from '../../sheets/kinds/pipeline';
import type { DayNumber } from '../../ground/values';

/** What one owner's deals say about a revenue goal: booked so far, how often they win, what is open. */
export interface OwnerPipeline {
  /** Amounts of won deals closed within the period. */
  won: number;
  /** Won and lost deals over all time, whatever their close date. */
  wonDeals: number;
  lostDeals: number;
  /** wonDeals / (wonDeals + lostDeals); undefined with fewer closed deals than asked for. */
  winRate?: number;
  /** Sum of the open deals' amounts (a deal with no amount adds nothing). */
  open: number;
  openDeals: number;
}

export interface OwnerPipelineOptions {
  /** First and last day of the goal's period; won deals closed outside it do not count as booked. */
  start: DayNumber;
  end: DayNumber;
  /** Closed deals needed before a win rate is given. Default 5. */
  minimumClosed?: number;
}

/** Aggregates an owner's deals. Pure: reads the deals, nothing else. */
export function ownerPipeline(
  deals: Iterable<Deal>,
  owner: string,
  options: OwnerPipelineOptions,
): OwnerPipeline {
  const key = nameKey(owner);
  return tally(deals, options, (deal) => deal.owner !== undefined && nameKey(deal.owner) === key);
}

/**
 * The same aggregate over every deal, whoever owns it: the team's win rate stands in for an owner
 * who has closed too few deals to have a rate of their own (a new rep, a new territory).
 */
export function teamPipeline(deals: Iterable<Deal>, options: OwnerPipelineOptions): OwnerPipeline {
  return tally(deals, options, () => true);
}

function tally(
  deals: Iterable<Deal>,
  options: OwnerPipelineOptions,
  counts: (deal: Deal) => boolean,
): OwnerPipeline {
  const result: OwnerPipeline = { won: 0, wonDeals: 0, lostDeals: 0, open: 0, openDeals: 0 };
  for (const deal of deals) {
    if (deal.stage === undefined || !counts(deal)) continue;
    const closed = deal.stage.closed;
    if (closed === 'won') {
      result.wonDeals++;
      const day = deal.closeDate;
      if (day !== undefined && day >= options.start && day <= options.end) result.won += deal.amount ?? 0;
    } else if (closed === 'lost') {
      result.lostDeals++;
    } else {
      result.openDeals++;
      result.open += deal.amount ?? 0;
    }
  }
  const closedDeals = result.wonDeals + result.lostDeals;
  if (closedDeals > 0 && closedDeals >= (options.minimumClosed ?? 5)) {
    result.winRate = result.wonDeals / closedDeals;
  }
  return result;
}

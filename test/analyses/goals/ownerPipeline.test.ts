import type { Deal } from '../../../shared/sheets/kinds/pipeline';
import type { StageInfo } from '../../../shared/sheets/stages';
import { ownerPipeline } from '../../../shared/analyses/goals/ownerPipeline';

const stage = (name: string, closed?: 'won' | 'lost'): StageInfo => ({
  name,
  index: 0,
  ...(closed && { closed }),
});
const deal = (
  owner: string | undefined,
  s: StageInfo | undefined,
  amount?: number,
  closeDate?: number,
): Deal => ({ row: 2, cells: [], owner, stage: s, amount, closeDate }) as Deal;

const WON = stage('Won', 'won');
const LOST = stage('Lost', 'lost');
const OPEN = stage('Proposal');
const period = { start: 100, end: 200 };

describe('ownerPipeline', () => {
  it('sums won revenue within the period, open amounts, and the all-time win rate', () => {
    const deals = [
      deal('Maya Chen', WON, 1000, 150),
      deal('maya  chen ', WON, 500, 50), // won before the period: counts for the rate, not the revenue
      deal('MAYA CHEN', LOST, 300, 120),
      deal('Maya Chen', LOST, 300, 120),
      deal('Maya Chen', LOST, 300, 250),
      deal('Maya Chen', OPEN, 4000),
      deal('Maya Chen', OPEN), // no amount adds nothing
      deal('Luis', WON, 9999, 150),
      deal(undefined, OPEN, 9999),
      deal('Maya Chen', undefined, 9999), // unknown stage is neither open nor closed
    ];
    expect(ownerPipeline(deals, 'maya chen', period)).toEqual({
      won: 1000,
      wonDeals: 2,
      lostDeals: 3,
      winRate: 0.4,
      open: 4000,
      openDeals: 2,
    });
  });

  it('gives no win rate below the minimum of closed deals', () => {
    const deals = [deal('Ann', WON, 10, 150), deal('Ann', LOST, 10, 150)];
    expect(ownerPipeline(deals, 'Ann', period).winRate).toBeUndefined();
    expect(ownerPipeline(deals, 'Ann', { ...period, minimumClosed: 2 }).winRate).toBe(0.5);
  });

  it('includes both ends of the period', () => {
    const deals = [deal('Ann', WON, 1, 100), deal('Ann', WON, 2, 200), deal('Ann', WON, 4, 201)];
    expect(ownerPipeline(deals, 'Ann', period).won).toBe(3);
  });

  it('is empty for an owner with no deals', () => {
    expect(ownerPipeline([], 'Nobody', period)).toEqual({
      won: 0,
      wonDeals: 0,
      lostDeals: 0,
      open: 0,
      openDeals: 0,
    });
  });
});

/**
 * The execution math behind the custom functions, on plain numbers: working back from a target
 * through closing ratios to the pipeline and activity it takes. Argument checking lives in the
 * catalog; these only compute.
 */

/** Whole deals: 12.000000001 deals from floating-point noise is still 12. */
export function roundUp(n: number): number {
  return Math.ceil(n - 1e-9);
}

/** Open pipeline value needed to close what is left of the target at this win rate. */
export function requiredPipeline(target: number, winRate: number, booked: number): number {
  return Math.max(0, target - booked) / winRate;
}

export function requiredDeals(
  target: number,
  averageDealSize: number,
  winRate: number,
  booked: number,
): number {
  return roundUp(requiredPipeline(target, winRate, booked) / averageDealSize);
}

/**
 * Works back from the target through each stage-to-stage conversion rate (top of funnel first):
 * what must enter each stage, top first, ending with the target itself.
 */
export function reverseFunnel(target: number, conversionRates: number[]): number[] {
  const needed = [target];
  for (let i = conversionRates.length - 1; i >= 0; i--) needed.unshift(needed[0] / conversionRates[i]);
  return needed;
}

export function pipelineCoverage(openAmounts: number[], target: number, booked: number): number {
  return openAmounts.reduce((sum, n) => sum + n, 0) / (target - booked);
}

/** Revenue per day: how much value the pipeline turns into won business each day. */
export function salesVelocity(
  opportunities: number,
  averageDealSize: number,
  winRate: number,
  cycleDays: number,
) {
  return (opportunities * averageDealSize * winRate) / cycleDays;
}

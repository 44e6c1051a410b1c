import { dedupe, findAll, quoteList } from './text';
import type { Criterion, Evidence, GrowthDriver } from './types';
import { DRIVER_CUES } from './vocabulary';

interface Cue {
  driver: GrowthDriver;
  label: string;
  evidence: Evidence;
}

/**
 * R: which of the five growth drivers the goal serves. A goal often touches more than one ("win
 * new logos at a 30% margin"); the cue that comes first names the driver, since a goal states its
 * aim before its conditions, and the others are reported too.
 */
export function judgeRelevant(goal: string): { criterion: Criterion; driver?: GrowthDriver } {
  const cues: Cue[] = DRIVER_CUES.flatMap(({ driver, label, pattern }) =>
    findAll(goal, pattern).map((evidence) => ({ driver, label, evidence })),
  ).sort((a, b) => a.evidence.start - b.evidence.start);
  if (cues.length === 0) {
    return {
      criterion: {
        letter: 'R',
        pass: false,
        evidence: [],
        reason:
          'not tied to a growth driver: no mention of new customers, products and services (cross-selling, upselling), market expansion, profitability (margin, pricing, discounts) or brand-building (referrals, reviews, awareness)',
      },
    };
  }
  const driver = cues[0].driver;
  const byDriver = new Map<string, Evidence[]>();
  for (const cue of cues) byDriver.set(cue.label, [...(byDriver.get(cue.label) ?? []), cue.evidence]);
  const [main, ...others] = [...byDriver.entries()].map(([label, spans]) => `${label} (${quoteList(spans)})`);
  const also = others.length > 0 ? `; also touches ${others.join(', ')}` : '';
  return {
    criterion: {
      letter: 'R',
      pass: true,
      evidence: dedupe(cues.map((c) => c.evidence)),
      reason: `serves ${main}${also}`,
    },
    driver,
  };
}

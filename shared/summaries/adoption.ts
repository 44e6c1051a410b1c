import type { AdoptionStage } from '../ground/adoption';
import { nameKey } from '../ground/keys';
import type { DayNumber } from '../ground/values';
import type { AdoptionTable } from '../sheets/kinds/adoption';

export interface StageMember {
  person: string;
  row: number;
  /** Days from the "since" date to the as-of date; undefined without a readable date. */
  days?: number;
}

export interface InitiativeSummary {
  /** The change as first written. */
  change: string;
  stages: Record<AdoptionStage, StageMember[]>;
  /** People whose Stage cell is blank or names none of the four stages. */
  unknown: (StageMember & { stageText?: string })[];
  /** Everyone on the initiative. */
  people: number;
}

/**
 * Per initiative, in the order the sheet first names it, who is in each stage and for how long.
 * Changes are grouped whatever their case or spacing. Pure: it reads the table only.
 */
export function adoptionSummary(table: AdoptionTable, asOf: DayNumber): InitiativeSummary[] {
  const byChange = new Map<string, InitiativeSummary>();
  for (const r of table.rows) {
    if (r.change === undefined || r.person === undefined) continue;
    const key = nameKey(r.change);
    let summary = byChange.get(key);
    if (!summary) {
      summary = {
        change: r.change,
        stages: { Consideration: [], Contemplation: [], Introduction: [], Adoption: [] },
        unknown: [],
        people: 0,
      };
      byChange.set(key, summary);
    }
    const member: StageMember = { person: r.person, row: r.row };
    if (r.since !== undefined && r.since <= asOf) member.days = asOf - r.since;
    if (r.stage) summary.stages[r.stage].push(member);
    else summary.unknown.push(r.stageText === undefined ? member : { ...member, stageText: r.stageText });
    summary.people++;
  }
  return [...byChange.values()];
}

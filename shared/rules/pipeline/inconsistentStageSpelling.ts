import { defineRule } from '../../engine/rule';
import { normalizeHeader } from '../../ground/keys';
import { noOptions, plural } from '../util';
import { cellOf, setCellFix } from '../../sheets/table';

export const inconsistentStageSpelling = defineRule({
  meta: {
    id: 'pipeline/inconsistent-stage-spelling',
    category: 'pipeline',
    defaultSeverity: 'info',
    description: 'One stage is written several ways ("Closed Won", "closed won", "Closed-Won").',
    docs:
      'Pipelint reads "Closed Won", "closed won" and "Closed-Won" as one stage, but a pivot table, a filter or ' +
      'a COUNTIF does not: each spelling becomes its own row of the report. Each deal whose stage differs from ' +
      "the stage's most common spelling only by case, spaces or punctuation is reported, with a fix that " +
      'writes the common spelling.',
    options: noOptions,
    columns: { pipeline: { onlyWith: ['stage'] } },
  },
  create(context) {
    /**
     * Per stage spelling that is not its stage's commonest, the commonest one and how many deals use
     * it; worked out once per table before the rows, so a row costs one lookup.
     */
    let respell = new Map<string, Respelling>();
    return {
      pipeline: {
        table(table) {
          const spellings = new Map<string, Map<string, number>>();
          // An index loop: this runs once, unoptimised, and a for-of made an iterator result a row.
          for (let i = 0; i < table.rows.length; i++) {
            const deal = table.rows[i];
            if (!deal.stage || deal.stageText === undefined) continue;
            const key = normalizeHeader(deal.stageText);
            let counts = spellings.get(key);
            if (!counts) spellings.set(key, (counts = new Map()));
            counts.set(deal.stageText, (counts.get(deal.stageText) ?? 0) + 1);
          }
          respell = new Map();
          for (const counts of spellings.values()) {
            if (counts.size < 2) continue;
            const common = commonest(counts);
            for (const text of counts.keys())
              if (text !== common.text)
                respell.set(text, {
                  text: common.text,
                  // Worked out once per spelling, and shared by every deal written that way.
                  message: `Stage "${text}" is written "${common.text}" on ${plural(common.count, 'other deal')}; one spelling keeps filters and pivot tables whole`,
                  title: `Change to "${common.text}"`,
                });
          }
        },
        row(deal, table) {
          if (!deal.stage || deal.stageText === undefined) return;
          const common = respell.get(deal.stageText);
          if (common === undefined) return;
          const location = cellOf(table, deal, 'stage');
          context.report({
            row: deal,
            location,
            message: common.message,
            fixes: [setCellFix(table, deal, 'stage', common.title, common.text, true, location)],
          });
        },
      },
    };
  },
});

/** A spelling of a stage that is not its commonest, and what is reported where it is used. */
interface Respelling {
  /** The commonest spelling. */
  text: string;
  message: string;
  /** The fix's title. */
  title: string;
}

/** The spelling most deals use; the first seen of those tied. */
function commonest(counts: ReadonlyMap<string, number>): { text: string; count: number } {
  let text = '';
  let count = 0;
  for (const [spelling, n] of counts) {
    if (n > count) {
      text = spelling;
      count = n;
    }
  }
  return { text, count };
}

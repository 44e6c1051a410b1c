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
    /** Per stage key, per spelling, how many deals use it; counted once per table before the rows. */
    let spellings = new Map<string, Map<string, number>>();
    const commonest = (key: string) => {
      let best = '';
      let n = 0;
      for (const [text, count] of spellings.get(key) ?? []) if (count > n) [best, n] = [text, count];
      return { text: best, count: n };
    };
    return {
      pipeline: {
        table(table) {
          spellings = new Map();
          for (const deal of table.rows) {
            if (!deal.stage || deal.stageText === undefined) continue;
            const key = normalizeHeader(deal.stageText);
            let counts = spellings.get(key);
            if (!counts) spellings.set(key, (counts = new Map()));
            counts.set(deal.stageText, (counts.get(deal.stageText) ?? 0) + 1);
          }
        },
        row(deal, table) {
          if (!deal.stage || deal.stageText === undefined) return;
          const key = normalizeHeader(deal.stageText);
          if ((spellings.get(key)?.size ?? 0) < 2) return;
          const common = commonest(key);
          if (common.text === deal.stageText) return;
          context.report({
            row: deal,
            location: cellOf(table, deal, 'stage'),
            message: `Stage "${deal.stageText}" is written "${common.text}" on ${plural(common.count, 'other deal')}; one spelling keeps filters and pivot tables whole`,
            fixes: [setCellFix(table, deal, 'stage', `Change to "${common.text}"`, common.text, true)],
          });
        },
      },
    };
  },
});

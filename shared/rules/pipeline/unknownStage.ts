import { defineRule } from '../../engine/rule';
import { isFurtherLine } from '../../sheets/kinds/pipeline';
import { noOptions, onceEach, orList } from '../util';
import { cellOf, setCellFix } from '../../sheets/table';

export const unknownStage = defineRule({
  meta: {
    id: 'pipeline/unknown-stage',
    category: 'pipeline',
    defaultSeverity: 'error',
    description: 'A deal is in a stage the pipeline does not define.',
    docs:
      'Stage limits, win rates and forecasts all count deals per stage, so a stage spelt two ways splits the ' +
      'count and a made-up stage drops out of it. Stages are matched ignoring case, spaces and punctuation; ' +
      'anything else is reported, with the nearest defined stage offered as a fix. Without a "stages" list in ' +
      "the config, the stages are learnt from the sheet's own stage column, and only a value that is rare and " +
      'close to another stage (a misspelling) is reported.',
    options: noOptions,
    columns: { pipeline: { requires: ['stage'] } },
  },
  create(context) {
    const stages = context.model.stages;
    const fact = stages.configured
      ? `is not one of the configured stages (${orList(stages.names())})`
      : stages.origin === 'inferred'
        ? 'looks like a misspelling: it is rare and close to another stage'
        : 'is not a stage Pipelint knows; list your own in the config\'s "stages"';
    // A misspelt stage is usually misspelt the same way on many rows: one search, one message and
    // one fix title per spelling, shared by every deal written that way.
    const verdictOf = onceEach((text: string) => {
      const guess = stages.suggest(text);
      return {
        message: `Stage "${text}" ${fact}${guess ? `; did you mean "${guess.name}"?` : ''}`,
        guess: guess && { name: guess.name, title: `Change to "${guess.name}"` },
      };
    });
    return {
      pipeline: {
        row(deal, table) {
          if (isFurtherLine(deal)) return;
          if (deal.stageText === undefined || deal.stage) return;
          const { message, guess } = verdictOf(deal.stageText);
          const location = cellOf(table, deal, 'stage');
          context.report({
            row: deal,
            location,
            message,
            fixes: guess ? [setCellFix(table, deal, 'stage', guess.title, guess.name, true, location)] : [],
          });
        },
      },
    };
  },
});

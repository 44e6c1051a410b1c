import { defineRule } from '../../engine/rule';
import { isOpen, isFurtherLine } from '../../sheets/kinds/pipeline';
import { noOptions, onceEach } from '../util';
import { cellOf } from '../../sheets/table';

export const missingNextStep = defineRule({
  meta: {
    id: 'pipeline/missing-next-step',
    category: 'pipeline',
    defaultSeverity: 'info',
    description: 'An open deal has no next step written down.',
    docs:
      'An open deal without an agreed next step is drifting: nothing is scheduled that would move it ' +
      'forward. Writing the next step down (who does what, by when) is the cheapest stall prevention there ' +
      'is. This rule only runs when the sheet has a next-step column, since not every team tracks one.',
    options: noOptions,
    columns: { pipeline: { requires: ['stage'], onlyWith: ['nextStep'] } },
  },
  create(context) {
    // One message per stage, shared by every deal it is about: a big sheet has tens of thousands.
    const messageFor = onceEach(
      (stage: string) => `No next step for an open deal in ${stage}; note what happens next and when`,
    );
    return {
      pipeline: {
        row(deal, table) {
          if (isFurtherLine(deal)) return;
          if (!isOpen(deal) || deal.nextStep !== undefined) return;
          context.report({
            row: deal,
            location: cellOf(table, deal, 'nextStep'),
            message: messageFor(deal.stage!.name),
          });
        },
      },
    };
  },
});

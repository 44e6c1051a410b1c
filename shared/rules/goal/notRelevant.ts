import { defineRule } from '../../engine/rule';
import { closestKey } from '../../ground/suggest';
import { judgeRelevant } from '../../analyses/goals/drivers';
import type { GrowthDriver } from '../../analyses/goals/types';
import type { QuickFix } from '../../ground/types';
import { noOptions, quoted } from '../util';
import { DRIVER_LABELS, hasActiveText, splitFix } from './goalUtil';
import { normalizeHeader } from '../../ground/keys';
import { cellOf, setCellFix } from '../../sheets/table';

/** Common ways a team writes each driver in a Driver cell, normalised (letters and digits only). */
const DRIVER_WORDS: Record<GrowthDriver, string[]> = {
  'new-customers': [
    'newcustomers',
    'newcustomer',
    'customers',
    'customer',
    'customergrowth',
    'growthviacustomers',
    'newclients',
    'clients',
    'newlogos',
    'logos',
    'newbusiness',
    'acquisition',
    'customeracquisition',
    'hunting',
    'newaccounts',
  ],
  'products-services': [
    'productsandservices',
    'productsservices',
    'productservices',
    'products',
    'services',
    'product',
    'newproducts',
    'newproductsandservices',
    'growthviaproductsservices',
    'growthviaproductsandservices',
    'crossselling',
    'crosssell',
    'upselling',
    'upsell',
    'productsincrossselling',
    'farming',
    'expansionrevenue',
  ],
  'market-expansion': [
    'marketexpansion',
    'newmarkets',
    'newmarket',
    'markets',
    'market',
    'expansion',
    'newsegments',
    'segments',
    'newregions',
    'newterritories',
    'growthviamarketexpansion',
    'verticals',
    'geography',
  ],
  profitability: [
    'profitability',
    'profit',
    'profits',
    'margin',
    'margins',
    'marginmanagement',
    'pricing',
    'growthviaprofitability',
    'profitabilityandmargin',
    'profitabilitymargin',
    'costofsale',
    'roi',
  ],
  brand: [
    'brandbuilding',
    'brand',
    'branding',
    'buildbrand',
    'growthviabrandbuilding',
    'differentiation',
    'awareness',
    'reputation',
    'referrals',
  ],
};

const WORD_INDEX = new Map<string, GrowthDriver>(
  Object.entries(DRIVER_WORDS).flatMap(([driver, words]) =>
    words.map((w) => [w, driver as GrowthDriver] as const),
  ),
);
const ALL_WORDS = [...WORD_INDEX.keys()];
const FIVE = Object.values(DRIVER_LABELS).join(', ');

/** The driver a Driver cell names: a known wording, else the cues a goal's text is read with. */
export function driverOfCell(text: string): GrowthDriver | undefined {
  return WORD_INDEX.get(normalizeHeader(text)) ?? judgeRelevant(text).driver;
}

export const notRelevant = defineRule({
  meta: {
    id: 'goal/not-relevant',
    category: 'goals',
    defaultSeverity: 'info',
    description: 'A goal is not tied to one of the five growth drivers, or its Driver cell names none.',
    docs:
      'Sales goals earn their place by serving the strategy, and a growth strategy has five levers: winning ' +
      'new customers, selling more products and services (cross-selling included), expanding into new ' +
      'markets, improving profitability and margin, and building the brand. A goal that serves none of them ' +
      'is busywork, however well it is worded; naming the driver also shows whether the goals lean on one ' +
      'lever. With a Driver column, each cell must name one of the five (common wordings such as "cross-sell" ' +
      'or "margin" are accepted, and a misspelt one gets a fix to the nearest); an empty cell gets a fix when ' +
      "the goal's text implies a driver. Without the column, a goal fails only when its text implies none.",
    options: noOptions,
    columns: { goals: { onlyWith: ['goal'] } },
  },
  create(context) {
    const { asOf } = context.config;
    return {
      goals: {
        row(goal, table) {
          if (!hasActiveText(goal)) return;
          const analysis = context.model.goalAnalysis(goal);
          const implied = analysis.driver;
          const split = splitFix(table, goal, asOf);
          if (table.columns.driver === undefined) {
            if (analysis.criteria.R.pass) return;
            context.report({
              row: goal,
              location: cellOf(table, goal, 'goal'),
              message: `Goal ${quoted(goal.text)} serves none of the five growth drivers (${FIVE}); say which one it moves`,
              fixes: split,
            });
            return;
          }
          if (goal.problems?.some((p) => p.column === table.columns.driver)) return;
          const location = cellOf(table, goal, 'driver');
          if (goal.driverText === undefined) {
            const fixes: QuickFix[] = implied
              ? [
                  setCellFix(
                    table,
                    goal,
                    'driver',
                    `Set Driver to ${DRIVER_LABELS[implied]}`,
                    DRIVER_LABELS[implied],
                  ),
                ]
              : [];
            const hint = implied
              ? `; the text points to ${DRIVER_LABELS[implied]} (${quoted(analysis.criteria.R.evidence[0].text)})`
              : `; name one of ${FIVE}`;
            context.report({
              row: goal,
              location,
              message: `Driver is empty${hint}`,
              fixes: [...fixes, ...split],
            });
            return;
          }
          if (driverOfCell(goal.driverText) !== undefined) return;
          const nearKey = closestKey(normalizeHeader(goal.driverText), ALL_WORDS);
          const nearest = nearKey ? WORD_INDEX.get(nearKey) : implied;
          const fixes: QuickFix[] = nearest
            ? [
                setCellFix(
                  table,
                  goal,
                  'driver',
                  `Change Driver to ${DRIVER_LABELS[nearest]}`,
                  DRIVER_LABELS[nearest],
                ),
              ]
            : [];
          const hint = nearest ? `; did you mean ${DRIVER_LABELS[nearest]}?` : '';
          context.report({
            row: goal,
            location,
            message: `Driver ${quoted(goal.driverText)} is not one of the five growth drivers (${FIVE})${hint}`,
            fixes: [...fixes, ...split],
          });
        },
      },
    };
  },
});

import type { CellValue } from '../../ground/types';
import type { DayNumber } from '../../ground/values';
import type { StageInfo } from '../stages';

/**
 * A pipeline row: the deal record every pipeline rule reads. Kept apart from the pipeline's reader
 * so that what the reader builds on it (deal listings) can name it without a cycle.
 */
export const PIPELINE_FIELDS = [
  'deal',
  'owner',
  'stage',
  'status',
  'isWon',
  'isClosed',
  'amount',
  'created',
  'stageDate',
  'closeDate',
  'lastActivity',
  'nextStep',
  'source',
  'probability',
  'product',
  'account',
  'ignore',
] as const;
export type PipelineField = (typeof PIPELINE_FIELDS)[number];

/** A value that could not be read as its column's type. */
export interface ValueProblem {
  column: number;
  field?: PipelineField;
  reason: string;
}

export const DATE_FIELDS = ['created', 'stageDate', 'closeDate', 'lastActivity'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/** One pipeline row, read once and shared by every rule. */
export interface Deal {
  /** 1-based sheet row. */
  row: number;
  cells: CellValue[];
  id?: string;
  owner?: string;
  stageText?: string;
  stage?: StageInfo;
  amount?: number;
  created?: DayNumber;
  stageDate?: DayNumber;
  closeDate?: DayNumber;
  lastActivity?: DayNumber;
  nextStep?: string;
  source?: string;
  probability?: number;
  product?: string;
  account?: string;
  /** Rule ids listed in the row's "Lint ignore" cell; `*` silences every rule. */
  ignore?: string[];
  problems?: ValueProblem[];
  /** Set when an earlier row of the sheet has the same deal id: a further line, or a duplicate. */
  listing?: Listing;
}

/**
 * Every field present from the start, unset ones as undefined: all deals then share one object
 * shape, so the rules' property reads stay fast and a deal is one allocation. Fields added as found
 * gave a dozen shapes and measurably slower lints on 100k+ rows.
 */
export function newDeal(row: number, cells: CellValue[]): Deal {
  return {
    row,
    cells,
    id: undefined,
    owner: undefined,
    stageText: undefined,
    stage: undefined,
    amount: undefined,
    created: undefined,
    stageDate: undefined,
    closeDate: undefined,
    lastActivity: undefined,
    nextStep: undefined,
    source: undefined,
    probability: undefined,
    product: undefined,
    account: undefined,
    ignore: undefined,
    problems: undefined,
    listing: undefined,
  };
}

export function isOpen(deal: Deal): boolean {
  return deal.stage !== undefined && deal.stage.closed === undefined;
}

/**
 * A deal id on several rows. Order exports and quote sheets list a deal once per product, so the
 * rows of one deal that agree on everything about the deal and differ in what was sold are one
 * deal with lines. A row that says something else about the deal (another owner, stage or close
 * date), or repeats a row whole, is a duplicate.
 */
export interface Listing {
  /** The deal's first row. */
  first: Deal;
  /** True when this row is a further line of the deal: only its line fields differ. */
  line: boolean;
  /** The first deal-level field this row and the first row fill in differently. */
  conflict?: ConflictField;
  /** An earlier row of the deal this one repeats in every line field. */
  repeats?: Deal;
}

/** What belongs to the deal, not to a line: two rows of one deal must agree on these. */
export const DEAL_LEVEL_FIELDS = [
  'owner',
  'stage',
  'closeDate',
  'created',
  'stageDate',
  'account',
  'source',
  'probability',
] as const;
export type ConflictField = (typeof DEAL_LEVEL_FIELDS)[number] | 'amount';

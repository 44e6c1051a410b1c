import type { PipelintConfig } from '../../../shared/engine/config';

/** Shared by the rule tables that judge deals by how far through the stages they are. */
export const DEAL_HEADER = ['Deal', 'Owner', 'Stage', 'Amount', 'Close date'];

export const LEAD_TO_WON: PipelintConfig['stages'] = [
  { name: 'Lead' },
  { name: 'Qualified' },
  { name: 'Proposal' },
  { name: 'Won', closed: 'won' },
  { name: 'Lost', closed: 'lost' },
];

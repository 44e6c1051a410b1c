import { normalizeHeader } from './headers';
import { closestKey } from './suggest';

export interface StageConfig {
  name: string;
  aliases?: string[];
  maxDays?: number;
  probability?: number;
  closed?: 'won' | 'lost';
}

export interface StageInfo extends StageConfig {
  /** Position in the configured order; closed stages sort last. */
  index: number;
}

/** Used when a config names no stages: the usual stage words, so most sheets lint with no set-up. */
export const DEFAULT_STAGES: readonly StageConfig[] = [
  { name: 'Lead', aliases: ['New', 'Inbound'] },
  { name: 'Prospecting', aliases: ['Prospect'] },
  { name: 'Qualification', aliases: ['Qualified', 'Qualifying'] },
  { name: 'Discovery' },
  { name: 'Engaging', aliases: ['Engaged'] },
  { name: 'Needs Analysis', aliases: ['Needs Assessment'] },
  { name: 'Demo', aliases: ['Demonstration'] },
  { name: 'Proposal', aliases: ['Proposal Sent', 'Quote', 'Quoted'] },
  { name: 'Negotiation', aliases: ['Negotiating'] },
  { name: 'Commit', aliases: ['Verbal Commit', 'Contracting'] },
  { name: 'Won', aliases: ['Closed Won', 'Win', 'Booked'], closed: 'won' },
  { name: 'Lost', aliases: ['Closed Lost', 'Dead', 'Disqualified'], closed: 'lost' },
];

/** Resolves stage text (any case, spacing or alias) to the configured stage. */
export class StageModel {
  readonly stages: readonly StageInfo[];
  private readonly byKey = new Map<string, StageInfo>();
  private readonly keys: string[];

  constructor(
    stages: readonly StageConfig[],
    /** True when the list is the built-in default rather than the user's own. */
    readonly isDefault: boolean,
  ) {
    this.stages = stages.map((s, index) => ({ ...s, index }));
    for (const stage of this.stages) {
      for (const word of [stage.name, ...(stage.aliases ?? [])]) this.byKey.set(normalizeHeader(word), stage);
    }
    this.keys = [...this.byKey.keys()];
  }

  resolve(text: string): StageInfo | undefined {
    return this.byKey.get(normalizeHeader(text));
  }

  /** The configured stage a misspelt one most likely means, when it is close enough to say so. */
  suggest(text: string): StageInfo | undefined {
    const best = closestKey(normalizeHeader(text), this.keys);
    return best === undefined ? undefined : this.byKey.get(best);
  }

  names(): string[] {
    return this.stages.map((s) => s.name);
  }
}

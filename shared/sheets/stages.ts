import { normalizeHeader } from '../ground/keys';
import { closestKey } from '../ground/suggest';

export interface StageConfig {
  name: string;
  aliases?: string[];
  maxDays?: number;
  probability?: number;
  closed?: 'won' | 'lost';
  /** A stage every deal must pass through: `pipeline/stage-skipped` reports a move past it. */
  required?: boolean;
}

export interface StageInfo extends StageConfig {
  /** Position in the configured order; closed stages sort last. */
  index: number;
}

/**
 * Used when a config names no stages: the usual stage words, so most sheets lint with no set-up.
 * The probabilities are common rules of thumb, used only where no better ones are given.
 */
export const DEFAULT_STAGES: readonly StageConfig[] = [
  { name: 'Lead', aliases: ['New', 'Inbound'], probability: 0.05 },
  { name: 'Prospecting', aliases: ['Prospect', 'Contacted', 'Contact Made'], probability: 0.1 },
  { name: 'Qualification', aliases: ['Qualified', 'Qualifying'], probability: 0.2 },
  { name: 'Discovery', probability: 0.25 },
  { name: 'Engaging', aliases: ['Engaged'], probability: 0.3 },
  { name: 'Needs Analysis', aliases: ['Needs Assessment'], probability: 0.3 },
  { name: 'Demo', aliases: ['Demonstration'], probability: 0.4 },
  { name: 'Proposal', aliases: ['Proposal Sent', 'Quote', 'Quoted'], probability: 0.5 },
  { name: 'Negotiation', aliases: ['Negotiating'], probability: 0.7 },
  { name: 'Commit', aliases: ['Verbal Commit', 'Contracting'], probability: 0.9 },
  { name: 'Won', aliases: ['Closed Won', 'Win', 'Booked', 'Signed'], closed: 'won', probability: 1 },
  {
    name: 'Lost',
    aliases: ['Closed Lost', 'Lose', 'Dead', 'Disqualified', 'Apology', 'Rejected'],
    closed: 'lost',
    probability: 0,
  },
];

/**
 * Where a stage list comes from: the user's config, the workbook's own stage column (when the
 * config names none), or the built-in list (when there is nothing to learn from).
 */
export type StageOrigin = 'config' | 'inferred' | 'default';

/** Resolves stage text (any case, spacing or alias) to the configured stage. */
export class StageModel {
  readonly stages: readonly StageInfo[];
  private readonly byKey = new Map<string, StageInfo>();
  private readonly keys: string[];

  constructor(
    stages: readonly StageConfig[],
    readonly origin: StageOrigin,
    /** Values known to be misspellings, by normalised text → the stage name they mean. */
    private readonly corrections: ReadonlyMap<string, string> = new Map(),
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

  /** The stage a misspelt one most likely means, when it is close enough to say so. */
  suggest(text: string): { name: string } | undefined {
    const key = normalizeHeader(text);
    const corrected = this.corrections.get(key);
    if (corrected !== undefined) return { name: corrected };
    const best = closestKey(key, this.keys);
    return best === undefined ? undefined : this.byKey.get(best);
  }

  /** Whether the list is the user's own, from the config. */
  get configured(): boolean {
    return this.origin === 'config';
  }

  names(): string[] {
    return this.stages.map((s) => s.name);
  }
}

/** The config's stages, or the built-in list until the workbook's own are learnt. */
export function stageModelOf(stages: readonly StageConfig[] | undefined): StageModel {
  return stages ? new StageModel(stages, 'config') : new StageModel(DEFAULT_STAGES, 'default');
}

import type { LanguageWords } from './types';
import { SPANISH } from './es';
import { PORTUGUESE } from './pt';
import { FRENCH } from './fr';
import { GERMAN } from './de';
import { ITALIAN } from './it';

/** Every language whose header and stage words Pipelint knows besides English. */
export const LANGUAGES: readonly LanguageWords[] = [SPANISH, PORTUGUESE, FRENCH, GERMAN, ITALIAN];

/** A kind's English header words with every language's words for the same fields added. */
export function withLanguages<F extends string>(
  kindId: string,
  english: Readonly<Record<F, readonly string[]>>,
): Record<F, readonly string[]> {
  const merged = {} as Record<F, readonly string[]>;
  for (const field of Object.keys(english) as F[]) {
    const words = LANGUAGES.flatMap((l) => l.headers[kindId]?.[field] ?? []);
    merged[field] = [...new Set([...english[field], ...words])];
  }
  return merged;
}

/** Every language's won (or lost) stage words. */
export function stageWords(kind: 'won' | 'lost'): string[] {
  return LANGUAGES.flatMap((l) => l[kind]);
}

/** Every language's words for one built-in stage, by its English name. */
export function stageAliases(name: string): string[] {
  return LANGUAGES.flatMap((l) => l.stages[name] ?? []);
}

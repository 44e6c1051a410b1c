import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate a mistyped key most likely means, or undefined when none is close enough to be
 * worth saying "did you mean". Keys are compared as given; callers normalise them first.
 */
export function closestKey(key: string, candidates: readonly string[]): string | undefined {
  if (!key || candidates.length === 0) return undefined;
  const best = closest(key, candidates as string[]);
  return distance(key, best) <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

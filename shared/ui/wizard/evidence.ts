/**
 * The goal sentence cut into runs of text, each with the SMART letters whose evidence covers it,
 * so the pane can underline the words each verdict rests on. The analysis gives each piece of
 * evidence as character offsets into the sentence; this only lays them side by side.
 */
import { SMART_LETTERS, type Criterion, type SmartLetter } from '../../analyses/goals/types';

export interface Run {
  text: string;
  start: number;
  /** The letters whose evidence covers the run, in S, M, A, R, T order; empty for plain words. */
  letters: SmartLetter[];
}

/**
 * Runs covering the whole text, in order, neighbours with the same letters merged. A span that
 * does not match the text at its offsets (a sentence edited since it was analysed) is skipped
 * rather than underlining the wrong words.
 */
export function evidenceRuns(text: string, criteria: Partial<Record<SmartLetter, Criterion>>): Run[] {
  const spans = SMART_LETTERS.flatMap((letter) =>
    (criteria[letter]?.evidence ?? [])
      .filter((e) => e.start < e.end && e.end <= text.length && text.slice(e.start, e.end) === e.text)
      .map((e) => ({ letter, start: e.start, end: e.end })),
  );
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const runs: Run[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const letters = SMART_LETTERS.filter((letter) =>
      spans.some((s) => s.letter === letter && s.start <= start && s.end >= end),
    );
    const last = runs[runs.length - 1];
    if (last && last.letters.join() === letters.join()) last.text += text.slice(start, end);
    else runs.push({ text: text.slice(start, end), start, letters });
  }
  return runs;
}

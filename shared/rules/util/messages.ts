import { formatDay, type DayNumber } from '../../ground/values';

/** A day as messages write it: ISO, the one form no reader takes the wrong way round. */
export const day = (d: DayNumber): string => formatDay(d);

/** "Negotiation, Proposal or Won" */
export function orList(items: readonly string[], max = 8): string {
  const shown = items.slice(0, max);
  const more = items.length > max ? `, ... (${items.length - max} more)` : '';
  if (shown.length <= 1) return shown.join('') + more;
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}${more}`;
}

/** `"Sell more"`, shortened when long, for messages. */
export function quoted(text: string, max = 60): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return `"${t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t}"`;
}

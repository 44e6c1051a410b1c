import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Light or dark for a CSS colour ("#292929", "rgb(41, 41, 41)"), by its relative luminance;
 * undefined when the text is no colour this reads.
 */
export function schemeOfColor(color: string): 'light' | 'dark' | undefined {
  const text = color.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text);
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(text);
  let channels: number[];
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    channels = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  } else if (rgb) channels = rgb.slice(1, 4).map(Number);
  else return undefined;
  const [r, g, b] = channels.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4 ? 'dark' : 'light';
}

/**
 * The colour scheme of the Fluent theme around an element. Native controls (a date input's
 * calendar button and picker) follow `color-scheme`, not Fluent's tokens: without it they stay
 * light in a dark Excel or a dark playground, and the calendar icon all but disappears.
 */
export function useThemeScheme(ref: RefObject<HTMLElement>): 'light' | 'dark' | undefined {
  const [scheme, setScheme] = useState<'light' | 'dark'>();
  useLayoutEffect(() => {
    const el = ref.current;
    if (el) setScheme(schemeOfColor(getComputedStyle(el).getPropertyValue('--colorNeutralBackground1')));
  }, [ref]);
  return scheme;
}

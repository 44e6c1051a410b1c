import type { HorizontalBarChartStyles } from '@fluentui/react-charts';

/**
 * Class names for some of a bar chart's parts. The chart merges each part it is given over its own
 * and leaves the rest alone; its type asks for every part, so the partial set is widened here once.
 */
export function barStyles(parts: Partial<HorizontalBarChartStyles>): HorizontalBarChartStyles {
  return parts as HorizontalBarChartStyles;
}

import { makeStyles } from '@fluentui/react-components';
import { HorizontalBarChart, type ChartProps, type HorizontalBarChartStyles } from '@fluentui/react-charts';

const useStyles = makeStyles({
  hidden: { display: 'none' },
  // The chart leaves room under each bar for a title row it is not showing here.
  tight: { marginBottom: 0 },
});

/**
 * One bar of a Fluent bar chart with neither title nor legend: the views write those themselves,
 * beside the bar, where they wrap at a task pane's width. The chart merges the parts it is given
 * over its own styles; its type asks for every part, so the partial set is widened here once.
 */
export function Bar({
  chart,
  height,
  singlePointLegend,
}: {
  chart: ChartProps;
  height: number;
  singlePointLegend?: boolean;
}) {
  const styles = useStyles();
  const parts: Partial<HorizontalBarChartStyles> = {
    chartTitle: styles.hidden,
    legendContainer: styles.hidden,
    items: styles.tight,
  };
  return (
    <HorizontalBarChart
      data={[chart]}
      chartDataMode="hidden"
      barHeight={height}
      showLegendForSinglePointBar={singlePointLegend}
      styles={parts as HorizontalBarChartStyles}
    />
  );
}

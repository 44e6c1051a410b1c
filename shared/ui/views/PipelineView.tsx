import { useMemo } from 'react';
import { Badge, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ChartProps } from '@fluentui/react-charts';
import type { OwnerPipelineView } from './viewModel';
import { STILL_NEEDED_COLOR, stageColor } from './colors';
import { Bar } from './Bar';
import { VIEW_STRINGS as S } from './strings';
import { ColorKey } from './ColorKey';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  owners: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  owner: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  name: { flexGrow: 1, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  short: { color: tokens.colorStatusDangerForeground1 },
});

/** The longest bar any owner needs: open value, or the pipeline their targets need when more. */
export function barScale(owners: readonly OwnerPipelineView[]): number {
  return Math.max(0, ...owners.map((o) => Math.max(o.open, o.required?.needed ?? 0)));
}

/**
 * How much of the pane's width an owner's bar takes, in percent: every bar is drawn to the same
 * scale, so a longer bar is more pipeline, owner to owner. A sliver stays visible.
 */
export function barWidth(o: OwnerPipelineView, scale: number): number {
  const drawn = Math.max(o.open, o.required?.needed ?? 0);
  return scale > 0 ? Math.max(2, (drawn / scale) * 100) : 0;
}

/** One owner's bar: open value per stage, then what is still needed, with the needed total marked. */
export function ownerBar(o: OwnerPipelineView, stageIndex: ReadonlyMap<string, number>): ChartProps {
  const needed = o.required?.needed ?? 0;
  const total = Math.max(o.open, needed);
  const chartData: NonNullable<ChartProps['chartData']> = o.stages.map((s) => ({
    legend: s.stage,
    horizontalBarChartdata: { x: s.value, total },
    color: stageColor(stageIndex.get(s.stage) ?? 0),
    yAxisCalloutData: String(s.value),
  }));
  if (needed > o.open)
    chartData.push({
      legend: S.stillNeeded,
      horizontalBarChartdata: { x: needed - o.open, total },
      color: STILL_NEEDED_COLOR,
    });
  // The chart puts its marker at the first point's `data` against the bar's total.
  if (needed > 0 && chartData.length) chartData[0] = { ...chartData[0], data: needed };
  return { chartTitle: S.barLabel(o.owner), chartData };
}

/** Per owner, open value by stage against the pipeline their targets need, and deals gone quiet or slipped. */
export function PipelineView({ owners, currency }: { owners: OwnerPipelineView[]; currency: string }) {
  const styles = useStyles();
  // Colours follow the stage, not the position in one owner's bar, so Proposal is one colour throughout.
  const stageIndex = useMemo(() => {
    const names = new Map<string, number>();
    for (const o of owners) for (const s of o.stages) if (!names.has(s.stage)) names.set(s.stage, names.size);
    return names;
  }, [owners]);
  const hasNeeded = owners.some((o) => o.required && o.required.needed > o.open);
  const scale = barScale(owners);
  return (
    <div className={styles.root}>
      <Caption1 className={styles.muted}>{S.pipelineNote}</Caption1>
      <ColorKey
        label={S.viewTitles.pipeline}
        items={[
          ...[...stageIndex].map(([stage, i]) => ({ text: stage, color: stageColor(i) })),
          ...(hasNeeded ? [{ text: S.stillNeeded, color: STILL_NEEDED_COLOR }] : []),
        ]}
      />
      <ul className={styles.owners}>
        {owners.map((o) => (
          <li key={o.owner} className={styles.owner} data-owner={o.owner}>
            <span className={styles.head}>
              <Text weight="semibold" className={styles.name} truncate wrap={false} title={o.owner}>
                {o.owner}
              </Text>
              {o.stalled > 0 && (
                <Badge appearance="tint" color="warning" title={S.stalledTitle}>
                  {S.stalled(o.stalled)}
                </Badge>
              )}
              {o.slipped > 0 && (
                <Badge appearance="tint" color="danger" title={S.slippedTitle}>
                  {S.slipped(o.slipped)}
                </Badge>
              )}
            </span>
            {(o.open > 0 || o.required) && scale > 0 ? (
              // The chart draws a bar across its box: the box's width puts the bars on one scale.
              <div style={{ width: `${barWidth(o, scale)}%` }}>
                <Bar chart={ownerBar(o, stageIndex)} height={14} />
              </div>
            ) : null}
            <Caption1>{S.openValue(o.open, o.openDeals, currency)}</Caption1>
            {o.required && (
              <Caption1>
                {S.required(o.required.needed, currency)}
                {' · '}
                <span className={o.required.needed > o.open ? styles.short : undefined}>
                  {o.required.needed > o.open ? S.shortBy(o.required.needed - o.open, currency) : S.covered}
                </span>
                <br />
                <span className={styles.muted}>{S.requiredDetail(o.required, currency)}</span>
              </Caption1>
            )}
            {o.noWinRate && <Caption1 className={styles.muted}>{S.noWinRate}</Caption1>}
          </li>
        ))}
      </ul>
    </div>
  );
}

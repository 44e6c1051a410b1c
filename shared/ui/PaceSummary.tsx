import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1,
  Text,
  makeStyles,
  tokens,
  type BadgeProps,
} from '@fluentui/react-components';
import type { PaceVerdict } from '../analyses/execution/pace';
import type { OwnerPathSummary } from '../summaries';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  steps: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalXS },
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

const VERDICT_COLORS: Record<PaceVerdict, BadgeProps['color']> = {
  behind: 'danger',
  close: 'warning',
  'on-pace': 'success',
  'too-early': 'informative',
};

/** Per owner, each execution-path step's pace: milestones first, as the summary orders them. */
export function PaceSummary({ owners, currency }: { owners: OwnerPathSummary[]; currency: string }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={STRINGS.paceTitle} data-testid="pace">
      <Text weight="semibold">{STRINGS.paceTitle}</Text>
      <Accordion multiple collapsible>
        {owners.map((o) => {
          const behind = o.steps.filter((s) => s.verdict === 'behind').length;
          return (
            <AccordionItem key={o.owner} value={o.owner}>
              <AccordionHeader size="small">{STRINGS.paceOwner(o.owner, behind)}</AccordionHeader>
              <AccordionPanel>
                <ul className={styles.steps}>
                  {o.steps.map((s) => (
                    <li key={`${s.sheet}!${s.row}`} className={styles.step}>
                      <span className={styles.line}>
                        <Badge appearance="tint" color={VERDICT_COLORS[s.verdict]}>
                          {STRINGS.paceVerdict[s.verdict]}
                        </Badge>
                        <Text truncate wrap={false} title={s.step}>
                          {s.step}
                        </Text>
                      </span>
                      <Caption1 className={styles.muted}>{STRINGS.paceStep(s, currency)}</Caption1>
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
}

import { useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CellLocation, Diagnostic, QuickFix } from '../ground/types';
import { diagnosticKey, PAGE_SIZE, type SheetGroup } from './model';
import { ProblemRow } from './ProblemRow';
import { SeverityIcon } from './SeverityIcon';
import { STRINGS } from './strings';
import { groupDigits } from '../ground/words';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    minWidth: 0,
  },
  sheet: {
    fontWeight: tokens.fontWeightSemibold,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  counts: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    marginLeft: 'auto',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  count: { display: 'inline-flex', alignItems: 'center', gap: '2px' },
  panel: { margin: 0 },
  list: { margin: 0, padding: 0 },
  more: { margin: `${tokens.spacingVerticalXS} 0` },
});

export interface ProblemListProps {
  groups: SheetGroup[];
  busy: boolean;
  /** Per rule, how many problems shown have a suggested fix. */
  kindCounts: ReadonlyMap<string, number>;
  ignorable(diagnostic: Diagnostic): boolean;
  /** The stage "Add to stages" would add for this problem, if it is about an unlisted stage. */
  newStage(diagnostic: Diagnostic): string | undefined;
  onAddStage(stage: string): void;
  onSelect(location: CellLocation): void;
  onFix(fix: QuickFix): void;
  onFixKind(ruleId: string): void;
  onIgnore(diagnostic: Diagnostic): void;
  /** The current problem, by key, and whether it should take the focus. */
  current?: { key: string; focus: boolean };
  /** The one row the Tab key stops at: the current one, else the first. */
  tabStop?: string;
  onArrow(diagnostic: Diagnostic, key: string): void;
}

function GroupHeader({ group }: { group: SheetGroup }) {
  const styles = useStyles();
  const severities = (['error', 'warning', 'info', 'hint'] as const).filter((s) => group.counts[s] > 0);
  return (
    <span className={styles.header}>
      <span className={styles.sheet}>{group.sheet}</span>
      <span className={styles.counts} aria-hidden>
        {severities.map((s) => (
          <span key={s} className={styles.count}>
            <SeverityIcon severity={s} />
            {groupDigits(group.counts[s])}
          </span>
        ))}
      </span>
    </span>
  );
}

/** Shows a sheet's problems a page at a time, so a sheet with 100k problems still opens at once. */
function GroupRows({
  group,
  busy,
  kindCounts,
  ignorable,
  newStage,
  current,
  tabStop,
  ...handlers
}: Omit<ProblemListProps, 'groups'> & { group: SheetGroup }) {
  const styles = useStyles();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const rest = group.diagnostics.length - limit;
  return (
    <>
      <ul className={styles.list} aria-label={STRINGS.groupLabel(group.sheet, group.diagnostics.length)}>
        {group.diagnostics.slice(0, limit).map((d) => (
          <ProblemRow
            key={diagnosticKey(d)}
            diagnostic={d}
            busy={busy}
            kindCount={kindCounts.get(d.ruleId) ?? 0}
            ignorable={ignorable(d)}
            newStage={newStage(d)}
            current={current?.key === diagnosticKey(d) ? current : undefined}
            tabStop={tabStop === diagnosticKey(d)}
            {...handlers}
          />
        ))}
      </ul>
      {rest > 0 && (
        <Button
          className={styles.more}
          size="small"
          appearance="subtle"
          onClick={() => setLimit(limit + PAGE_SIZE)}
        >
          {STRINGS.showMore(Math.min(rest, PAGE_SIZE))}
        </Button>
      )}
    </>
  );
}

/** Problems grouped by sheet, every sheet open at first; collapsing one keeps the others. */
export function ProblemList({ groups, ...rest }: ProblemListProps) {
  const styles = useStyles();
  const [closed, setClosed] = useState<Set<string>>(new Set());
  const open = groups.map((g) => g.sheet).filter((s) => !closed.has(s));
  return (
    <Accordion
      multiple
      collapsible
      openItems={open}
      onToggle={(_, data) =>
        setClosed((prev) => {
          const next = new Set(prev);
          if (next.has(String(data.value))) next.delete(String(data.value));
          else next.add(String(data.value));
          return next;
        })
      }
    >
      {groups.map((group) => (
        <AccordionItem key={group.sheet} value={group.sheet}>
          <AccordionHeader
            size="small"
            button={{ 'aria-label': STRINGS.groupLabel(group.sheet, group.diagnostics.length) }}
          >
            <GroupHeader group={group} />
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <GroupRows group={group} {...rest} />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

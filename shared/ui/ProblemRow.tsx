import { memo, useEffect, useRef } from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { CellLocation, Diagnostic, QuickFix, RelatedLocation } from '../ground/types';
import { RELATED_SHOWN } from './model';
import { RuleInfo } from './RuleInfo';
import { SeverityIcon } from './SeverityIcon';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
  },
  row: {
    listStyleType: 'none',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  // A real button, unstyled, so the whole problem is one click or Enter to select its cell.
  main: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalXS,
    alignItems: 'start',
    width: '100%',
    padding: 0,
    border: 'none',
    background: 'none',
    textAlign: 'left',
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusSmall,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  address: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  message: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
  },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    paddingLeft: '20px',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  fixes: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    paddingLeft: '20px',
    marginTop: '2px',
  },
  // Read out by screen readers, hidden on screen where the narrow pane has no room for labels.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  who: { minWidth: 0, maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  dot: { margin: `0 ${tokens.spacingHorizontalXS}` },
  fix: { maxWidth: '100%', minWidth: 0, justifyContent: 'flex-start', textAlign: 'left' },
  related: { margin: 0, paddingLeft: '20px', listStyleType: 'none', fontSize: tokens.fontSizeBase200 },
  relatedLink: {
    minWidth: 0,
    height: 'auto',
    padding: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
  },
  relatedNote: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

/**
 * The other cells a problem points at (the first copy of a duplicate, each earlier close date),
 * as VS Code lists related information: each address selects its cell.
 */
function RelatedCells({
  related,
  tabStop,
  onSelect,
}: {
  related: RelatedLocation[];
  tabStop: boolean;
  onSelect(location: CellLocation): void;
}) {
  const styles = useStyles();
  const shown = related.slice(0, RELATED_SHOWN);
  return (
    <ul className={styles.related} aria-label={STRINGS.relatedLabel}>
      {shown.map((r, i) => (
        <li key={`${r.location.address}-${i}`}>
          <Button
            appearance="transparent"
            size="small"
            className={styles.relatedLink}
            tabIndex={tabStop ? 0 : -1}
            aria-label={STRINGS.selectRelated(r.location.address, r.message)}
            onClick={() => onSelect(r.location)}
          >
            {r.location.address}
          </Button>{' '}
          <span className={styles.relatedNote}>{r.message}</span>
        </li>
      ))}
      {related.length > shown.length && (
        <li className={styles.relatedNote}>{STRINGS.moreRelated(related.length - shown.length)}</li>
      )}
    </ul>
  );
}

/**
 * "Acme renewal · Ana", kept on one line (cut with an ellipsis when long) so an owner never wraps
 * away from its deal. The labels are for screen readers and hover; the pane has no room to show them.
 */
function DealOwner({ deal, owner }: { deal?: string; owner?: string }) {
  const styles = useStyles();
  if (deal === undefined && owner === undefined) return null;
  const title = [deal && `${STRINGS.dealLabel}: ${deal}`, owner && `${STRINGS.ownerLabel}: ${owner}`]
    .filter(Boolean)
    .join(', ');
  return (
    <span className={styles.who} title={title}>
      {deal !== undefined && (
        <>
          <span className={styles.hidden}>{STRINGS.dealLabel}: </span>
          {deal}
        </>
      )}
      {deal !== undefined && owner !== undefined && (
        <span aria-hidden className={styles.dot}>
          ·
        </span>
      )}
      {owner !== undefined && (
        <>
          <span className={styles.hidden}>{STRINGS.ownerLabel}: </span>
          {owner}
        </>
      )}
    </span>
  );
}

export interface ProblemRowProps {
  diagnostic: Diagnostic;
  busy: boolean;
  /** How many problems of this rule shown have a suggested fix: "Fix all" appears above one. */
  kindCount: number;
  /** Whether a Lint ignore cell can silence this problem. */
  ignorable: boolean;
  /** The stage "Add to stages" would add, for a problem about a stage the settings do not list. */
  newStage?: string;
  onAddStage(stage: string): void;
  onSelect(location: CellLocation): void;
  onFix(fix: QuickFix): void;
  onFixKind(ruleId: string): void;
  onIgnore(diagnostic: Diagnostic): void;
  /** Set when this is the current problem; `focus` when it should take the keyboard focus. */
  current?: { focus: boolean };
  /** Whether Tab stops here: one row of the list does, the arrow keys move between them. */
  tabStop: boolean;
  onArrow(diagnostic: Diagnostic, key: string): void;
}

/** One problem: icon and message (selects the cell); address, rule, deal, owner; related cells; then its fixes. */
export const ProblemRow = memo(function ProblemRow({
  diagnostic: d,
  busy,
  kindCount,
  ignorable,
  newStage,
  onAddStage,
  onSelect,
  onFix,
  onFixKind,
  onIgnore,
  current,
  tabStop,
  onArrow,
}: ProblemRowProps) {
  const styles = useStyles();
  const mainRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!current) return;
    mainRef.current?.scrollIntoView?.({ block: 'nearest' });
    if (current.focus) mainRef.current?.focus();
  }, [current]);
  const preferred = d.fixes?.some((f) => f.preferred) ?? false;
  const actions = (d.fixes?.length ?? 0) > 0 || ignorable || newStage !== undefined;
  return (
    <li
      className={mergeClasses(styles.row, current && styles.current)}
      data-address={d.location.address}
      data-rule={d.ruleId}
      aria-current={current ? 'true' : undefined}
    >
      <button
        ref={mainRef}
        type="button"
        tabIndex={tabStop ? 0 : -1}
        onKeyDown={(e) => {
          if (['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) {
            e.preventDefault();
            onArrow(d, e.key);
          }
        }}
        className={styles.main}
        aria-label={STRINGS.selectCell(d.location.address, d.severity, d.message)}
        onClick={() => onSelect(d.location)}
      >
        <SeverityIcon severity={d.severity} />
        <span className={styles.message}>{d.message}</span>
      </button>
      {/* The address leads the line under the message: beside it, a sheet name would squeeze the message at 320 px. */}
      <div className={styles.meta}>
        <span className={styles.address}>{d.location.address}</span>
        <RuleInfo ruleId={d.ruleId} />
        <DealOwner deal={d.deal} owner={d.owner} />
      </div>
      {d.related && d.related.length > 0 && (
        <RelatedCells related={d.related} tabStop={tabStop} onSelect={onSelect} />
      )}
      {actions && (
        <div className={styles.fixes} role="group" aria-label={STRINGS.fixesLabel(d.location.address)}>
          {d.fixes?.map((fix) => (
            <Button
              key={fix.title}
              size="small"
              appearance={fix.preferred ? 'primary' : 'secondary'}
              className={styles.fix}
              disabledFocusable={busy}
              tabIndex={tabStop ? 0 : -1}
              onClick={() => onFix(fix)}
            >
              {fix.title}
            </Button>
          ))}
          {preferred && kindCount > 1 && (
            <Button
              size="small"
              className={styles.fix}
              disabledFocusable={busy}
              tabIndex={tabStop ? 0 : -1}
              title={STRINGS.fixKindTitle(kindCount, d.ruleId)}
              onClick={() => onFixKind(d.ruleId)}
            >
              {STRINGS.fixKind(kindCount)}
            </Button>
          )}
          {newStage !== undefined && (
            <Button
              size="small"
              className={styles.fix}
              disabledFocusable={busy}
              tabIndex={tabStop ? 0 : -1}
              title={STRINGS.addToStagesTitle(newStage)}
              onClick={() => onAddStage(newStage)}
            >
              {STRINGS.addToStages}
            </Button>
          )}
          {ignorable && (
            <Button
              size="small"
              appearance="subtle"
              className={styles.fix}
              disabledFocusable={busy}
              tabIndex={tabStop ? 0 : -1}
              title={STRINGS.ignoreTitle(d.ruleId)}
              onClick={() => onIgnore(d)}
            >
              {STRINGS.ignoreHere}
            </Button>
          )}
        </div>
      )}
    </li>
  );
});

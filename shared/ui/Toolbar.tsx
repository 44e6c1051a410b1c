import { Button, Spinner, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDown16Regular, ArrowUp16Regular, Highlight16Regular } from '@fluentui/react-icons';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface ToolbarProps {
  linting: boolean;
  canLint: boolean;
  writing: boolean;
  preferredCount: number;
  /** Whether there are problems to step through. */
  canStep: boolean;
  onLint(): void;
  onApplyAll(): void;
  onStep(direction: 1 | -1): void;
  /** Whether the cells are marked now; absent when the host cannot mark cells. */
  highlighting?: boolean;
  onHighlight(on: boolean): void;
}

export function Toolbar({
  linting,
  canLint,
  writing,
  preferredCount,
  canStep,
  onLint,
  onApplyAll,
  onStep,
  highlighting,
  onHighlight,
}: ToolbarProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <Tooltip content={`${STRINGS.lint} (${STRINGS.lintShortcut})`} relationship="description">
        <Button
          appearance="primary"
          // Focusable while busy, so a keyboard user's focus is not thrown to the page on each lint.
          disabled={!canLint}
          disabledFocusable={linting || writing}
          onClick={onLint}
          icon={linting ? <Spinner size="extra-tiny" aria-hidden /> : undefined}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          {linting ? STRINGS.linting : STRINGS.lint}
        </Button>
      </Tooltip>
      {canStep && (
        <>
          <Tooltip content={STRINGS.previousProblem} relationship="label">
            <Button
              appearance="subtle"
              icon={<ArrowUp16Regular />}
              aria-keyshortcuts="Shift+F8"
              onClick={() => onStep(-1)}
            />
          </Tooltip>
          <Tooltip content={STRINGS.nextProblem} relationship="label">
            <Button
              appearance="subtle"
              icon={<ArrowDown16Regular />}
              aria-keyshortcuts="F8"
              onClick={() => onStep(1)}
            />
          </Tooltip>
        </>
      )}
      {highlighting !== undefined && (
        <Tooltip
          content={highlighting ? STRINGS.clearHighlightsTitle : STRINGS.highlightTitle}
          relationship="description"
        >
          <Button
            appearance="subtle"
            icon={<Highlight16Regular />}
            disabledFocusable={linting || writing}
            onClick={() => onHighlight(!highlighting)}
          >
            {highlighting ? STRINGS.clearHighlights : STRINGS.highlight}
          </Button>
        </Tooltip>
      )}
      {preferredCount > 0 && (
        <Tooltip content={STRINGS.applyAllTitle} relationship="description">
          <Button disabledFocusable={linting || writing} onClick={onApplyAll}>
            {STRINGS.applyAll(preferredCount)}
          </Button>
        </Tooltip>
      )}
    </div>
  );
}

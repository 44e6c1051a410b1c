import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { Checkmark12Filled } from '@fluentui/react-icons';
import { WIZARD_STEPS, type WizardStep } from './types';
import { WIZARD } from './strings';

const useStyles = makeStyles({
  // Numbers joined by lines: five names would not fit a 320 px pane, so the heading under the
  // list names the current step, and each number carries its name for screen readers.
  list: {
    display: 'flex',
    alignItems: 'center',
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  item: { display: 'flex', alignItems: 'center', flexGrow: 1, minWidth: 0 },
  last: { flexGrow: 0 },
  line: {
    flexGrow: 1,
    height: tokens.strokeWidthThick,
    margin: `0 ${tokens.spacingHorizontalXS}`,
    backgroundColor: tokens.colorNeutralStroke2,
  },
  lineDone: { backgroundColor: tokens.colorBrandStroke1 },
  dot: {
    flexShrink: 0,
    width: '24px',
    height: '24px',
    boxSizing: 'border-box',
    borderRadius: tokens.borderRadiusCircular,
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: 0,
    fontFamily: 'inherit',
  },
  current: {
    backgroundColor: tokens.colorBrandBackground,
    ...shorthands.borderColor(tokens.colorBrandBackground),
    color: tokens.colorNeutralForegroundOnBrand,
  },
  done: {
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    color: tokens.colorBrandForeground1,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorBrandBackground2 },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '1px',
    },
  },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

export interface StepIndicatorProps {
  current: number;
  /** Goes back to a step already answered. */
  onGo(index: number): void;
}

/** Where the person is in the wizard: steps answered can be gone back to; later ones cannot be skipped to. */
export function StepIndicator({ current, onGo }: StepIndicatorProps) {
  const styles = useStyles();
  return (
    <ol className={styles.list} aria-label={WIZARD.stepsLabel}>
      {WIZARD_STEPS.map((step: WizardStep, i) => {
        const last = i === WIZARD_STEPS.length - 1;
        return (
          <li
            key={step}
            className={mergeClasses(styles.item, last && styles.last)}
            aria-current={i === current ? 'step' : undefined}
          >
            {i < current ? (
              <button
                type="button"
                className={mergeClasses(styles.dot, styles.done)}
                aria-label={WIZARD.stepDone(step)}
                title={WIZARD.stepName(step)}
                onClick={() => onGo(i)}
              >
                <Checkmark12Filled aria-hidden />
              </button>
            ) : (
              <span
                className={mergeClasses(styles.dot, i === current && styles.current)}
                title={WIZARD.stepName(step)}
              >
                <span aria-hidden>{i + 1}</span>
                <span className={styles.hidden}>
                  {i === current ? WIZARD.stepName(step) : WIZARD.stepLater(step)}
                </span>
              </span>
            )}
            {!last && (
              <span aria-hidden className={mergeClasses(styles.line, i < current && styles.lineDone)} />
            )}
          </li>
        );
      })}
    </ol>
  );
}

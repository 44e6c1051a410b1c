import { Caption1, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  legend: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  key: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: { width: '10px', height: '10px', borderRadius: tokens.borderRadiusSmall, flexShrink: 0 },
});

/**
 * A chart's key drawn by the pane itself: the charts' own legends fold into "+2 more" at a task
 * pane's width, and this one wraps instead. The colours are decoration; each label says it all.
 */
export function ColorKey({ label, items }: { label?: string; items: { text: string; color: string }[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.legend} aria-label={label}>
      {items.map((item) => (
        <li key={item.text} className={styles.key}>
          <span className={styles.swatch} style={{ backgroundColor: item.color }} aria-hidden />
          <Caption1>{item.text}</Caption1>
        </li>
      ))}
    </ul>
  );
}

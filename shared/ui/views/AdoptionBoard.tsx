import {
  Button,
  Caption1,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { AdoptionStage } from '../../ground/adoption';
import { movesFor, type BoardCard, type InitiativeBoard } from './viewModel';
import { VIEW_STRINGS as S } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  initiative: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  // As many columns as fit: four side by side in a wide pane, two at a task pane's 320 px.
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(8.5rem, 1fr))',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  column: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    minWidth: 0,
  },
  columnHead: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  cards: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalXS },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2,
    minWidth: 0,
  },
  person: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  move: { alignSelf: 'flex-start', minWidth: 0 },
});

interface BoardProps {
  boards: InitiativeBoard[];
  busy: boolean;
  onMove: (card: BoardCard, to: AdoptionStage) => void;
}

function PersonCard({
  card,
  busy,
  onMove,
}: {
  card: BoardCard;
  busy: boolean;
  onMove: BoardProps['onMove'];
}) {
  const styles = useStyles();
  return (
    <li className={styles.card} data-person={card.person} data-row={card.row}>
      <Text size={200} weight="semibold" className={styles.person}>
        {card.person}
      </Text>
      {card.stage === undefined ? (
        <Caption1 className={styles.muted}>{S.unplacedStage(card.stageText)}</Caption1>
      ) : (
        card.days !== undefined && <Caption1 className={styles.muted}>{S.days(card.days)}</Caption1>
      )}
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button
            size="small"
            appearance="subtle"
            className={styles.move}
            disabled={busy}
            aria-label={S.moveTitle(card.person)}
          >
            {S.moveTo}
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {movesFor(card).map((stage) => (
              <MenuItem key={stage} onClick={() => onMove(card, stage)}>
                {S.moveItem(stage)}
              </MenuItem>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
    </li>
  );
}

/** Per initiative, the four stages of change as columns with the people in each; a card's menu moves them. */
export function AdoptionBoard({ boards, busy, onMove }: BoardProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Caption1 className={styles.muted}>{S.adoptionNote}</Caption1>
      {boards.map((b) => (
        <section
          key={`${b.sheet}\u0000${b.change}`}
          className={styles.initiative}
          aria-label={S.boardLabel(b.change)}
        >
          <Text weight="semibold">{b.change}</Text>
          <div className={styles.columns}>
            {b.columns.map((c) => (
              <section
                key={c.stage}
                className={styles.column}
                aria-label={`${S.stages[c.stage]} (${c.cards.length})`}
                data-stage={c.stage}
              >
                <span className={styles.columnHead}>
                  <Text size={200} weight="semibold">
                    {S.stages[c.stage]} ({c.cards.length})
                  </Text>
                  <Caption1 className={styles.muted}>{S.stageHints[c.stage]}</Caption1>
                </span>
                {c.cards.length ? (
                  <ul className={styles.cards}>
                    {c.cards.map((card) => (
                      <PersonCard key={card.row} card={card} busy={busy} onMove={onMove} />
                    ))}
                  </ul>
                ) : (
                  <Caption1 className={styles.muted}>{S.nobody}</Caption1>
                )}
              </section>
            ))}
          </div>
          {b.unplaced.length > 0 && (
            <section className={styles.column} aria-label={S.unplaced} data-stage="unplaced">
              <Text size={200} weight="semibold">
                {S.unplaced} ({b.unplaced.length})
              </Text>
              <ul className={styles.cards}>
                {b.unplaced.map((card) => (
                  <PersonCard key={card.row} card={card} busy={busy} onMove={onMove} />
                ))}
              </ul>
            </section>
          )}
        </section>
      ))}
    </div>
  );
}

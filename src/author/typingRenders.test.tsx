/**
 * A key typed in the Arabic text re-renders none of the proposal cards: with hundreds of them
 * a key once took ~200 ms to paint. Counted, not timed: each card's renders go through a spy
 * that keeps ProposalCard's own memo (same component, same comparison).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { memo, type ComponentProps } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initTestI18n } from '../testing/i18n';
import AuthorView from './AuthorView';
import type * as ProposalCardModule from './ProposalCard';

const renders = vi.hoisted(() => ({ count: 0 }));

type CardProps = ComponentProps<typeof ProposalCardModule.ProposalCard>;

vi.mock('./ProposalCard', async (importOriginal) => {
  const actual = await importOriginal<typeof ProposalCardModule>();
  // A memo() component is an object holding the function it renders and its comparison.
  const card = actual.ProposalCard as unknown as
    | ((props: CardProps) => React.ReactNode)
    | { type: (props: CardProps) => React.ReactNode; compare: ((a: CardProps, b: CardProps) => boolean) | null };
  const inner = typeof card === 'function' ? card : card.type;
  function CountedCard(props: CardProps) {
    renders.count++;
    return inner(props);
  }
  return {
    ...actual,
    ProposalCard: typeof card === 'function' ? CountedCard : memo(CountedCard, card.compare ?? undefined),
  };
});

const SEED = readFileSync(resolve(process.cwd(), 'src/data/source/000_d9a0021cd5b0ad22.txt'), 'utf8');

describe('typing in the authoring view', () => {
  beforeEach(async () => {
    await initTestI18n('en');
  });

  it('re-renders no proposal card for a key typed in the text', async () => {
    const user = userEvent.setup();
    render(<AuthorView onOpen={vi.fn()} onClose={vi.fn()} />);
    const text = screen.getByLabelText('Arabic text');
    await user.click(text);
    await user.paste(SEED);
    const dateline = screen.getByLabelText('Article date');
    await user.clear(dateline);
    await user.type(dateline, '2021-09-07');
    await user.click(screen.getByRole('button', { name: 'Find dates' }));
    expect(await screen.findAllByRole('article')).not.toHaveLength(0);
    expect(renders.count).toBeGreaterThan(0);

    renders.count = 0;
    await user.type(text, ' و');
    expect(renders.count).toBe(0);
  });
});

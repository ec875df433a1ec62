import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { generateBundle } from '../../bench/synthetic';
import type { Article } from '../model/article';
import { loadBundleValue } from '../model/load';
import { initTestI18n } from '../testing/i18n';
import { Reader, type ReaderProps } from './Reader';
import { loadReaderWindow } from './readerWindowCode';
import { WINDOW_ABOVE } from './windowing';

function articleOf(bundle: unknown): Article {
  const result = loadBundleValue(bundle);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.article;
}

/** The synthetic benchmark bundle: 200 sentences, each mentioned by some of its events. */
const long = articleOf(generateBundle(2_000, 5));

function props(article: Article, overrides: Partial<ReaderProps> = {}): ReaderProps {
  return {
    article,
    selectedId: undefined,
    sentenceId: undefined,
    showTranslation: true,
    onShowTranslation: () => {},
    translationLanguage: undefined,
    translationChoice: undefined,
    onSentence: () => {},
    ...overrides,
  };
}

const items = () => within(screen.getByRole('region', { name: 'Article' })).getAllByRole('listitem');
const drawn = () => items().map((li) => li.getAttribute('data-sentence-id'));
function item(id: string): HTMLElement {
  const found = items().find((li) => li.getAttribute('data-sentence-id') === id);
  if (!found) throw new Error(`${id} is not drawn`);
  return found;
}

/** An event whose (first) evidence is the given sentence. */
function eventOfSentence(article: Article, sentence: string): string {
  const id = article.eventsBySentence.get(sentence)?.[0];
  if (!id) throw new Error(`no event mentions ${sentence}`);
  return id;
}

/** A scrolling panel 600 pixels tall (jsdom lays nothing out, so its size is given). */
function Panel({ children }: { children: ReactNode }) {
  const sized = (element: HTMLDivElement | null) => {
    if (!element) return;
    Object.defineProperty(element, 'clientHeight', { configurable: true, value: 600 });
    Object.defineProperty(element, 'clientWidth', { configurable: true, value: 400 });
  };
  return (
    <div ref={sized} data-testid="panel" style={{ overflowY: 'auto' }}>
      {children}
    </div>
  );
}

// As the app does before it shows a long article (app/bundleSource.ts).
beforeAll(() => Promise.all([initTestI18n('en'), loadReaderWindow()]));

describe('Reader of a long article', () => {
  it('has more sentences than are drawn at once', () => {
    expect(long.sentences.length).toBeGreaterThan(WINDOW_ABOVE);
  });

  // Both places a reader can be: its own scrolling panel (wide screens) and the page (narrow ones).
  describe.each([
    ['in a scrolling panel', true],
    ['in the page', false],
  ])('%s', (_name, panel) => {
    const reader = (p: ReaderProps) => (panel ? <Panel><Reader {...p} /></Panel> : <Reader {...p} />);
    const renderReader = (p: ReaderProps) => render(reader(p));

    it('draws only a window of the sentences, placed in a list as tall as all of them', () => {
      renderReader(props(long));
      const ids = drawn();
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.length).toBeLessThan(40);
      expect(ids[0]).toBe('s0');
      expect(items()[0]).toHaveAttribute('aria-setsize', String(long.sentences.length));
      expect(items()[0]).toHaveAttribute('aria-posinset', '1');
    });

    it('draws and marks the sentence of an event selected far down, and the chosen sentence', () => {
      const far = 's190';
      const event = eventOfSentence(long, far);
      const { rerender } = renderReader(props(long));
      expect(drawn()).not.toContain(far);
      rerender(reader(props(long, { selectedId: event })));
      expect(item(far)).toHaveAttribute('data-evidence', 'true');
      expect(item(far).innerHTML).toContain('<mark>');

      rerender(reader(props(long, { sentenceId: 's150' })));
      expect(within(item('s150')).getByRole('button')).toHaveAttribute('aria-pressed', 'true');
    });

    it('keeps a focused sentence drawn, and its button works', async () => {
      const onSentence = vi.fn();
      renderReader(props(long, { onSentence }));
      const button = within(item('s3')).getByRole('button');
      await userEvent.click(button);
      expect(onSentence).toHaveBeenCalledWith('s3');
      expect(button).toHaveFocus();
      // Scrolled far away, the window moves on, but the focused sentence stays.
      act(() => {
        const scroller = panel ? screen.getByTestId('panel') : window;
        Object.defineProperty(scroller, panel ? 'scrollTop' : 'scrollY', { configurable: true, value: 15_000 });
        scroller.dispatchEvent(new Event('scroll'));
      });
      expect(drawn()).not.toContain('s0');
      expect(drawn()).toContain('s160');
      expect(button).toBeInTheDocument();
      expect(button).toHaveFocus();
    });
  });
});

describe('Reader of a short article', () => {
  it('draws every sentence', () => {
    const short = articleOf(generateBundle(20, 1));
    const few = { ...short, sentences: short.sentences.slice(0, 16) };
    render(<Reader {...props(few)} />);
    expect(drawn()).toHaveLength(16);
    expect(items()[0]).not.toHaveAttribute('aria-setsize');
  });
});

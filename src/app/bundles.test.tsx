import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleShown, renderApp } from '../testing/appHarness';

const FIXTURE = readFileSync(resolve(process.cwd(), 'e2e/fixtures/short-article.bundle.json'), 'utf8');
const errorScreen = () => screen.findByRole('region', { name: 'This bundle cannot be opened' });

describe('loading other articles', () => {
  it('renders a bundle given by ?bundle=', async () => {
    await renderApp('?lang=en&bundle=/bundles/short.json', { bundles: { '/bundles/short.json': FIXTURE } });
    await articleShown();
    expect(screen.getAllByRole('button').some((b) => b.hasAttribute('data-event-id'))).toBe(true);
    expect(screen.queryByText(/Xi and Rahmon/)).not.toBeInTheDocument();
  });

  it('lists every problem of an invalid bundle with its path', async () => {
    const broken = JSON.parse(FIXTURE) as { events: { start: string; evidence: { phrase: string }[] }[] };
    broken.events[0]!.start = '2024-02-30';
    broken.events[1]!.evidence[0]!.phrase = 'كلمات ليست في الجملة';
    await renderApp('?lang=en&bundle=/bundles/broken.json', {
      bundles: { '/bundles/broken.json': JSON.stringify(broken) },
    });
    const region = await errorScreen();
    const items = within(region).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('events[0].start');
    expect(items[0]).toHaveTextContent('is not a real date');
    expect(items[1]).toHaveTextContent('events[1].evidence[0].phrase');
  });

  it('names the kinds of value a field should have and has, in words', async () => {
    await renderApp('?lang=en&bundle=/bundles/kinds.json', { bundles: { '/bundles/kinds.json': '{"foo":1,"events":"x"}' } });
    const region = await errorScreen();
    expect(region).toHaveTextContent('should be a list, but is text');
    expect(region).not.toHaveTextContent('valueKind');
  });

  it('says in plain words that a file is not JSON', async () => {
    await renderApp('?lang=en&bundle=/bundles/text.json', { bundles: { '/bundles/text.json': 'hello, not json' } });
    const region = await errorScreen();
    expect(region).toHaveTextContent('This is not JSON, so it cannot be a bundle');
  });

  it('names the whole file in words of the interface’s language, not as a left-to-right path', async () => {
    await renderApp('?lang=ar&bundle=/bundles/text.json', { bundles: { '/bundles/text.json': 'hello, not json' } });
    const region = await screen.findByRole('region', { name: 'تعذّر فتح هذه الحزمة' });
    const where = within(region).getByText('الملف');
    expect(where.tagName).not.toBe('CODE');
    expect(where).not.toHaveAttribute('dir');
  });

  it('says plainly when the bundle lacks the reader’s language, and shows English instead', async () => {
    // The short fixture has English and Arabic titles and an English translation only.
    await renderApp('?lang=zh&bundle=/bundles/short.json&event=race-2024', { bundles: { '/bundles/short.json': FIXTURE } });
    const { events } = JSON.parse(FIXTURE) as { events: { id: string; title: Record<string, string> }[] };
    const panel = await screen.findByRole('region', { name: '详情' });
    const title = within(panel).getByRole('heading', { name: events.find((e) => e.id === 'race-2024')?.title['en'] ?? '' });
    expect(title).toHaveAttribute('lang', 'en');
    expect(title).toHaveAttribute('dir', 'ltr');
    expect(panel).toHaveTextContent(/暂无中文版本，现以英语显示。/);
    expect(panel).toHaveTextContent(/此数据包没有中文译文，现以英语显示。/);
  });

  it('falls back to Arabic where English is missing too', async () => {
    const bundle = JSON.parse(FIXTURE) as { events: { id: string; title: Record<string, string> }[] };
    const event = bundle.events.find((e) => e.id === 'race-2024');
    if (!event) throw new Error('the fixture has no race-2024');
    delete event.title['en'];
    // Its own address: the app keeps a bundle it has read by its address.
    await renderApp('?lang=ru&bundle=/bundles/short-ar.json&event=race-2024', {
      bundles: { '/bundles/short-ar.json': JSON.stringify(bundle) },
    });
    const panel = await screen.findByRole('region', { name: 'Подробности' });
    const title = within(panel).getByText(event.title['ar'] ?? '');
    expect(title).toHaveAttribute('lang', 'ar');
    // Right to left inside the left-to-right interface, so its punctuation stays at its end.
    expect(title).toHaveAttribute('dir', 'rtl');
  });

  it('refuses a bundle from another site without fetching it', async () => {
    await renderApp('?lang=en&bundle=https://example.com/x.json');
    const region = await errorScreen();
    expect(region).toHaveTextContent('Zaman opens bundles from this site only');
    expect(globalThis.fetch).not.toHaveBeenCalledWith(expect.objectContaining({ href: 'https://example.com/x.json' }), expect.anything());
  });

  it('goes back to the embedded article from the error screen', async () => {
    await renderApp('?lang=en&bundle=/bundles/text.json', { bundles: { '/bundles/text.json': '{' } });
    const region = await errorScreen();
    await userEvent.click(within(region).getByRole('link', { name: 'Back to the embedded article' }));
    await articleShown();
    expect(window.location.search).not.toContain('bundle=');
    expect(screen.getByRole('button', { name: /Tajikistan proclaims independence/ })).toBeInTheDocument();
  });

  it('shows markup in a bundle as text, never as HTML', async () => {
    const bundle = JSON.parse(FIXTURE) as { events: { title: Record<string, string> }[] };
    bundle.events[0]!.title.en = '<img src=x onerror="alert(1)">Race';
    await renderApp('?lang=en&event=race-date-announced&bundle=/bundles/markup.json', {
      bundles: { '/bundles/markup.json': JSON.stringify(bundle) },
    });
    await articleShown();
    expect(screen.getAllByText('<img src=x onerror="alert(1)">Race').length).toBeGreaterThan(0);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});

describe('opening a file', () => {
  it('opens a bundle chosen with the file button', async () => {
    await renderApp('?lang=en');
    await articleShown();
    const input = screen.getByLabelText('Open a bundle…', { selector: 'input' });
    await userEvent.upload(input, new File([FIXTURE], 'short.json', { type: 'application/json' }));
    expect(await screen.findByText(/Opened from the file “short.json”/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Tajikistan proclaims independence/ })).not.toBeInTheDocument();
  });

  it('refuses a 20 MB file before reading it, with its size', async () => {
    await renderApp('?lang=en');
    await articleShown();
    const input = screen.getByLabelText('Open a bundle…', { selector: 'input' });
    const big = new File([new Uint8Array(20 * 1024 * 1024)], 'big.json', { type: 'application/json' });
    await userEvent.upload(input, big);
    const region = await errorScreen();
    expect(region).toHaveTextContent('The file is 20 MB, more than the 19 MB a bundle may have');
  });
});

describe('a bundle of 10,000 events', () => {
  it('shows the details of an event selected by link, from the list', async () => {
    const { generateBundle } = await import('../../bench/synthetic');
    const bundle = generateBundle(10_000, 3);
    const chosen = bundle.events[4321];
    if (!chosen) throw new Error('the generator made fewer events');
    await renderApp(`?lang=en&view=list&event=${chosen.id}&bundle=/bundles/big.json`, {
      bundles: { '/bundles/big.json': JSON.stringify(bundle) },
    });
    const details = await screen.findByRole('region', { name: 'Details' }, { timeout: 15_000 });
    const title = chosen.title.en ?? chosen.title.ar ?? '';
    expect(within(details).getByRole('heading', { level: 3, name: title })).toBeInTheDocument();
    expect(await screen.findByRole('table')).toHaveTextContent('10,000 events');
  }, 30_000);
});

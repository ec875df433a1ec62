import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { articleShown, renderApp, SEED_TEXT } from '../testing/appHarness';
import { aBundleText, anEvent, aRelativeGrounding } from '../testing/bundleBuilders';

const details = () => screen.getByRole('region', { name: /details/i });
const marker = (name: RegExp) => screen.getByRole('button', { name });
/** The details panel's title: the one level-3 heading that carries data-details-title. */
const detailsTitle = () =>
  within(details())
    .getAllByRole('heading', { level: 3 })
    .find((h) => h.hasAttribute('data-details-title'));
const eventIdsDrawn = () =>
  new Set(
    screen
      .getAllByRole('button')
      .filter((b) => b.hasAttribute('data-event-id'))
      .map((b) => b.getAttribute('data-event-id')),
  );

describe('selecting an event', () => {
  it('shows an event’s details when its marker is clicked', async () => {
    await renderApp('?lang=en');
    await articleShown();
    await userEvent.click(marker(/Tajikistan proclaims independence/));
    expect(detailsTitle()).toHaveTextContent('Tajikistan proclaims independence');
    expect(details()).toHaveTextContent('9 September 1991');
    expect(window.location.search).toContain('event=tajikistan-independence-1991');
  });

  it('zooms into a cluster when it is clicked, until its events are drawn one by one', async () => {
    await renderApp('?lang=en');
    await articleShown();
    const before = eventIdsDrawn();
    const cluster = screen.getAllByRole('button').find((b) => b.hasAttribute('data-cluster-count'));
    if (!cluster) throw new Error('the fit-all view of the seed has a cluster');
    await userEvent.click(cluster);
    const revealed = [...eventIdsDrawn()].filter((id) => !before.has(id));
    expect(revealed.length).toBeGreaterThan(0);
  });

  it('marks the selected marker as pressed', async () => {
    await renderApp('?lang=en&event=fall-of-kabul');
    await articleShown();
    expect(marker(/Kabul falls to the Taliban/)).toHaveAttribute('aria-pressed', 'true');
  });

  it('moves between events in time order with the arrow keys and selects with Enter', async () => {
    await renderApp('?lang=en');
    await articleShown();
    const first = marker(/Tajikistan proclaims independence/);
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(marker(/Diplomatic relations established/)).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(detailsTitle()).toHaveTextContent('Diplomatic relations established');
    // Space selects too, as on any button.
    await userEvent.keyboard('{ArrowLeft}');
    expect(first).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(detailsTitle()).toHaveTextContent('Tajikistan proclaims independence');
    expect(first).toHaveAttribute('aria-pressed', 'true');
  });

  it('clears the selection with Escape', async () => {
    await renderApp('?lang=en&event=fall-of-kabul');
    await articleShown();
    marker(/Kabul falls to the Taliban/).focus();
    await userEvent.keyboard('{Escape}');
    expect(window.location.search).not.toContain('event=');
    expect(details()).toHaveTextContent(/Select an event/);
  });

  it('gives every marker a name with its title and date, and its event id', async () => {
    await renderApp('?lang=en');
    await articleShown();
    const independence = marker(/Tajikistan proclaims independence/);
    expect(independence).toHaveAccessibleName(/9 September 1991/);
    expect(independence).toHaveAttribute('data-event-id', 'tajikistan-independence-1991');
  });
});

describe('the key to the timeline', () => {
  it('says what each kind of mark means, one disclosure away, in the interface’s language', async () => {
    await renderApp('?lang=en');
    await articleShown();
    const key = screen.getByRole('list', { name: 'How to read the timeline' });
    expect(key).not.toBeVisible();
    await userEvent.click(screen.getByText('How to read the timeline'));
    expect(key).toBeVisible();
    const entries = within(key).getAllByRole('listitem');
    expect(entries.map((li) => li.textContent)).toEqual([
      'A day',
      'From one day to another',
      'A month or a year, known no more precisely',
      'An approximate date',
      'An uncertain date',
      'An anniversary, joined to the event it marks',
      'Events close together: open to zoom in',
      'The article’s date, which phrases such as “next year” are counted from',
    ]);
  });

  it('is in Arabic in the Arabic interface', async () => {
    await renderApp('?lang=ar');
    await articleShown();
    expect(screen.getByText('كيف تقرأ الخط الزمني')).toBeInTheDocument();
  });
});

describe('the details panel', () => {
  it('says a stated date is stated in the article', async () => {
    await renderApp('?lang=en&event=xi-rahmon-phone-call-2021-09-07');
    await articleShown();
    expect(details()).toHaveTextContent('Stated in the article');
  });

  it('shows how a relative date was counted, with the arithmetic', async () => {
    await renderApp('?lang=en&event=diplomatic-relations-30th-anniversary');
    await articleShown();
    const panel = details();
    expect(panel).toHaveTextContent('“next year” counted from the article’s date, 7 September 2021: 2021 + 1 = 2022');
    expect(within(panel).getByText('2022')).toBeInTheDocument();
  });

  it('says a range still under way at the article’s date went on after it, without a second end', async () => {
    await renderApp('?lang=en&event=belt-and-road-cooperation');
    await articleShown();
    expect(within(details()).getByText('7 September 2013 – 7 September 2021 and beyond')).toBeInTheDocument();
  });

  it('counts an anniversary from the event it marks', async () => {
    await renderApp('?lang=en&event=tajikistan-independence-30th-anniversary');
    await articleShown();
    expect(details()).toHaveTextContent(/counted from Tajikistan proclaims independence, 9 September 1991: 1991 \+ 30 = 2021/);
  });

  describe('counts back in time and by nothing in words, not as "+ -1" or "+ 0"', () => {
    // The sample's dateline is 16 April 2019.
    const counted = aBundleText({
      events: [
        anEvent({ id: 'last-year', start: '2018', grounding: aRelativeGrounding({ gloss: { en: 'last year' }, offset: { years: -1 } }) }),
        anEvent({ id: 'last-month', start: '2019-03', grounding: aRelativeGrounding({ gloss: { en: 'last month' }, offset: { months: -1 } }) }),
        anEvent({ id: 'this-year', start: '2019', grounding: aRelativeGrounding({ gloss: { en: 'this year' }, offset: { years: 0 } }) }),
        anEvent({ id: 'today', start: '2019-04-16', grounding: aRelativeGrounding({ gloss: { en: 'today' }, offset: { days: 0 } }) }),
      ],
    });
    const open = async (lang: string, id: string) => {
      await renderApp(`?lang=${lang}&bundle=/bundles/counted.json&event=${id}`, { bundles: { '/bundles/counted.json': counted } });
      await articleShown();
      return (await screen.findByText(/counted from the article’s date|بالعدّ من تاريخ المقال/)).textContent;
    };

    it.each([
      ['last-year', '“last year” counted from the article’s date, 16 April 2019: 2019 − 1 = 2018'],
      ['last-month', '“last month” counted from the article’s date, 16 April 2019: 16 April 2019 − 1 month = March 2019'],
      ['this-year', '“this year” counted from the article’s date, 16 April 2019: the same year, 2019'],
      ['today', '“today” counted from the article’s date, 16 April 2019: the same day'],
    ])('%s', async (id, sentence) => {
      expect(await open('en', id)).toBe(sentence);
    });

    it('with the plural of the count, not of −1, in Arabic', async () => {
      expect(await open('ar', 'last-month')).toContain('16 أبريل 2019 − شهر واحد = مارس 2019');
    });
  });

  it('lists the references of background knowledge as links', async () => {
    await renderApp('?lang=en&event=fall-of-kabul');
    await articleShown();
    const panel = details();
    expect(panel).toHaveTextContent('Background knowledge');
    const links = within(panel).getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('http'));
    expect(links.length).toBeGreaterThan(0);
  });

  it('marks each reference’s title and quote with its language, for screen readers', async () => {
    await renderApp('?lang=en&event=diplomatic-relations-30th-anniversary');
    await articleShown();
    const panel = details();
    const persian = within(panel).getByText(/شی جین پینگ/);
    expect(persian).toHaveAttribute('lang', 'fa');
    const title = within(panel).getByRole('link', { name: /CRI Persian/ });
    expect(title).toHaveAttribute('lang', 'en');
  });

  it('links an anniversary to its origin, one click away', async () => {
    await renderApp('?lang=en&event=sco-20th-anniversary');
    await articleShown();
    const panel = details();
    expect(panel).toHaveTextContent('Marks 20 years since');
    await userEvent.click(within(panel).getByRole('link', { name: /Shanghai Cooperation Organisation founded/ }));
    expect(detailsTitle()).toHaveTextContent('Shanghai Cooperation Organisation founded');
  });

  it('shows the Arabic sentence and the translation with the evidence phrase marked in both', async () => {
    await renderApp('?lang=en&event=diplomatic-relations-30th-anniversary');
    await articleShown();
    const [original, translation] = within(details()).getAllByRole('blockquote');
    if (!original || !translation) throw new Error('expected the original and its translation');
    expect(original).toHaveAttribute('lang', 'ar');
    expect(original).toHaveAttribute('dir', 'rtl');
    expect(within(original).getByRole('mark')).toHaveTextContent('العام المقبل يصادف الذكرى الـ30');
    expect(translation).toHaveAttribute('lang', 'en');
    expect(within(translation).getByRole('mark')).toHaveTextContent('next year marks the 30th anniversary');
  });

  it('says plainly when the link names an event the article does not have', async () => {
    await renderApp('?lang=en&event=no-such-event');
    await articleShown();
    expect(details()).toHaveTextContent('This article has no event “no-such-event”');
    expect(marker(/Tajikistan proclaims independence/)).toBeInTheDocument();
  });
});

describe('the reader and the timeline, both ways', () => {
  it('highlights a sentence’s events on the timeline when the sentence is chosen', async () => {
    await renderApp('?lang=en');
    await articleShown();
    const reader = screen.getByRole('region', { name: 'Article' });
    const sentence = within(reader).getAllByRole('button').find((b) => b.textContent?.includes('الذكرى الـ30 المقبلة'));
    if (!sentence) throw new Error('sentence 3 not found');
    await userEvent.click(sentence);
    expect(sentence).toHaveAttribute('aria-pressed', 'true');
    expect(marker(/30th anniversary of Tajik independence/)).toHaveAttribute('data-highlighted', 'true');
    expect(window.location.search).toContain('sentence=s4');
  });

  it('counts each sentence’s events, and shows or hides the translation beside it', async () => {
    const seed = JSON.parse(SEED_TEXT) as {
      events: { evidence: { sentence: string }[] }[];
      translations: { en: Record<string, string> };
    };
    const citing = seed.events.filter((event) => event.evidence.some((e) => e.sentence === 's3')).length;
    await renderApp('?lang=en');
    await articleShown();
    const reader = screen.getByRole('region', { name: 'Article' });
    const item = (await within(reader).findAllByRole('listitem')).find(
      (li) => li.getAttribute('data-sentence-id') === 's3',
    );
    if (!item) throw new Error('sentence s3 not in the reader');
    expect(citing).toBeGreaterThan(1);
    expect(item).toHaveTextContent(`${citing} events`);
    const translation = seed.translations.en['s3'] ?? '';
    expect(item).toHaveTextContent(translation);
    await userEvent.click(within(reader).getByRole('checkbox', { name: 'Show the translation alongside' }));
    expect(item).not.toHaveTextContent(translation);
    await userEvent.click(within(reader).getByRole('checkbox', { name: 'Show the translation alongside' }));
    expect(item).toHaveTextContent(translation);
  });

  it('remembers a reader who turned the parallel translation off', async () => {
    const { unmount } = await renderApp('?lang=en');
    await articleShown();
    const toggle = () =>
      within(screen.getByRole('region', { name: 'Article' })).getByRole('checkbox', {
        name: 'Show the translation alongside',
      });
    await userEvent.click(toggle());
    expect(toggle()).not.toBeChecked();
    unmount();
    await renderApp('?lang=en');
    await articleShown();
    expect(toggle()).not.toBeChecked();
  });

  it('marks the selected event’s sentences in the reader', async () => {
    await renderApp('?lang=en&event=fall-of-kabul');
    await articleShown();
    const reader = screen.getByRole('region', { name: 'Article' });
    const item = within(reader)
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('data-sentence-id') === 's16');
    if (!item) throw new Error('sentence s16 not in the reader');
    expect(item).toHaveAttribute('data-evidence', 'true');
    expect(within(item).getAllByRole('mark')[0]).toHaveTextContent('الوضع في أفغانستان');
  });
});

describe('the address bar', () => {
  it('opens exactly the view a link describes', async () => {
    await renderApp('?lang=en&event=sco-dushanbe-summit-2021&view=list');
    await articleShown();
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(detailsTitle()).toHaveTextContent('SCO summit in Dushanbe');
  });

  it('moves back through selections', async () => {
    await renderApp('?lang=en');
    await articleShown();
    await userEvent.click(marker(/Tajikistan proclaims independence/));
    await userEvent.click(marker(/Diplomatic relations established/));
    expect(window.location.search).toContain('event=establishment-of-diplomatic-relations-1992');
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(window.location.search).toContain('event=tajikistan-independence-1991');
    expect(detailsTitle()).toHaveTextContent('Tajikistan proclaims independence');
  });
});

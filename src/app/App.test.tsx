import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { articleShown, renderApp } from '../testing/appHarness';

const details = () => screen.getByRole('region', { name: /details/i });
const marker = (name: RegExp) => screen.getByRole('button', { name });

describe('selecting an event', () => {
  it('shows an event’s details when its marker is clicked', async () => {
    await renderApp('?lang=en');
    await articleShown();
    await userEvent.click(marker(/Kabul falls to the Taliban/));
    const panel = details();
    expect(within(panel).getByRole('heading', { level: 3 })).toHaveTextContent('Kabul falls to the Taliban');
    expect(panel).toHaveTextContent('15 August 2021');
    expect(window.location.search).toContain('event=fall-of-kabul');
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
    expect(document.activeElement).toHaveAccessibleName(/Diplomatic relations established/);
    await userEvent.keyboard('{Enter}');
    expect(within(details()).getByRole('heading', { level: 3 })).toHaveTextContent('Diplomatic relations established');
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
    const call = marker(/Xi and Rahmon hold phone call/);
    expect(call).toHaveAccessibleName(/7 September 2021/);
    expect(call).toHaveAttribute('data-event-id', 'xi-rahmon-phone-call-2021-09-07');
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

  it('counts an anniversary from the event it marks', async () => {
    await renderApp('?lang=en&event=tajikistan-independence-30th-anniversary');
    await articleShown();
    expect(details()).toHaveTextContent(/counted from Tajikistan proclaims independence, 9 September 1991: 1991 \+ 30 = 2021/);
  });

  it('lists the references of background knowledge as links', async () => {
    await renderApp('?lang=en&event=fall-of-kabul');
    await articleShown();
    const panel = details();
    expect(panel).toHaveTextContent('Background knowledge');
    const links = within(panel).getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('http'));
    expect(links.length).toBeGreaterThan(0);
  });

  it('links an anniversary to its origin, one click away', async () => {
    await renderApp('?lang=en&event=sco-20th-anniversary');
    await articleShown();
    const panel = details();
    expect(panel).toHaveTextContent('Marks 20 years since');
    await userEvent.click(within(panel).getByRole('link', { name: /Shanghai Cooperation Organisation founded/ }));
    expect(within(details()).getByRole('heading', { level: 3 })).toHaveTextContent('Shanghai Cooperation Organisation founded');
  });

  it('shows the Arabic sentence and the translation with the evidence phrase marked in both', async () => {
    await renderApp('?lang=en&event=diplomatic-relations-30th-anniversary');
    await articleShown();
    const panel = details();
    const original = panel.querySelector('blockquote[lang="ar"]');
    expect(original).toHaveAttribute('dir', 'rtl');
    expect(original?.querySelector('mark')).toHaveTextContent('العام المقبل يصادف الذكرى الـ30');
    const translation = panel.querySelector('blockquote[lang="en"]');
    expect(translation?.querySelector('mark')).toHaveTextContent('next year marks the 30th anniversary');
  });

  it('says plainly when the link names an event the article does not have', async () => {
    await renderApp('?lang=en&event=no-such-event');
    await articleShown();
    expect(details()).toHaveTextContent('This article has no event “no-such-event”');
    expect(marker(/Xi and Rahmon hold phone call/)).toBeInTheDocument();
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

  it('marks the selected event’s sentences in the reader', async () => {
    await renderApp('?lang=en&event=fall-of-kabul');
    await articleShown();
    const reader = screen.getByRole('region', { name: 'Article' });
    const item = reader.querySelector('li[data-sentence-id="s16"]');
    expect(item).toHaveAttribute('data-evidence', 'true');
    expect(item?.querySelector('mark')).toHaveTextContent('الوضع في أفغانستان');
  });
});

describe('the address bar', () => {
  it('opens exactly the view a link describes', async () => {
    await renderApp('?lang=en&event=sco-dushanbe-summit-2021&view=list');
    await articleShown();
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(within(details()).getByRole('heading', { level: 3 })).toHaveTextContent('SCO summit in Dushanbe');
  });

  it('moves back through selections', async () => {
    await renderApp('?lang=en');
    await articleShown();
    await userEvent.click(marker(/Kabul falls to the Taliban/));
    await userEvent.click(marker(/Xi and Rahmon hold phone call/));
    expect(window.location.search).toContain('event=xi-rahmon');
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(window.location.search).toContain('event=fall-of-kabul');
    expect(within(details()).getByRole('heading', { level: 3 })).toHaveTextContent('Kabul falls to the Taliban');
  });
});

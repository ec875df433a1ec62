import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { articleShown, renderApp } from '../testing/appHarness';
import { initTestI18n } from '../testing/i18n';

const details = () => screen.getByRole('region', { name: /details|التفاصيل|详情|Подробности/i });
const switcher = () => screen.getByRole('group', { name: /language|اللغة|语言|Язык/i });

describe('switching the interface language', () => {
  it('changes every string, the page’s language and direction, and the address at once', async () => {
    await renderApp('?lang=en');
    await articleShown();
    await userEvent.click(within(switcher()).getByRole('button', { name: 'العربية' }));
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('heading', { level: 2, name: 'الخط الزمني' })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('ar');
    await userEvent.click(within(switcher()).getByRole('button', { name: 'English' }));
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(screen.getByRole('heading', { level: 2, name: 'Timeline' })).toBeInTheDocument();
  });

  it('names the product once: the mark beside the written name, or the mark itself in Arabic', async () => {
    await renderApp('?lang=en');
    await articleShown();
    // The page's header comes first (Testing Library also counts the views' own <header>s).
    const banner = screen.getAllByRole('banner')[0]!;
    expect(banner).toHaveTextContent('Zaman');
    expect(within(banner).queryByRole('img', { name: 'زمان' })).toBeNull();
    await userEvent.click(within(switcher()).getByRole('button', { name: 'العربية' }));
    expect(within(banner).getByRole('img', { name: 'زمان' })).toBeInTheDocument();
    expect(banner).not.toHaveTextContent('Zaman');
  });

  it('keeps a Latin publisher name apart from the Arabic date after it in the byline', async () => {
    await renderApp('?lang=ar');
    await articleShown();
    // Isolated (U+2068 … U+2069), the name cannot take the date's day into its own left-to-right run.
    expect(
      screen.getByText('\u2068China.com Arabic (arabic.china.com)\u2069، 7 سبتمبر 2021', {
        selector: '.reader-byline',
        exact: false,
      }),
    ).toBeInTheDocument();
  });

  it('retitles the page and remembers the language for the next visit', async () => {
    await renderApp('?lang=en');
    await articleShown();
    expect(document.title).toBe('Xi: China ready to build a community based on development and security with Tajikistan · Zaman');
    await userEvent.click(within(switcher()).getByRole('button', { name: 'العربية' }));
    expect(document.title).toBe('شي: الصين مستعدة لبناء مجتمع قائم على التنمية والأمن مع طاجيكستان · زمان');
    expect(window.localStorage.getItem('zaman.language')).toBe('ar');
  });

  it('keeps the selected event selected', async () => {
    await renderApp('?lang=en&event=tajikistan-independence-1991');
    await articleShown();
    await userEvent.click(within(switcher()).getByRole('button', { name: 'Русский' }));
    expect(screen.getByRole('button', { name: /Таджикистан/, pressed: true })).toHaveAttribute(
      'data-event-id',
      'tajikistan-independence-1991',
    );
    expect(details()).toHaveTextContent('9 сентября 1991');
  });

  it('writes dates with Arabic month names and Western digits, like the article', async () => {
    await renderApp('?lang=ar&event=xi-rahmon-phone-call-2021-09-07');
    await articleShown();
    expect(details()).toHaveTextContent('7 سبتمبر 2021');
    expect(details().textContent).not.toMatch(/[٠-٩]/);
  });

  it('shows the article in Arabic beside the English translation by default in the Arabic interface', async () => {
    await renderApp('?lang=ar&event=xi-rahmon-phone-call-2021-09-07');
    await articleShown();
    const quotes = within(details()).getAllByRole('blockquote');
    expect(quotes.map((q) => q.getAttribute('lang'))).toEqual(['ar', 'en', 'ar', 'en']);
  });

  it('lets an Arabic reader pick the translation beside the original', async () => {
    await renderApp('?lang=ar&event=xi-rahmon-phone-call-2021-09-07');
    await articleShown();
    const reader = screen.getByRole('region', { name: 'المقال' });
    await userEvent.selectOptions(within(reader).getByRole('combobox'), 'zh');
    const quotes = within(details()).getAllByRole('blockquote');
    expect(quotes[1]).toHaveAttribute('lang', 'zh');
    // The pick is in the address, so a copied link shows the same pair.
    expect(new URLSearchParams(window.location.search).get('tr')).toBe('zh');
  });

  it('shows the translation a shared link names, before the reader’s own saved pick', async () => {
    const { unmount } = await renderApp('?lang=ar&event=xi-rahmon-phone-call-2021-09-07');
    await articleShown();
    await userEvent.selectOptions(within(screen.getByRole('region', { name: 'المقال' })).getByRole('combobox'), 'zh');
    unmount();
    await renderApp('?lang=ar&event=xi-rahmon-phone-call-2021-09-07&tr=ru');
    await articleShown();
    expect(within(details()).getAllByRole('blockquote')[1]).toHaveAttribute('lang', 'ru');
    expect(within(screen.getByRole('region', { name: 'المقال' })).getByRole('combobox')).toHaveValue('ru');
  });

  it('labels anniversary brackets with the years in the interface language', async () => {
    await renderApp('?lang=ar');
    await articleShown();
    expect(screen.getAllByText('30 عامًا').length).toBe(2);
    expect(screen.getByText('20 عامًا')).toBeInTheDocument();
  });
});

describe('plural forms', () => {
  it('uses Arabic’s dual and plural forms for 2, 3, 11 and 30', async () => {
    await initTestI18n('ar');
    const years = (count: number) => i18next.t('timeline.years', { count });
    expect([1, 2, 3, 11, 30].map(years)).toEqual(['عام واحد', 'عامان', '3 أعوام', '11 عامًا', '30 عامًا']);
    const events = (count: number) => i18next.t('timeline.cluster', { count });
    expect([2, 3, 11].map(events)).toEqual(['حدثان', '3 أحداث', '11 حدثًا']);
  });

  it('uses Russian’s three forms', async () => {
    await initTestI18n('ru');
    const years = (count: number) => i18next.t('timeline.years', { count });
    expect([1, 2, 5, 21, 30].map(years)).toEqual(['1 год', '2 года', '5 лет', '21 год', '30 лет']);
  });

  it('says "1 event" and "2 events" in English', async () => {
    await initTestI18n('en');
    expect(i18next.t('timeline.cluster', { count: 1 })).toBe('1 event');
    expect(i18next.t('timeline.cluster', { count: 2 })).toBe('2 events');
  });
});

describe('the Hijri calendar option', () => {
  it('gives 7 September 2021 as 30 Muharram 1443 beside the Gregorian date', async () => {
    // Intl's Umm al-Qura calendar says 30 Muharram 1443; checked against a second source:
    // the Umm al-Qura calendar put 1 Muharram 1443 on Monday 9 August 2021 (reported by
    // siasat.com and moonsighting.org.uk), and 9 August + 29 days is 7 September.
    await renderApp('?lang=en&event=xi-rahmon-phone-call-2021-09-07');
    await articleShown();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Calendar' }), 'hijri');
    expect(details()).toHaveTextContent('7 September 2021');
    expect(details()).toHaveTextContent('Hijri: 30 Muharram 1443 AH');
    expect(window.location.search).toContain('cal=hijri');
  });

  it('writes the Hijri date in Arabic in the Arabic interface', async () => {
    await renderApp('?lang=ar&event=xi-rahmon-phone-call-2021-09-07&cal=hijri');
    await articleShown();
    expect(details()).toHaveTextContent('30 محرم 1443 هـ');
  });

  it('names the Hijri calendar once in Chinese, where the date itself carries it', async () => {
    await renderApp('?lang=zh&event=sco-dushanbe-summit-2021&cal=hijri');
    await articleShown();
    const panel = screen.getByRole('region', { name: '详情' });
    expect(panel).toHaveTextContent('2021年9月16日至17日');
    expect(panel).toHaveTextContent('伊斯兰历1443年2月9日至10日');
    expect(panel.textContent?.split('伊斯兰历').length).toBe(2);
  });

  it('gives the axis’s years and the article’s date their Hijri dates in tooltips', async () => {
    const { container } = await renderApp('?lang=en&cal=hijri');
    await articleShown();
    expect(screen.getByText('Article date')).toHaveAttribute(
      'title',
      'Article date: 7 September 2021 (Hijri: 30 Muharram 1443 AH)',
    );
    // eslint-disable-next-line testing-library/no-container, testing-library/no-node-access -- aria-hidden tick labels, whose words the slider says
    const ticks = [...container.querySelectorAll('.tl-tick')];
    expect(ticks.length).toBeGreaterThan(2);
    // A Gregorian year straddles two Hijri years: "2000 (Hijri: 1420–1421 AH)".
    for (const tick of ticks) {
      expect(tick.getAttribute('title')).toMatch(new RegExp(`^${tick.textContent} \\(Hijri: \\d{4}\\s?–\\s?\\d{4} AH\\)$`));
    }
  });

  it('leaves the axis without Hijri tooltips in the Gregorian calendar', async () => {
    await renderApp('?lang=en');
    await articleShown();
    expect(screen.getByText('Article date')).toHaveAttribute('title', 'Article date: 7 September 2021');
  });

  it('remembers the choice', async () => {
    await renderApp('?lang=en');
    await articleShown();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Calendar' }), 'hijri');
    expect(window.localStorage.getItem('zaman.calendar')).toBe('hijri');
  });
});

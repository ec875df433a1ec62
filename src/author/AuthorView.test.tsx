import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBundleText } from '../model/load';
import { renderApp } from '../testing/appHarness';
import { initTestI18n } from '../testing/i18n';
import AuthorView from './AuthorView';

const SEED = readFileSync(resolve(process.cwd(), 'src/data/source/000_d9a0021cd5b0ad22.txt'), 'utf8');

function renderView() {
  const onOpen = vi.fn();
  const onClose = vi.fn();
  const view = render(<AuthorView onOpen={onOpen} onClose={onClose} />);
  return { ...view, onOpen, onClose };
}

/** Pastes the seed article, dates it and finds its dates. */
async function findSeedDates(user: UserEvent, text = SEED) {
  await user.click(screen.getByLabelText('Arabic text'));
  await user.paste(text);
  const dateline = screen.getByLabelText('Article date');
  await user.clear(dateline);
  await user.type(dateline, '2021-09-07');
  await user.click(screen.getByRole('button', { name: 'Find dates' }));
}

const card = (title: string) => screen.getByRole('article', { name: title });

/** Renders the view, finds the seed's dates and opens the editor of the proposal titled `title`. */
async function editSeedProposal(user: UserEvent, title: string) {
  renderView();
  await findSeedDates(user);
  const proposal = card(title);
  await user.click(within(proposal).getByText('Edit'));
  return proposal;
}

/** Captures what "Download bundle" saves, instead of letting jsdom navigate. */
function captureDownloads() {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => {} });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ name: this.download, blob });
  });
  return saved;
}

/** jsdom's Blob may lack text(); FileReader it has. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((done, fail) => {
    const reader = new FileReader();
    reader.onload = () => done(String(reader.result));
    reader.onerror = () => fail(reader.error);
    reader.readAsText(blob);
  });
}

describe('the authoring view', () => {
  beforeEach(async () => {
    await initTestI18n('en');
  });

  // Two finds of the seed article: like the whole session below, it can pass five seconds on a loaded machine.
  it('exports nothing for a text or date changed since the dates were found, until they are found again', { timeout: 15_000 }, async () => {
    const user = userEvent.setup();
    renderView();
    await findSeedDates(user);
    expect(screen.getByRole('button', { name: 'Download bundle' })).toBeInTheDocument();

    const dateline = screen.getByLabelText('Article date');
    await user.clear(dateline);
    await user.type(dateline, '2022-09-07');
    expect(screen.queryByRole('button', { name: 'Download bundle' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open in Zaman' })).not.toBeInTheDocument();
    expect(screen.getByText(/has changed since the dates were found/)).toBeInTheDocument();
    expect(screen.getByText(/These proposals are for the text, the article date and the translation as they were/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Find dates' }));
    expect(screen.getByRole('button', { name: 'Download bundle' })).toBeInTheDocument();
    expect(screen.queryByText(/These proposals are for the text, the article date and the translation as they were/)).not.toBeInTheDocument();
  });

  // A whole authoring session, some thirty steps: on a loaded two-core machine it can take
  // longer than Vitest's default five seconds without anything being wrong.
  it('finds the dates, lets the author remove and edit proposals, and exports a bundle that loads', { timeout: 15_000 }, async () => {
    const user = userEvent.setup();
    const saved = captureDownloads();
    const { onOpen } = renderView();
    await findSeedDates(user);

    expect(screen.getByRole('status')).toHaveTextContent('5 events proposed. Review them below.');
    expect(screen.getByRole('heading', { name: 'Proposed events' })).toHaveFocus();
    expect(screen.getByText('Kept: 5 of 5')).toBeInTheDocument();
    // Every expression is marked in the text, and each proposal says how its date was read.
    const text = screen.getByRole('region', { name: 'The text, with the dates found' });
    expect(within(text).getAllByText((_, element) => element?.tagName === 'MARK').map((m) => m.textContent)).toEqual([
      'يوم الثلاثاء(7 سبتمبر)',
      'العام المقبل',
      'الذكرى الـ30',
      'الذكرى الـ30 المقبلة',
      'الذكرى الـ20',
    ]);
    const call = card('7 September 2021 (sentence 1)');
    expect(within(call).getByText('7 September 2021')).toBeInTheDocument();
    expect(within(call).getByText('The year is not written, so it is the article’s year, 2021.')).toBeInTheDocument();
    expect(
      within(card('30th anniversary (sentence 2): 2022')).getByText('Anniversary, 30 years on: 1992 + 30 = 2022.'),
    ).toBeInTheDocument();

    // Remove the SCO anniversary.
    await user.click(within(card('20th anniversary (sentence 9): 2021')).getByRole('checkbox', { name: 'Keep' }));
    expect(screen.getByText('Kept: 4 of 5')).toBeInTheDocument();

    // Edit the call's title.
    await user.click(within(call).getByText('Edit'));
    const title = within(call).getByLabelText('Title in English');
    await user.clear(title);
    await user.type(title, 'Xi and Rahmon speak by phone');
    expect(card('Xi and Rahmon speak by phone')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Download bundle' }));
    expect(saved.map((s) => s.name)).toEqual(['zaman-2021-09-07.bundle.json']);
    expect(screen.getByRole('status')).toHaveTextContent('The bundle was downloaded.');
    const loaded = loadBundleText(await readBlob(saved[0]?.blob ?? new Blob()));
    if (!loaded.ok) throw new Error(`the export does not load: ${JSON.stringify(loaded.problems)}`);
    expect(loaded.article.events.map((e) => e.id).sort()).toEqual(['s2-t1', 's3-t1', 's3-t2', 's4-t1']);
    expect(loaded.article.eventById.get('s2-t1')?.data.title['en']).toBe('Xi and Rahmon speak by phone');
    expect(loaded.article.relations).toEqual([{ type: 'anniversary-of', from: 's3-t1', to: 's3-t2', years: 30 }]);
    // How each date was read travels with the bundle, in every interface language.
    const note = loaded.article.eventById.get('s3-t1')?.data.note;
    expect(Object.keys(note ?? {}).sort()).toEqual(['ar', 'en', 'ru', 'zh']);
    expect(note?.['ar']).toMatch(/\p{Script=Arabic}/u);

    await user.click(screen.getByRole('button', { name: 'Open in Zaman' }));
    expect(onOpen).toHaveBeenCalledWith('zaman-2021-09-07.bundle.json', expect.objectContaining({ ok: true }));
  });

  it('keeps the edits through a change of the text, and says which it had to drop', { timeout: 15_000 }, async () => {
    const user = userEvent.setup();
    const call = await editSeedProposal(user, '7 September 2021 (sentence 1)');
    const title = within(call).getByLabelText('Title in English');
    await user.clear(title);
    await user.type(title, 'The call');
    await user.click(within(card('20th anniversary (sentence 9): 2021')).getByRole('checkbox', { name: 'Keep' }));

    // A new first line moves every sentence down one; the SCO's anniversary is no longer named.
    const text = screen.getByLabelText('Arabic text');
    await user.clear(text);
    await user.click(text);
    await user.paste(`وصل الوفد إلى بكين أمس.\n${SEED.replace('الذكرى الـ20', 'ذكرى')}`);
    await user.click(screen.getByRole('button', { name: 'Find dates' }));

    expect(card('The call')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      '1 edit was for words no longer in the text, so it was dropped.',
    );
  });

  it('keeps a changed date consistent, and blocks the export while a date is not one', async () => {
    const user = userEvent.setup();
    const anniversary = await editSeedProposal(user, '30th anniversary (sentence 2): 2022');
    const start = within(anniversary).getByLabelText('Start');

    await user.clear(start);
    await user.type(start, '20');
    expect(start).toHaveAttribute('aria-invalid', 'true');
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(within(preview).getByText('The bundle has 1 problem. Correct it to export:')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download bundle' })).not.toBeInTheDocument();

    await user.type(start, '23');
    expect(start).not.toHaveAttribute('aria-invalid');
    expect(within(anniversary).getByText('You set this date; the text gave 2022.')).toBeInTheDocument();
    expect(
      within(anniversary).getByText('“العام المقبل” no longer gives this date, so the bundle states it as yours.'),
    ).toBeInTheDocument();
    // The origin counted back from it follows, so the anniversary still adds up.
    expect(within(anniversary).getByText('30 years after it.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download bundle' })).toBeInTheDocument();
  });

  it('says when a typed date does not exist, and when the start is missing', async () => {
    const user = userEvent.setup();
    const call = await editSeedProposal(user, '7 September 2021 (sentence 1)');
    const start = within(call).getByLabelText('Start');
    await user.clear(start);
    await user.type(start, '2021-02-30');
    expect(within(call).getByText('There is no such date: check the month and the day.')).toBeInTheDocument();
    expect(within(call).queryByText('This is not a date written that way.')).not.toBeInTheDocument();

    await user.clear(start);
    expect(within(call).getByText('A start date is needed.')).toBeInTheDocument();
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(within(preview).getByText('A start date is needed.')).toBeInTheDocument();
    expect(within(preview).queryByText(/“”/)).not.toBeInTheDocument();
  });

  it('reads a date typed with Arabic-Indic digits or spaces, and names a date at another precision', async () => {
    const user = userEvent.setup();
    const call = await editSeedProposal(user, '7 September 2021 (sentence 1)');
    const start = within(call).getByLabelText('Start');
    await user.clear(start);
    await user.type(start, ' ٢٠٢١-٠٩-٠٨ ');
    expect(start).toHaveValue('2021-09-08');
    expect(start).not.toHaveAttribute('aria-invalid');
    await user.clear(start);
    await user.type(start, '2021-09');
    expect(within(call).getByText(/is written to the month, but the event’s precision is day\./)).toBeInTheDocument();
    expect(within(call).queryByText('This is not a date written that way.')).not.toBeInTheDocument();
  });

  it('says at End when it comes before the start, and titles no backwards span', async () => {
    const user = userEvent.setup();
    const title = '7 September 2021 (sentence 1)';
    const call = await editSeedProposal(user, title);
    const end = within(call).getByLabelText('End (optional)');
    await user.type(end, '2021-09-01');
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(within(call).getByText('The end comes before the start.')).toBeInTheDocument();
    expect(card(title)).toBe(call);
  });

  it('drops the note on a set date once the date is the proposed one again', async () => {
    const user = userEvent.setup();
    const call = await editSeedProposal(user, '7 September 2021 (sentence 1)');
    const start = within(call).getByLabelText('Start');
    const note = 'You set this date; the text gave 7 September 2021.';
    await user.clear(start);
    await user.type(start, '2021-09-08');
    expect(within(call).getByText(note)).toBeInTheDocument();
    await user.clear(start);
    await user.type(start, '2021-09-07');
    expect(within(call).queryByText(note)).not.toBeInTheDocument();

    const precision = within(call).getByLabelText('Precision');
    await user.selectOptions(precision, 'Month');
    expect(within(call).getByText(note)).toBeInTheDocument();
    await user.selectOptions(precision, 'Day');
    expect(start).toHaveValue('2021-09-07');
    expect(within(call).queryByText(note)).not.toBeInTheDocument();
  });

  it('offers no export once every proposal is removed, and says why', { timeout: 15_000 }, async () => {
    const user = userEvent.setup();
    renderView();
    await findSeedDates(user);
    const keeps = screen.getAllByRole('checkbox', { name: 'Keep' });
    for (const keep of keeps) await user.click(keep);
    expect(screen.getByText(`Kept: 0 of ${keeps.length}`)).toBeInTheDocument();
    const exportPanel = screen.getByRole('region', { name: 'Export' });
    expect(
      within(exportPanel).getByText('Keep at least one event to export a bundle: a timeline with no events has nothing to show.'),
    ).toBeInTheDocument();
    expect(within(exportPanel).queryByRole('button')).not.toBeInTheDocument();

    const [first] = keeps;
    if (first) await user.click(first);
    expect(within(exportPanel).getByRole('button', { name: 'Download bundle' })).toBeInTheDocument();
  });

  it('rewrites the dates when the precision changes', async () => {
    const user = userEvent.setup();
    const call = await editSeedProposal(user, '7 September 2021 (sentence 1)');
    await user.selectOptions(within(call).getByLabelText('Precision'), 'Month');
    expect(within(call).getByLabelText('Start')).toHaveValue('2021-09');
    expect(within(call).getByText('September 2021')).toBeInTheDocument();
  });

  it('links an anniversary to what it marks, and says when the years do not add up', async () => {
    const user = userEvent.setup();
    renderView();
    await findSeedDates(user);
    const independence = card('30th anniversary (sentence 3): 2021');
    const link = within(independence).getByLabelText('Anniversary of…');
    await user.selectOptions(link, 'Origin of the 30th anniversary (sentence 2): 1992');
    expect(within(independence).getByText('29 years after it.')).toBeInTheDocument();
    expect(within(independence).getByText('The article speaks of 30 years.')).toBeInTheDocument();

    await user.selectOptions(link, '7 September 2021 (sentence 1)');
    expect(
      within(independence).getByText('It must be at least a year later than the event it marks.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download bundle' })).not.toBeInTheDocument();
  });

  it('says so plainly when nothing was found, and when the text is not Arabic', async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(screen.getByLabelText('Arabic text'));
    await user.paste('وصل الوفد إلى القاهرة.');
    await user.click(screen.getByRole('button', { name: 'Find dates' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'No events proposed: the text gives no date that can go on the timeline.',
    );

    const text = screen.getByLabelText('Arabic text');
    await user.clear(text);
    await user.paste('Xi Jinping spoke on Tuesday, September 7, 2021.');
    await user.click(screen.getByRole('button', { name: 'Find dates' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Zaman reads Arabic text, and this text has no Arabic letters. Paste the article in Arabic.',
    );
    expect(text).toHaveAttribute('aria-invalid', 'true');
    // No proposals to call out of date.
    expect(screen.queryByText(/These proposals are for the text/)).not.toBeInTheDocument();
  });

  it('points at an article date too far out to count from, and at nothing else', async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(screen.getByLabelText('Arabic text'));
    await user.paste('وتحتفل الصين العام المقبل بالذكرى الـ30 لإقامة العلاقات.');
    const dateline = screen.getByLabelText('Article date');
    await user.clear(dateline);
    await user.type(dateline, '9999-12-31');
    await user.click(screen.getByRole('button', { name: 'Find dates' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Give an article date between the years 1000 and 2999: the dates in the text are counted from it, and a date that far out cannot be counted from.',
    );
    expect(dateline).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('says what is wrong with the input, in words and never with a stack', async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(screen.getByRole('button', { name: 'Find dates' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Paste the Arabic text of the article first.');
    expect(screen.getByLabelText('Arabic text')).toHaveAccessibleDescription(
      'One paragraph per line; the first line is the headline. Paste the Arabic text of the article first.',
    );

    await user.click(screen.getByLabelText('Arabic text'));
    await user.paste(SEED);
    await user.clear(screen.getByLabelText('Article date'));
    await user.click(screen.getByRole('button', { name: 'Find dates' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Give the article’s date as a full day.');

    await user.type(screen.getByLabelText('Article date'), '2021-09-07');
    await user.click(screen.getByLabelText('Translated text'));
    await user.paste('Xi: China ready to build a community with Tajikistan\nPresident Xi said on Tuesday…');
    await user.click(screen.getByRole('button', { name: 'Find dates' }));
    // The count that takes the plural is the Arabic text's ("1 lines" was the old wording's flaw).
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The Arabic text has 16 lines and the translation 2. Give one line of translation for each line of the text.',
    );
    expect(screen.queryByRole('region', { name: 'Proposed events' })).not.toBeInTheDocument();

    await user.clear(screen.getByLabelText('Arabic text'));
    await user.click(screen.getByLabelText('Arabic text'));
    await user.paste('وصل الوفد إلى القاهرة في 12 مارس 2021.');
    await user.click(screen.getByRole('button', { name: 'Find dates' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The Arabic text has 1 line and the translation 2. Give one line of translation for each line of the text.',
    );
  });

  it('gives the translation the direction and language chosen', async () => {
    const user = userEvent.setup();
    renderView();
    await user.selectOptions(screen.getByLabelText('Language'), 'Russian');
    expect(screen.getByLabelText('Translated text')).toHaveAttribute('lang', 'ru');
    expect(screen.getByLabelText('Translated text')).toHaveAttribute('dir', 'ltr');
    expect(screen.getByLabelText('Arabic text')).toHaveAttribute('dir', 'rtl');
  });

  it('stops saying the work is back as it was left once the author changes it', async () => {
    const user = userEvent.setup();
    const { unmount } = renderView();
    await findSeedDates(user);
    unmount();

    renderView();
    const back = 'Your work in progress is back, as you left it.';
    expect(screen.getByText(back)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Arabic text'), ' ');
    expect(screen.queryByText(back)).not.toBeInTheDocument();
  });

  it('keeps the work in progress across a reload, and clears it on starting over', async () => {
    const user = userEvent.setup();
    const { unmount } = renderView();
    await findSeedDates(user);
    await user.click(within(card('20th anniversary (sentence 9): 2021')).getByRole('checkbox', { name: 'Keep' }));
    unmount();

    renderView();
    expect(screen.getByRole('status')).toHaveTextContent('Your work in progress is back, as you left it.');
    expect(screen.getByLabelText('Arabic text')).toHaveValue(SEED);
    expect(screen.getByLabelText('Article date')).toHaveValue('2021-09-07');
    expect(screen.getByText('Kept: 4 of 5')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Proposed events' })).not.toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    // Asking is a second button, with focus on the safe choice; Escape keeps working.
    expect(screen.getByRole('button', { name: 'Keep working' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Clear everything' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start over' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Clear everything' }));
    expect(screen.getByLabelText('Arabic text')).toHaveValue('');
    expect(screen.queryByRole('region', { name: 'Proposed events' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Everything was cleared.');
    expect(screen.getByRole('button', { name: 'Start over' })).toHaveFocus();
    expect(window.localStorage.getItem('zaman.author.v1')).toBeNull();
  });

  it('words everything in Arabic in the Arabic interface', async () => {
    await initTestI18n('ar');
    const user = userEvent.setup();
    renderView();
    await user.click(screen.getByLabelText('النص العربي'));
    await user.paste(SEED);
    await user.clear(screen.getByLabelText('تاريخ المقال'));
    await user.type(screen.getByLabelText('تاريخ المقال'), '2021-09-07');
    await user.click(screen.getByRole('button', { name: 'البحث عن التواريخ' }));
    expect(screen.getByRole('status')).toHaveTextContent('اقتُرحت 5 أحداث. راجعها أدناه.');
    expect(screen.getAllByText('ذكرى مرور 30 عامًا: 1992 + 30 = 2022.')).toHaveLength(1);
  });
});

describe('the authoring view in Chinese', () => {
  beforeEach(async () => {
    await initTestI18n('zh');
  });

  it('keeps the Chinese title while a date being typed is not one, never the English', async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(screen.getByLabelText('阿拉伯语原文'));
    await user.paste(SEED);
    await user.clear(screen.getByLabelText('文章日期'));
    await user.type(screen.getByLabelText('文章日期'), '2021-09-07');
    await user.click(screen.getByRole('button', { name: '查找日期' }));
    const title = '2021年9月7日（第1句）';
    const call = await screen.findByRole('article', { name: title });
    await user.click(within(call).getByText('编辑'));
    expect(within(call).getByLabelText('中文标题')).toHaveValue(title);

    const start = within(call).getByLabelText('开始');
    await user.clear(start);
    await user.type(start, '2021-02-30');
    expect(card(title)).toBe(call);
    expect(within(call).getByLabelText('中文标题')).toHaveValue(title);
    const preview = screen.getByRole('region', { name: '预览' });
    expect(within(preview).getByText(`“${title}”`, { exact: false })).toBeInTheDocument();
    expect(within(preview).queryByText(/\(sentence \d+\)/)).not.toBeInTheDocument();

    await user.clear(start);
    expect(card(title)).toBe(call);
  });
});

describe('the authoring view in the app', () => {
  it('opens at ?mode=author and hands the finished article to the reading view', async () => {
    const user = userEvent.setup();
    await renderApp('?lang=en&mode=author');
    await screen.findByRole('heading', { level: 2, name: 'New article' });
    await findSeedDates(user);
    await user.click(screen.getByRole('button', { name: 'Open in Zaman' }));
    // Made here, not opened from a file: the notice says so rather than naming a file never opened.
    expect(await screen.findByText(/^Made in “New article”\./)).toBeInTheDocument();
    expect(screen.queryByText(/zaman-2021-09-07\.bundle\.json/)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: 'New article' })).not.toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('mode')).toBeNull();
  });

  it('gives the proposals their Hijri dates too when the header asks for that calendar', async () => {
    const user = userEvent.setup();
    await renderApp('?lang=en&mode=author&cal=hijri');
    await screen.findByRole('heading', { level: 2, name: 'New article' });
    await findSeedDates(user);
    const call = card('7 September 2021 (sentence 1)');
    expect(within(call).getByText(/^Hijri: .*1443/)).toBeInTheDocument();
  });
});

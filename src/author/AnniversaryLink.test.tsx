import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initTestI18n } from '../testing/i18n';
import { AnniversaryLink } from './AnniversaryLink';

/** The link of an anniversary on `date` to an origin on `origin` that are not whole years apart. */
function renderMismatch(date: string, origin: string) {
  render(
    <AnniversaryLink
      value="origin"
      options={[{ id: 'origin', label: 'Founded' }]}
      check={{ ok: false, reason: 'not-on-anniversary', years: 3 }}
      dates={{ date, origin }}
      onEdit={() => {}}
    />,
  );
}

describe('AnniversaryLink', () => {
  beforeEach(async () => {
    await initTestI18n('en');
  });

  it('writes the dates of a mismatch as the language does, not as ISO', () => {
    renderMismatch('2021-05-25', '2017-06-05');
    expect(screen.getByText('25 May 2021 is not a whole number of years after 5 June 2017.')).toBeInTheDocument();
  });

  it('keeps what is not a date yet as it was typed', () => {
    renderMismatch('2021-13', '2017-06-05');
    expect(screen.getByText('2021-13 is not a whole number of years after 5 June 2017.')).toBeInTheDocument();
  });
});

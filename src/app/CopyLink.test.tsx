import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initTestI18n } from '../testing/i18n';
import { CopyLink } from './CopyLink';

function withClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
}

describe('Copy link', () => {
  beforeEach(async () => {
    await initTestI18n('en');
  });

  it('copies the address and says so in sight, not only to screen readers', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    render(<CopyLink />);
    // userEvent.setup() installs a clipboard of its own: ours goes in after it.
    const user = userEvent.setup();
    withClipboard(writeText);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    const note = screen.getByRole('status');
    expect(note).toHaveTextContent('Link copied');
    expect(note).not.toHaveClass('visually-hidden');
  });

  it('says where the link is when the browser refuses the clipboard', async () => {
    render(<CopyLink />);
    const user = userEvent.setup();
    withClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Could not copy it: the link is in the address bar')).toBeInTheDocument();
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../../test/render';
import { ReportExchangeMessageMutation, ReportHelpPostMutation } from '../graphql/safety.graphql';
import { ReportContent } from './ReportContent';

describe('ReportContent', () => {
  it('asks for a reason first, then sends it with the note and thanks without saying more', async () => {
    renderWithApp(<ReportContent kind="post" id="post-1" />, {
      mocks: [
        {
          request: {
            query: ReportHelpPostMutation,
            variables: {
              helpPostId: 'post-1',
              reason: 'SPAM_OR_SCAM',
              details: 'Same photo as last week',
            },
          },
          result: { data: { reportHelpPost: true } },
        },
      ],
    });
    const open = screen.getByRole('button', { name: 'Report this post' });
    await userEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Report this post to the moderators' }),
    );
    expect(screen.getByText(/Nobody is told who reported it/)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Send report' }));
    const first = screen.getByRole('radio', { name: 'It could put someone at risk' });
    expect(document.activeElement).toBe(first);
    expect(screen.getByText('Choose what is wrong.')).toBeTruthy();

    await userEvent.click(screen.getByRole('radio', { name: 'Spam or a scam' }));
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Anything the moderators should know (optional)' }),
      'Same photo as last week',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send report' }));

    const thanks = await screen.findByRole('status');
    expect(thanks.textContent).toBe(
      'Thank you. The moderators will look at it. Nobody is told who reported it.',
    );
    expect(document.activeElement).toBe(thanks);
    expect(screen.queryByRole('button', { name: 'Report this post' })).toBeNull();
  });

  it('thanks the same way when it was already reported or taken down', async () => {
    renderWithApp(<ReportContent kind="message" id="m1" />, {
      mocks: [
        {
          request: {
            query: ReportExchangeMessageMutation,
            variables: { messageId: 'm1', reason: 'ABUSIVE', details: '' },
          },
          result: {
            errors: [
              { message: 'You have already reported this.', extensions: { code: 'CONFLICT' } },
            ],
          },
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Report this message' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Abusive or hateful' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send report' }));
    expect((await screen.findByRole('status')).textContent).toMatch(
      /already with the moderators, or has already been taken down/,
    );
  });

  it('gives the focus back to its button when cancelled, and speaks Urdu', async () => {
    renderWithApp(<ReportContent kind="post" id="post-1" />, { language: 'ur' });
    const open = screen.getByRole('button', { name: 'اس پوسٹ کی رپورٹ کریں' });
    await userEvent.click(open);
    await userEvent.click(screen.getByRole('button', { name: 'منسوخ کریں' }));
    expect(document.activeElement).toBe(open);
    expect(open.getAttribute('aria-expanded')).toBe('false');
  });
});

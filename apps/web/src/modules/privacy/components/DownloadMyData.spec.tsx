import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../../test/render';
import { ExportMyDataMutation } from '../graphql/data-rights.mutations';
import { DownloadMyData } from './DownloadMyData';

describe('DownloadMyData', () => {
  it('saves the export as village-my-data.json and says so', async () => {
    const save = jest.fn();
    const document = '{"account":{"email":"amina@example.org"}}';
    renderWithApp(<DownloadMyData save={save} />, {
      mocks: [
        { request: { query: ExportMyDataMutation }, result: { data: { exportMyData: document } } },
      ],
    });

    await userEvent.click(screen.getByRole('button', { name: 'Download my data' }));

    expect(await screen.findByText('Your file village-my-data.json is downloaded.')).toBeTruthy();
    expect(save).toHaveBeenCalledWith(document, 'village-my-data.json');
  });

  it('says why when the export fails, and saves nothing', async () => {
    const save = jest.fn();
    renderWithApp(<DownloadMyData save={save} />, {
      mocks: [
        {
          request: { query: ExportMyDataMutation },
          result: {
            errors: [
              { message: 'Please sign in to do this.', extensions: { code: 'UNAUTHENTICATED' } },
            ],
          },
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Download my data' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Please sign in to do this.');
    expect(save).not.toHaveBeenCalled();
  });
});

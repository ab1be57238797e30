/**
 * The safety notice (issue 13, item 11): before a named letter to the government of a state
 * rated Not Free, the composer names the index and its date and offers to send without the
 * name, with it, or not at all; nothing can be sent before the reader answers.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Composer } from '../../../components/composer/Composer';
import { db, updateSettings } from '../../../lib/db';
import { templateFor } from '../../../lib/letters';

async function open(country: string) {
  render(<Composer variant="page" context={null} browserLang="en-GB" />);
  await screen.findByTestId('sender-name', {}, { timeout: 10_000 });
  fireEvent.change(screen.getByTestId('country'), { target: { value: country } });
  await screen.findByTestId('preview', {}, { timeout: 10_000 });
}

function type(el: HTMLElement, value: string) {
  (el as HTMLInputElement).value = value;
  fireEvent.input(el);
}

// Generous waits: under a loaded CI machine a render can take over a second.
const WAIT = { timeout: 10_000 };

const preview = () => screen.getByTestId('preview').textContent ?? '';

beforeEach(async () => {
  localStorage.clear();
  await db.delete();
  await db.open();
});
afterEach(() => cleanup());

describe('Composer safety notice', () => {
  it('names the index and its date, and holds the send actions until the reader answers', async () => {
    await open('RU');
    const notice = await screen.findByTestId('safety-notice', {}, WAIT);
    expect(notice.textContent).toContain('Freedom House, Freedom in the World 2025');
    expect(notice.textContent).toMatch(/February 26, 2025|26 February 2025/);
    expect(notice.textContent).toContain('Russia');
    expect(notice.querySelector('a')?.getAttribute('href')).toMatch(
      /^https:\/\/freedomhouse\.org\//,
    );
    expect(screen.queryByTestId('send-clipboard')).toBeNull();
    for (const id of ['safety-anonymous', 'safety-named', 'safety-decline'])
      expect(screen.getByTestId(id)).toBeTruthy();
  });

  it('"Send without my name": the letter and its ledger record carry no name', async () => {
    await open('RU');
    type(screen.getByTestId('sender-name'), 'Ada Lovelace');
    await waitFor(() => expect(preview()).toContain('Ada Lovelace'), WAIT);
    fireEvent.click(screen.getByTestId('safety-anonymous'));
    const signature = templateFor(
      (screen.getByTestId('letter-lang') as HTMLSelectElement).value,
      'RU',
    ).anonymous_signature;
    await waitFor(() => expect(preview()).toContain(signature), WAIT);
    expect(preview()).not.toContain('Ada Lovelace');
    expect(screen.getByTestId('safety-chosen').textContent).toContain(signature);
    // No town typed: nothing said about one.
    expect(screen.getByTestId('safety-chosen').textContent).not.toMatch(/town/);
    type(screen.getByTestId('sender-city'), 'Kazan');
    await waitFor(
      () => expect(screen.getByTestId('safety-chosen').textContent).toMatch(/town you typed stays/),
      WAIT,
    );
    expect(screen.queryByTestId('send-phone')).toBeNull();
    fireEvent.click(await screen.findByTestId('send-clipboard', {}, WAIT));
    await screen.findByTestId('handoff-state', {}, WAIT);
    const [letter] = await db.letters.toArray();
    expect(letter?.body).toContain(signature);
    expect(JSON.stringify(letter)).not.toContain('Ada Lovelace');
  });

  it('sends anonymously without a name typed at all', async () => {
    await open('RU');
    fireEvent.click(await screen.findByTestId('safety-anonymous', {}, WAIT));
    fireEvent.click(await screen.findByTestId('send-clipboard', {}, WAIT));
    await screen.findByTestId('handoff-state', {}, WAIT);
    expect(screen.queryByText(/Please enter your name/)).toBeNull();
    expect(await db.letters.count()).toBe(1);
  });

  it('takes the name out of a hand-edited letter when the reader goes anonymous', async () => {
    await open('RU');
    type(screen.getByTestId('sender-name'), 'Ada Lovelace');
    fireEvent.click(screen.getByTestId('safety-named'));
    fireEvent.click(await screen.findByTestId('edit-toggle', {}, WAIT));
    type(screen.getByTestId('edit-body'), 'My own words.\n\nAda Lovelace');
    fireEvent.click(screen.getByTestId('safety-change'));
    fireEvent.click(await screen.findByTestId('safety-anonymous', {}, WAIT));
    await waitFor(
      () =>
        expect((screen.getByTestId('edit-body') as HTMLTextAreaElement).value).not.toContain(
          'Ada Lovelace',
        ),
      WAIT,
    );
  });

  it('"Don\'t send" sends nothing; the reader can change their mind and sign with their name', async () => {
    await open('RU');
    type(screen.getByTestId('sender-name'), 'Ada Lovelace');
    fireEvent.click(screen.getByTestId('safety-decline'));
    expect(await screen.findByTestId('safety-declined', {}, WAIT)).toBeTruthy();
    expect(screen.queryByTestId('send-clipboard')).toBeNull();
    fireEvent.click(screen.getByTestId('safety-named'));
    fireEvent.click(await screen.findByTestId('send-clipboard', {}, WAIT));
    await screen.findByTestId('handoff-state', {}, WAIT);
    const [letter] = await db.letters.toArray();
    expect(letter?.body).toContain('Ada Lovelace');
  });

  it('shows no notice for a state not rated Not Free', async () => {
    await open('FR');
    await screen.findByTestId('send-clipboard', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('safety-notice')).toBeNull();
  });

  it('asks again for another risky country', async () => {
    await open('RU');
    fireEvent.click(await screen.findByTestId('safety-named', {}, WAIT));
    await screen.findByTestId('send-clipboard', {}, WAIT);
    fireEvent.change(screen.getByTestId('country'), { target: { value: 'CN' } });
    await waitFor(
      () => expect(screen.getByTestId('safety-notice').textContent).toContain('China'),
      WAIT,
    );
    expect(screen.queryByTestId('send-clipboard')).toBeNull();
  });

  it('starts with the answer given in the panel (article context), without asking again', async () => {
    await updateSettings({ country: 'RU', sender: { name: 'Ada Lovelace', city: '', role: '' } });
    render(
      <Composer
        variant="page"
        context={{
          url: 'https://news.example/a',
          title: 'A',
          outlet: 'news.example',
          passage: '',
          lang: 'en',
          safety: 'anonymous',
        }}
        browserLang="en-GB"
      />,
    );
    await screen.findByTestId('preview', {}, WAIT);
    expect(screen.getByTestId('safety-notice').getAttribute('data-choice')).toBe('anonymous');
    expect(await screen.findByTestId('send-clipboard', {}, WAIT)).toBeTruthy();
    expect(preview()).not.toContain('Ada Lovelace');
  });
});

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { OwnRecipients } from '../../../components/options/OwnRecipients';
import { addCustomRecipient, customRecipients, db, updateSettings } from '../../../lib/db';
import { dirOf, setLang } from '../../../lib/i18n';

function type(el: HTMLElement, value: string) {
  (el as HTMLInputElement).value = value;
  fireEvent.input(el);
}

const field = (name: string) => screen.getByTestId(`own-recipient-${name}`) as HTMLInputElement;
const status = () => screen.getByTestId('own-recipients-status');
/** The status text without the marks that isolate a name's direction (checked once below). */
const said = () => (status().textContent ?? '').replace(/[\u2068\u2069]/g, '');

beforeEach(async () => {
  setLang('en');
  await Promise.all(db.tables.map((t) => t.clear()));
});
afterEach(() => cleanup());

describe('Your own recipients (options page)', () => {
  it('is a section of the options page, empty at first', async () => {
    await updateSettings({ country: 'FR' });
    render(<OptionsApp ledgerUrl="chrome-extension://x/ledger.html" />);
    const section = (await screen.findByRole('heading', { name: 'Your own recipients' })).closest(
      'section',
    )!;
    expect(await within(section).findByText('You have not added anyone yet.')).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Add a recipient' }));
    type(field('name'), 'Élu local');
    fireEvent.click(screen.getByTestId('own-recipient-save'));
    // Stored with the reader's country, as the composer does.
    await waitFor(async () =>
      expect((await customRecipients()).map((r) => [r.name, r.country])).toEqual([
        ['Élu local', 'FR'],
      ]),
    );
  });

  it('checks every field on save: inline errors tied to their fields, focus on the first', async () => {
    render(<OwnRecipients country="GB" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a recipient' }));
    expect(document.activeElement).toBe(field('name'));
    type(field('email'), 'jane@');
    type(field('contactForm'), 'javascript:alert(1)');
    type(field('phone'), '12');
    fireEvent.click(screen.getByTestId('own-recipient-save'));

    await waitFor(() => expect(document.activeElement).toBe(field('name')));
    const messages: Record<string, string> = {
      name: 'Enter a name.',
      email: 'This is not an email address. It should look like name@example.org.',
      contactForm: 'Only web addresses starting with https:// or http:// can be used here.',
      phone: 'Use digits, spaces and + ( ) - . / only, with 3 to 15 digits.',
    };
    for (const [name, text] of Object.entries(messages)) {
      const input = field(name);
      expect(input.getAttribute('aria-invalid'), name).toBe('true');
      const described = (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent);
      expect(described, name).toContain(text);
    }
    expect(field('role').getAttribute('aria-invalid')).toBeNull();
    expect(await customRecipients()).toEqual([]);

    // Correcting a field clears its error; a valid form saves.
    type(field('name'), 'Jane Smith MP');
    expect(field('name').getAttribute('aria-invalid')).toBeNull();
    type(field('email'), 'jane.smith.mp@parliament.uk');
    type(field('contactForm'), '');
    type(field('phone'), '020 7219 3000');
    fireEvent.click(screen.getByTestId('own-recipient-save'));
    await waitFor(() => expect(said()).toMatch('Jane Smith MP was added.'));
    const row = await screen.findByTestId('own-recipient');
    expect(row.textContent).toContain('jane.smith.mp@parliament.uk');
    // Focus lands on the new row's Edit button, not lost with the closed form.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(row).getByRole('button', { name: 'Edit Jane Smith MP' }),
      ),
    );
    const [stored] = await customRecipients();
    expect(stored).toMatchObject({
      name: 'Jane Smith MP',
      email: 'jane.smith.mp@parliament.uk',
      phone: '020 7219 3000',
      country: 'GB',
    });
    expect(stored).not.toHaveProperty('contactForm');
  });

  it('edits a recipient in place; Escape cancels and gives focus back', async () => {
    const id = await addCustomRecipient({
      name: 'Ana',
      role: 'Mayor',
      country: 'PT',
      email: 'ana@example.pt',
      phone: '+351 21 000 0000',
    });
    render(<OwnRecipients country="PT" />);
    const edit = await screen.findByRole('button', { name: 'Edit Ana' });
    fireEvent.click(edit);
    expect(field('email').value).toBe('ana@example.pt');
    fireEvent.keyDown(field('email'), { key: 'Escape' });
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Ana' })),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Edit Ana' }));
    expect(screen.getByRole('heading', { name: 'Edit \u2068Ana\u2069' })).toBeTruthy();
    type(field('name'), 'Ana Silva');
    type(field('phone'), '');
    type(field('contactForm'), 'http://example.pt/contacto');
    fireEvent.click(screen.getByTestId('own-recipient-save'));
    await waitFor(() => expect(said()).toMatch('Changes to Ana Silva were saved.'));
    const [r] = await customRecipients();
    expect(r).toMatchObject({ id, name: 'Ana Silva', contactForm: 'http://example.pt/contacto' });
    expect(r).not.toHaveProperty('phone');
  });

  it('deletes with undo, announced, and focus goes to Undo and back to the row', async () => {
    await addCustomRecipient({ name: 'Chen Wei', role: '', country: 'CN' });
    render(<OwnRecipients country="CN" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Chen Wei' }));
    await waitFor(() => expect(screen.queryByTestId('own-recipient')).toBeNull());
    expect(said()).toMatch('Chen Wei was deleted.');
    expect(await customRecipients()).toEqual([]);
    const undo = screen.getByRole('button', { name: 'Undo deleting Chen Wei' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await waitFor(() => expect(said()).toMatch('Chen Wei is back.'));
    expect((await customRecipients()).map((r) => r.name)).toEqual(['Chen Wei']);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Chen Wei' })),
    );
  });

  it('shows recipients the composer adds, live (one store)', async () => {
    render(<OwnRecipients country="DE" />);
    await screen.findByText('You have not added anyone yet.');
    // What the composer's "add your own" does.
    await addCustomRecipient({ name: 'Frau Beispiel', role: 'MdB', country: 'DE' });
    expect((await screen.findByTestId('own-recipient')).textContent).toContain('Frau Beispiel');
  });

  it('speaks Arabic, right to left, with addresses kept left to right', async () => {
    setLang('ar');
    expect(dirOf()).toBe('rtl');
    await addCustomRecipient({ name: 'مريم', role: '', country: 'EG', email: 'm@example.eg' });
    render(<OwnRecipients country="EG" />);
    expect(await screen.findByRole('heading', { name: 'مستلموك الخاصّون' })).toBeTruthy();
    const row = await screen.findByTestId('own-recipient');
    expect(within(row).getByText('m@example.eg').getAttribute('dir')).toBe('ltr');
    expect(within(row).getByRole('button', { name: 'تعديل مريم' })).toBeTruthy();
    // In a sentence, the name is isolated (FSI … PDI) so it cannot reorder the words around it.
    fireEvent.click(within(row).getByRole('button', { name: 'حذف مريم' }));
    await waitFor(() => expect(status().textContent).toMatch('حُذف \u2068مريم\u2069.'));
  });
});

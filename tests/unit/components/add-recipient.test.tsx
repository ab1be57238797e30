import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddRecipientForm } from '../../../components/composer/AddRecipientForm';
import { setLang } from '../../../lib/i18n';

afterEach(() => cleanup());

function fill(label: string, value: string) {
  const el = screen.getByLabelText(label, { exact: false }) as HTMLInputElement;
  el.value = value;
  fireEvent.input(el);
}

describe('composer: add your own recipient', () => {
  it('applies the options page’s rules (one check for both)', async () => {
    setLang('en');
    const onAdd = vi.fn(async () => undefined);
    render(<AddRecipientForm onAdd={onAdd} onCancel={() => undefined} />);
    fill('Name', '\u202EJane Smith');
    fill('Email or contact-form link', 'javascript:alert(1)');
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/neither an email address/);
    expect(onAdd).not.toHaveBeenCalled();

    fill('Email or contact-form link', 'http://council.example.gov/write');
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(onAdd).toHaveBeenCalledWith({
        name: 'Jane Smith',
        role: '',
        contactForm: 'http://council.example.gov/write',
      }),
    );
  });
});

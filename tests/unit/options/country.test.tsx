import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageSettings } from '../../../components/options/LanguageSettings';
import { defaultSettings } from '../../../lib/db/settings';

afterEach(() => cleanup());

// Issue 18 item 6: options said "Not chosen" while the composer and panel used the locale's
// country. The empty choice now names the guess, and that choosing confirms it.
describe('Options: your country', () => {
  const save = () => Promise.resolve();
  it('names the guess while the reader has not chosen', () => {
    render(<LanguageSettings settings={defaultSettings()} save={save} browserLocale="de-AT" />);
    const guess = screen.getByTestId('country-guess');
    expect(guess.textContent).toMatch(/^Austria \(guessed/);
    expect(guess.textContent).not.toMatch(/Not chosen/);
  });
  it('says "Not chosen" only when there is no guess', () => {
    render(<LanguageSettings settings={defaultSettings()} save={save} browserLocale="en" />);
    expect(screen.getByTestId('country-guess').textContent).toBe('Not chosen');
  });
  it('shows the chosen country', () => {
    render(
      <LanguageSettings
        settings={{ ...defaultSettings(), country: 'KE' }}
        save={save}
        browserLocale="de-AT"
      />,
    );
    expect((document.getElementById('tlo-country') as HTMLSelectElement).value).toBe('KE');
  });
});

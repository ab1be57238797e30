/**
 * Issue 13 items 1 and 7 in the UI: the panel and the composer say exactly how far a status is
 * known (no "based on reports" where there are none), and the countdown runs on the New York
 * clock that also switches the ask.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Composer } from '../../../components/composer/Composer';
import { CountrySection } from '../../../components/panel/CountrySection';
import { GlobalStatusSection } from '../../../components/panel/GlobalStatusSection';
import { db } from '../../../lib/db';
import { setLang } from '../../../lib/i18n';
import { buildPanelView } from '../../../lib/panel/view';

const NOW = new Date('2026-12-05T12:00:00Z');
const view = (country: string, now = NOW) =>
  buildPanelView({ articleLang: 'en', userLang: 'en', country, now });

afterEach(() => cleanup());

describe('panel: status with its confidence', () => {
  beforeEach(() => setLang('en'));

  it('an unlisted state is "not in the list as of", never "has not signed" or "based on reports"', () => {
    const { container } = render(<CountrySection country={view('KE').country} />);
    const text = container.textContent ?? '';
    expect(text).toMatch(/Not among the listed signatories as of Nov 19, 2025/);
    expect(text).not.toMatch(/Has not signed|Based on reports/);
    // Kenya's absence was read in the Dutch treaty database (the UN page copy was read only from
    // Algeria to Jamaica): the headline does not call it the depositary's list; the note names it.
    expect(text).not.toMatch(/depositary's list/);
    expect(text).toMatch(/Dutch government’s treaty database, which mirrors the UN depositary/);
  });

  it('a reported status names its reporter and says the depositary has not confirmed it', () => {
    const { container } = render(<CountrySection country={view('GB').country} />);
    expect(container.textContent).toMatch(
      /Reported by Solicitors Journal, not confirmed by the UN depositary/,
    );
  });

  it('a reported ratification is shown as reported beside the confirmed signature', () => {
    const { container } = render(<CountrySection country={view('AZ').country} />);
    const text = container.textContent ?? '';
    expect(text).toMatch(/Signed, not ratified/);
    expect(text).toMatch(/Ratification reported by Trend News Agency/);
  });

  it('an unknown status claims no reports', () => {
    const { container } = render(<CountrySection country={view('SE').country} />);
    const text = container.textContent ?? '';
    expect(text).toMatch(/Status not confirmed/);
    expect(text).not.toMatch(/Based on reports/);
  });

  it('a confirmed status carries no warning', () => {
    const { container } = render(<CountrySection country={view('FR').country} />);
    expect(container.querySelector('.warn')).toBeNull();
    expect(container.textContent).toMatch(/Signed on Oct 25, 2025/);
  });
});

describe('panel: one New York clock for the countdown', () => {
  beforeEach(() => setLang('en'));

  it('still counts a day left at 02:00 UTC on 1 Jan 2027 (31 Dec, 21:00 in New York)', () => {
    const now = new Date('2027-01-01T02:00:00Z');
    const { container } = render(<GlobalStatusSection global={view('KE', now).global} now={now} />);
    expect(container.textContent).toMatch(/1 day left to sign/);
    expect(container.textContent).not.toMatch(/Signature closed/);
  });

  it('says signature has closed from New York midnight, when the ask switches', () => {
    const now = new Date('2027-01-01T05:00:00Z');
    const { container } = render(<GlobalStatusSection global={view('KE', now).global} now={now} />);
    expect(container.textContent).toMatch(/Signature closed/);
    expect(view('KE', now).country?.ask).toBe('do_not_accede');
  });

  it('shows the counts with their date and no second, contradicting figure', () => {
    const { container } = render(<GlobalStatusSection global={view('KE').global} now={NOW} />);
    const text = container.textContent ?? '';
    expect(text).toMatch(/As of Nov 19, 2025/);
    expect(text).not.toMatch(/\b7[4-6]\b/);
  });
});

describe('composer: the notice follows the confidence', () => {
  beforeEach(async () => {
    localStorage.clear();
    await db.delete();
    await db.open();
  });

  async function open(browserLang: string) {
    render(<Composer variant="page" context={null} browserLang={browserLang} />);
    await screen.findByTestId('sender-name', {}, { timeout: 10_000 });
  }

  it('an unlisted state: not in the list as of its date, and the letter does not say', async () => {
    await open('en-KE');
    const notice = await screen.findByTestId('status-notice');
    expect(notice.dataset.confidence).toBe('not_listed');
    expect(notice.textContent).toMatch(/not among the listed signatories as of Nov 19, 2025/);
    expect(notice.textContent).not.toMatch(/depositary's list/);
    expect(notice.textContent).not.toMatch(/sources do not settle/);
  });

  it('a reported status names the reporter', async () => {
    await open('en-GB');
    const notice = await screen.findByTestId('status-notice');
    expect(notice.textContent).toMatch(
      /reported by Solicitors Journal, not confirmed by the UN depositary/,
    );
    expect(screen.getByTestId('ask').textContent).not.toMatch(/Your country has signed/);
  });

  it('a confirmed status needs no notice', async () => {
    await open('fr-FR');
    await screen.findByTestId('ask');
    expect(screen.queryByTestId('status-notice')).toBeNull();
  });
});

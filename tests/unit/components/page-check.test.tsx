import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PageCheck } from '../../../components/popup/PageCheck';
import { setLang } from '../../../lib/i18n';
import type { Result } from '../../../lib/messaging';

afterEach(() => cleanup());

const status = () => screen.getByRole('status').textContent ?? '';

describe('popup: Check this page', () => {
  it('in "Only when I click" mode, opening the popup checks the active tab', async () => {
    setLang('en');
    const asked: number[] = [];
    render(
      <PageCheck
        auto
        activeTab={async () => 42}
        check={async (id): Promise<Result<{ match: boolean }>> => {
          asked.push(id);
          return { ok: true, data: { match: true } };
        }}
      />,
    );
    await waitFor(() => expect(status()).toMatch(/mentions the UN Convention/));
    expect(asked).toEqual([42]);
    expect(screen.getByText(/Only when I click/)).toBeTruthy();
  });

  it('in automatic mode waits for the button, and says when a page does not mention it', async () => {
    setLang('en');
    const asked: number[] = [];
    render(
      <PageCheck
        auto={false}
        activeTab={async () => 7}
        check={async (id) => (asked.push(id), { ok: true, data: { match: false } })}
      />,
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(asked).toEqual([]);
    expect(status()).toBe('');
    fireEvent.click(screen.getByTestId('check-page'));
    await waitFor(() => expect(status()).toMatch(/does not mention/));
    expect(asked).toEqual([7]);
  });

  it('explains that browser pages cannot be checked', async () => {
    setLang('en');
    render(
      <PageCheck
        auto
        activeTab={async () => 3}
        check={async () => ({ ok: false, error: 'Cannot access a chrome:// URL' })}
      />,
    );
    await waitFor(() => expect(status()).toMatch(/only check web pages/));
    render(
      <PageCheck
        auto
        activeTab={async () => undefined}
        check={async () => ({ ok: true, data: { match: true } })}
      />,
    );
    await waitFor(() =>
      expect(screen.getAllByRole('status')[1]!.textContent).toMatch(/only check web pages/),
    );
  });
});

import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RegionPicker } from '../../../components/composer/RegionPicker';
import { compose, townOf, withPostcode } from '../../../lib/letters';

afterEach(() => cleanup());

function picker(town: string, onChange = vi.fn(), onSignZip = vi.fn()) {
  render(
    <RegionPicker country="US" region="" onChange={onChange} town={town} onSignZip={onSignZip} />,
  );
  return { onChange, onSignZip };
}

function typeZip(value: string) {
  const el = screen.getByTestId('zip') as HTMLInputElement;
  el.value = value;
  fireEvent.input(el);
}

describe('the sender’s ZIP code reaches the signature only when the reader asks', () => {
  it('offers to add a ZIP code that found a district, and adds exactly that code', async () => {
    const { onChange, onSignZip } = picker('Oakland');
    expect(screen.queryByTestId('zip-sign')).toBeNull();
    typeZip('94612');
    const button = await screen.findByTestId('zip-sign', {}, { timeout: 10_000 });
    expect(onChange).toHaveBeenCalledWith('CA-12');
    expect(onSignZip).not.toHaveBeenCalled(); // never added without the reader's click
    expect(button.textContent).toContain('94612');
    fireEvent.click(button);
    expect(onSignZip).toHaveBeenCalledWith('94612');
  });

  it('does not offer it again once the town line carries the code', async () => {
    const { onChange } = picker('Oakland 94612');
    typeZip('94612');
    // The lookup has answered (it picked the district) and still no button is offered.
    await waitFor(() => expect(onChange).toHaveBeenCalledWith('CA-12'), { timeout: 10_000 });
    expect(screen.queryByTestId('zip-sign')).toBeNull();
  });

  it('puts the postcode under the name and keeps it out of the opening sentence', () => {
    expect(withPostcode('Oakland', '94612')).toBe('Oakland 94612');
    expect(withPostcode('Oakland 94607', '94612')).toBe('Oakland 94612');
    expect(withPostcode('', '94612')).toBe('94612');
    expect(townOf('Leeds LS1 4AP')).toBe('Leeds');
    expect(townOf('94612')).toBe('');
    const letter = (city: string) =>
      compose({
        sender: { name: 'Ada Lovelace', city },
        recipient: { name: 'Lateefah Simon', group: 'us_house' },
        lang: 'en',
        ask: 'do_not_sign',
        concerns: [],
        country: 'US',
      }).body;
    const body = letter('Oakland 94612');
    expect(body.endsWith('Ada Lovelace\nOakland 94612')).toBe(true);
    const opening = body.split('\n\n')[1]!;
    expect(opening).toMatch(/from Oakland\b/);
    expect(opening).not.toMatch(/94612/);
    // A code alone signs the letter but does not make a town of the opening sentence.
    expect(letter('94612').split('\n\n')[1]).not.toMatch(/94612/);
    expect(letter('94612').endsWith('Ada Lovelace\n94612')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { BarChart } from '../../../components/ledger/BarChart';
import { parseHash, routeHash } from '../../../components/ledger/route';
import { hostOf } from '../../../components/options/DetectionSettings';
import { validUpdateUrl } from '../../../components/options/UpdateSettings';

describe('ledger components', () => {
  it('every chart carries its figures as a table', () => {
    render(
      <BarChart
        id="c"
        title="By country"
        rows={[
          { key: 'US', label: 'United States', sent: 4, replied: 1 },
          { key: 'GB', label: 'United Kingdom', sent: 2, replied: 2 },
        ]}
      />,
    );
    const table = screen.getByRole('table', { hidden: true });
    const cells = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(cells).toEqual([
      ['United States', '4', '1', '25%'],
      ['United Kingdom', '2', '2', '100%'],
    ]);
    // The drawing itself is hidden from assistive technology.
    expect(document.querySelector('.tll-bars')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('routes round-trip through the URL hash', () => {
    for (const r of [
      { view: 'letters' as const },
      { view: 'impact' as const },
      { view: 'letters' as const, letter: 'a/b c', action: 'followup' as const },
      { view: 'letters' as const, letter: 'x', action: 'reply' as const },
      { view: 'letters' as const, letter: 'x' },
    ])
      expect(parseHash(routeHash(r))).toEqual(r);
    expect(parseHash('#nonsense=1')).toEqual({ view: 'letters' });
  });
});

describe('options input checks', () => {
  it('turns what people type into a host name', () => {
    expect(hostOf('https://www.Example.org/news/1')).toBe('example.org');
    expect(hostOf('news.example.co.uk')).toBe('news.example.co.uk');
    expect(hostOf('not a site')).toBeNull();
    expect(hostOf('')).toBeNull();
  });

  it('accepts https update addresses and loopback http only', () => {
    expect(validUpdateUrl('https://treaty-lens.org/feed.json')).toBe(true);
    expect(validUpdateUrl('http://127.0.0.1:8080/feed.json')).toBe(true);
    expect(validUpdateUrl('http://evil.example/feed.json')).toBe(false);
    expect(validUpdateUrl('javascript:alert(1)')).toBe(false);
  });
});

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseMailto } from '../../../lib/letters';

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/letter.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface Out {
  country: string;
  status: string;
  ask: string;
  lang: string;
  letters: {
    recipient: { name: string; role: string; channel: string; address: string };
    subject: string;
    body: string;
    mailto?: string;
  }[];
}

describe('npm run letter', () => {
  it('UK constituency by name: one MP, email channel, mailto matches the letter', () => {
    const r = run(
      '--country',
      'GB',
      '--region',
      'Leeds Central',
      '--sender',
      'Ada Lovelace',
      '--json',
    );
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out) as Out;
    expect(o).toMatchObject({ country: 'GB', status: 'signed', ask: 'do_not_ratify', lang: 'en' });
    expect(o.letters).toHaveLength(1);
    const l = o.letters[0]!;
    expect(l.recipient.channel).toBe('mailto');
    expect(l.body).toMatch(/MP,\n\n/);
    expect(l.body.endsWith('Yours sincerely,\nAda Lovelace')).toBe(true);
    const m = parseMailto(l.mailto!);
    expect(m.to).toEqual([l.recipient.address]);
    expect(m.headers['subject']).toBe(l.subject);
  });

  it('US state: two senators, no mailto for contact-form channels', () => {
    const o = JSON.parse(run('--country', 'US', '--region', 'ny', '--json').out) as Out;
    expect(o.ask).toBe('do_not_sign');
    expect(o.letters).toHaveLength(2);
    for (const l of o.letters) {
      expect(l.body).toMatch(/^Dear Senator /);
      if (l.recipient.channel !== 'mailto') expect(l.mailto).toBeUndefined();
    }
  });

  it('EU = European Parliament: consent ask, language and concerns honoured', () => {
    const o = JSON.parse(
      run('--country', 'EU', '--lang', 'fr', '--concerns', 'children,protocols', '--json').out,
    ) as Out;
    expect(o.lang).toBe('fr');
    expect(o.letters.length).toBeGreaterThan(0);
    for (const l of o.letters) {
      expect(l.subject).toMatch(/Parlement européen/);
      expect(l.body).toMatch(/14\(4\)/);
      expect(l.body).not.toMatch(/2\(h\)/);
    }
  });

  it('rejects unknown countries, languages and concerns with exit code 2', () => {
    expect(run('--country', 'XX').code).toBe(2);
    expect(run('--country', 'FR', '--lang', 'xx').code).toBe(2);
    expect(run('--country', 'FR', '--concerns', 'nope').code).toBe(2);
  });
});

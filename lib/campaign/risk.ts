/**
 * Where opposing the government can be dangerous: the states rated "Not Free" by a recognised
 * index. Before a named letter to such a government the composer and the panel warn the reader
 * and offer to send it without a name (issue 13); campaign updates start switched off there
 * (issue 15). The ratings and where each was read are in `data/fiw-2025.ts`; docs/campaign-data.md
 * explains the choice.
 */
import { FIW_2025, FIW_2025_TERRITORIES, type FiwStatus } from './data/fiw-2025';

export interface RiskIndex {
  /** The index, as it is cited in the notice. */
  name: string;
  publisher: string;
  /** The edition used (its year of publication). */
  edition: string;
  /** Publication date of that edition (YYYY-MM-DD). */
  date: string;
  /** The publisher's page for that edition. */
  url: string;
  /** The status that counts as risky. */
  status: 'Not Free';
}

export const riskIndex: RiskIndex = {
  name: 'Freedom in the World',
  publisher: 'Freedom House',
  edition: '2025',
  date: '2025-02-26',
  url: 'https://freedomhouse.org/report/freedom-world/2025/uphill-battle-to-safeguard-rights',
  status: 'Not Free',
};

/**
 * How the UI names the index: "Freedom House, Freedom in the World 2025", isolated
 * (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE) so that in an Arabic sentence the Latin
 * name and its year stay one left-to-right run instead of being reordered with the text around.
 */
export function riskIndexLabel(): string {
  return `\u2068${riskIndex.publisher}, ${riskIndex.name} ${riskIndex.edition}\u2069`;
}

/** What the index says of a state: its own rating, or those of the territories standing for it. */
export interface RiskRating {
  code: string;
  /** The rated country or territories, as the index names them. */
  names: string[];
  status: FiwStatus;
  /** Total score (0–100) per rated name, in the same order. */
  scores: number[];
}

/** The index's rating for a state (ISO 3166-1 alpha-2, any case), or undefined if unrated. */
export function riskRating(iso2: string): RiskRating | undefined {
  const code = iso2.toUpperCase();
  const row = FIW_2025[code];
  if (row) return { code, names: [row[0]], status: row[1], scores: [row[2]] };
  const parts = FIW_2025_TERRITORIES[code];
  if (!parts?.length) return undefined;
  // A state rated only through its territories counts as Not Free when every one of them is.
  const status: FiwStatus = parts.every((p) => p[1] === 'NF')
    ? 'NF'
    : parts.some((p) => p[1] === 'NF' || p[1] === 'PF')
      ? 'PF'
      : 'F';
  return { code, names: parts.map((p) => p[0]), status, scores: parts.map((p) => p[2]) };
}

/**
 * True when the state is rated "Not Free" by `riskIndex`. Unrated states (the Holy See, the
 * EU, unknown codes) are not risky by this test.
 */
export function isRiskyCountry(iso2: string): boolean {
  return riskRating(iso2)?.status === 'NF';
}

/** Every state the index rates Not Free, sorted by code. */
export function riskyCountries(): string[] {
  return [...Object.keys(FIW_2025), ...Object.keys(FIW_2025_TERRITORIES)]
    .filter(isRiskyCountry)
    .sort();
}

/**
 * Campaign updates are off by default for a reader in `country` (ISO 3166-1 alpha-2, may be
 * ''): lib/campaign/update-policy.ts says why.
 */
export function updatesOffByDefault(country: string): boolean {
  return !!country && isRiskyCountry(country);
}

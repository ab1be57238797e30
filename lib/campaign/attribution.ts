/** Where the shipped contact data comes from, for the About page (mirrors ATTRIBUTION.md). */

/** One shipped dataset and the credit its licence asks for. */
export interface DataSourceCredit {
  dataset: string;
  credit: string;
  licence: string;
  licenceUrl?: string;
  url: string;
  snapshot: string;
}

/** Every dataset the extension ships, with its required attribution. */
export const DATA_SOURCES: readonly DataSourceCredit[] = [
  {
    dataset: 'United States Congress',
    credit: '@unitedstates/congress-legislators',
    licence: 'CC0 1.0',
    licenceUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
    url: 'https://github.com/unitedstates/congress-legislators',
    snapshot: '2026-06-15',
  },
  {
    dataset: 'UK House of Commons',
    credit: 'Contains Parliamentary information licensed under the Open Parliament Licence v3.0',
    licence: 'Open Parliament Licence v3.0',
    licenceUrl:
      'https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/',
    url: 'https://github.com/dfe-analytical-services/mp-lookup',
    snapshot: '2026-06-27',
  },
  {
    dataset: 'Members of the European Parliament',
    credit: '© European Union – European Parliament',
    licence: 'Reuse with source acknowledgement',
    url: 'https://github.com/TechToThePeople/mep',
    snapshot: '2024-10-15',
  },
  {
    dataset: 'Head-of-government offices',
    credit: 'Wikidata',
    licence: 'CC0 1.0',
    licenceUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
    url: 'https://github.com/every-politician-scrapers/world-leaders-2021',
    snapshot: '2026',
  },
];

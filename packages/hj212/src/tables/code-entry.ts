/** One row of a code table, loaded by the server as a dictionary entry. */
export interface CodeEntry {
  code: string;
  zh: string;
  en: string;
}

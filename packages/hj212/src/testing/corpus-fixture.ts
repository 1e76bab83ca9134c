import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One record of /work/shared/testdata/hj212/packets.json (fields the tests read). */
export interface CorpusRecord {
  id: string;
  frame_hex: string;
  expected_outcome: string;
  header_fields?: [string, string][];
  cp_params?: [string, string][];
  cp_factors?: Record<string, Record<string, string>>;
  crc_status?: string;
  quirks?: string[];
  defect?: string;
}

export interface Corpus {
  real_packets: CorpusRecord[];
  real_packets_crc_mismatch: CorpusRecord[];
  malformed_packets: CorpusRecord[];
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Where the shared corpus lives, next to the repository (never copied into it). */
const CORPUS_PATH = path.resolve(repoRoot, '../shared/testdata/hj212/packets.json');

/** Loads the corpus, or returns null with a printed reason so the caller can skip. */
export function loadCorpus(): Corpus | null {
  if (!existsSync(CORPUS_PATH)) {
    console.warn(`HJ 212 corpus tests skipped: ${CORPUS_PATH} is absent`);
    return null;
  }
  return JSON.parse(readFileSync(CORPUS_PATH, 'utf8')) as Corpus;
}

export const frameBytes = (record: CorpusRecord): Buffer => Buffer.from(record.frame_hex, 'hex');

import type { ImportReport } from '@ecocloud/contracts';
import { buildUrl, http } from '../../lib/http';
import type {
  Alert,
  AlertKind,
  AlertStatus,
  CrcMode,
  DecodedLine,
  Device,
  DeviceInput,
  ExportFormat,
  ImportMode,
  QuarantineEntry,
  Station,
  StationInput,
  StationKind,
  StationQuery,
} from './types';
import { uploadWithProgress } from './upload-with-progress';

export const STATION_SORT_KEYS = ['code', 'name', 'kind', 'regionCode', 'lastDataAt'] as const;
const enc = encodeURIComponent;

export function fetchStations(query: StationQuery): Promise<{ items: Station[]; total: number }> {
  return http('/api/v1/stations', { query });
}

/** A station by id or by code (the detail page's URL carries the code). */
export function fetchStation(idOrCode: string): Promise<Station> {
  return http(`/api/v1/stations/${enc(idOrCode)}`);
}

export function createStation(input: StationInput): Promise<Station> {
  return http('/api/v1/stations', { method: 'POST', body: input });
}

/** The code is the station's identity and cannot change. */
export function updateStation(id: string, input: Omit<StationInput, 'code'>): Promise<Station> {
  return http(`/api/v1/stations/${enc(id)}`, { method: 'PATCH', body: input });
}

/** A plain GET link: the browser sends the session cookie and saves the file. */
export function stationsExportUrl(
  format: ExportFormat,
  filter: { kind?: StationKind; regionCode?: string } = {},
): string {
  return buildUrl('/api/v1/stations/export', { format, ...filter });
}

/** The station import template: every column the import reads and one example row. */
export const STATIONS_IMPORT_TEMPLATE_URL = '/api/v1/stations/import-template';

/** Uploads a station register (columns code,name,kind,region_code,lon,lat + optional); `onProgress` gets 0–100. */
export function importStations(
  file: File,
  opts: { dryRun: boolean; mode: ImportMode },
  onProgress?: (percent: number) => void,
): Promise<ImportReport> {
  return uploadWithProgress<ImportReport>(
    '/api/v1/stations/import',
    file,
    { dryRun: opts.dryRun, mode: opts.mode },
    onProgress,
  );
}

export function fetchDevices(): Promise<{ items: Device[]; total: number }> {
  return http('/api/v1/devices');
}

/** Creates a data logger; the MN is its identity and the password is required only here. */
export function createDevice(input: DeviceInput & { mn: string; password: string }): Promise<Device> {
  return http('/api/v1/devices', { method: 'POST', body: input });
}

/** Changes a data logger; an absent or empty password leaves the stored one as it is. */
export function updateDevice(id: string, input: DeviceInput): Promise<Device> {
  const { password, ...rest } = input;
  const body = password ? { ...rest, password } : rest;
  return http(`/api/v1/devices/${enc(id)}`, { method: 'PATCH', body });
}

export type QuarantineQuery = { page: number; pageSize: number; mn?: string; reasonCode?: string };
export function fetchQuarantine(query: QuarantineQuery): Promise<{ items: QuarantineEntry[]; total: number }> {
  return http('/api/v1/quarantine', { query });
}

/** The packet inspector: the server decodes every frame in `text` and says why a frame fails. */
export function decodeFrames(text: string, crcMode: CrcMode = 'hj212'): Promise<{ lines: DecodedLine[] }> {
  return http('/api/v1/hj212/decode', { method: 'POST', body: { text, crcMode } });
}

export type AlertQuery = { page: number; pageSize: number; status?: AlertStatus; kind?: AlertKind; stationId?: string };
export function fetchAlerts(query: AlertQuery): Promise<{ items: Alert[]; total: number }> {
  return http('/api/v1/alerts', { query });
}

/** Acknowledges alert rows at once (an event's `ids`, or several events'): all or none, each audited. */
export function acknowledgeAlerts(ids: string[]): Promise<void> {
  return http('/api/v1/alerts/acknowledge', { method: 'POST', body: { ids } });
}

/** Replaces the province base map (GeoJSON FeatureCollection, feature id = 6-digit region code). */
export function replaceBaseMap(geojson: unknown): Promise<void> {
  return http('/api/v1/settings/map', { method: 'PUT', body: geojson });
}

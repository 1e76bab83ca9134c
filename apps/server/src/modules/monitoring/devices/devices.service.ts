import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { AppError, type Device } from '@ecocloud/contracts';
import { constraintKind } from '../../../db/db-errors';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import type { DevicesTable } from '../monitoring.tables';
import { findStationInScope } from '../stations/stations.repository';
import {
  findDeviceInScope,
  findStationById,
  insertDevice,
  listDevicesInScope,
  updateDeviceRow,
  type DeviceRow,
} from './devices.repository';

function toDevice(r: DeviceRow): Device {
  return {
    id: r.id,
    mn: r.mn,
    st: r.st,
    stationId: r.station_id,
    stationCode: r.station_code,
    factorMap: JSON.parse(r.factor_map) as Device['factorMap'],
    crcMode: r.crc_mode as Device['crcMode'],
    isEnabled: r.is_enabled === 1,
    lastSeenAt: r.last_seen_at,
  };
}

export async function listDevices({ db }: Pick<ServiceDeps, 'db'>, actor: Actor) {
  const rows = await listDevicesInScope(db, actor);
  return { items: rows.map(toDevice), total: rows.length };
}

export type DeviceInput = {
  mn: string;
  password: string;
  st: string;
  stationId: string;
  factorMap: Device['factorMap'];
  crcMode: Device['crcMode'];
  isEnabled: boolean;
};

/** Registers a data logger (MN) for a station in the caller's scope. The password is HJ 212's PW: compared as sent. */
export async function createDevice({ db, clock }: ServiceDeps, actor: Actor | null, d: DeviceInput): Promise<Device> {
  return db.transaction().execute(async (trx) => {
    const station = actor ? await findStationInScope(trx, actor, d.stationId) : await findStationById(trx, d.stationId);
    if (!station)
      throw new AppError('STATION_NOT_FOUND', 'station not found', [{ path: 'body.stationId', message: 'not found' }]);
    const now = clock.now().toISOString();
    const row = {
      id: randomUUID(),
      mn: d.mn,
      password: d.password,
      st: d.st,
      station_id: station.id,
      factor_map: JSON.stringify(d.factorMap),
      crc_mode: d.crcMode,
      is_enabled: d.isEnabled ? 1 : 0,
      last_seen_at: null,
      created_at: now,
      updated_at: now,
    };
    try {
      await insertDevice(trx, row);
    } catch (err) {
      if (constraintKind(err) === 'unique')
        throw new AppError('CONFLICT', `MN ${d.mn} is registered`, [{ path: 'body.mn', message: 'exists' }]);
      throw err;
    }
    const device = toDevice({ ...row, station_code: station.code });
    const ctx = actor
      ? auditContextOf(actor)
      : { actorId: null, actorName: 'system', actorOrgId: null, requestId: null, ip: null };
    await appendAudit(trx, clock, ctx, {
      action: 'device.create',
      entityType: 'device',
      entityId: row.id,
      after: device,
    });
    return device;
  });
}

export async function updateDevice(
  { db, clock }: ServiceDeps,
  actor: Actor,
  id: string,
  patch: Partial<Omit<DeviceInput, 'mn'>>,
): Promise<Device> {
  return db.transaction().execute(async (trx) => {
    const before = await findDeviceInScope(trx, actor, id);
    if (!before) throw new AppError('DEVICE_NOT_FOUND', 'device not found');
    if (patch.stationId && !(await findStationInScope(trx, actor, patch.stationId)))
      throw new AppError('STATION_NOT_FOUND', 'station not found', [{ path: 'body.stationId', message: 'not found' }]);
    const set: Partial<Selectable<DevicesTable>> = { updated_at: clock.now().toISOString() };
    if (patch.password !== undefined) set.password = patch.password;
    if (patch.st !== undefined) set.st = patch.st;
    if (patch.stationId !== undefined) set.station_id = patch.stationId;
    if (patch.factorMap !== undefined) set.factor_map = JSON.stringify(patch.factorMap);
    if (patch.crcMode !== undefined) set.crc_mode = patch.crcMode;
    if (patch.isEnabled !== undefined) set.is_enabled = patch.isEnabled ? 1 : 0;
    await updateDeviceRow(trx, id, set);
    const after = await findDeviceInScope(trx, actor, id);
    if (!after) throw new Error(`device ${id} vanished inside its own transaction`);
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'device.update',
      entityType: 'device',
      entityId: id,
      before: toDevice(before),
      after: toDevice(after),
    });
    return toDevice(after);
  });
}

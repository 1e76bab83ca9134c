export { CRC_MODES, computeFrameCrc, crc16Hj212, crc16Modbus, formatCrc } from './crc';
export type { CrcMode } from './crc';
export { HJ212_ERROR_CODES } from './errors';
export type { Hj212Error, Hj212ErrorCode, JunkReason } from './errors';
export { DEFAULT_MAX_FRAME_BYTES, FrameReader, scanFrameEnds } from './frame-reader';
export type { FrameEvent, FrameEventFrame, FrameEventJunk, FrameReaderOptions } from './frame-reader';
export { MAX_DATA_SEGMENT_BYTES, decodeFrame } from './frame-decoder';
export { encodePacket, formatCp } from './packet-encoder';
export type { CpInput, EncodeOptions, PacketInput } from './packet-encoder';
export {
  buildDataAck,
  buildExecutionReply,
  buildGetTimeCommand,
  buildRequestReply,
  buildSetTimeCommand,
} from './reply-builders';
export type { ReplyOptions, ReplyTarget, TimeCommandInput } from './reply-builders';
export { SplitReassembler, mergeParts, splitKey } from './split-reassembler';
export type { ExpiredGroup, ReassemblyResult, SplitReassemblerOptions } from './split-reassembler';
export { toReadings } from './readings';
export type { FactorReading, ReadingPeriod, Readings, ReadingsOptions } from './readings';
export { formatDataTime, formatQn, parseHj212Time } from './time';
export type { CrcCheck, DecodeOptions, DecodedFrame, FactorFields, FieldPair, FlagInfo } from './types';
export type { CodeEntry } from './tables/code-entry';
export { COMMAND_CODES } from './tables/command-codes';
export { DATA_FLAGS, META_FIELDS, VALUE_FIELDS } from './tables/data-flags';
export { EXE_RTN, EXE_RTN_CODES, QN_RTN, QN_RTN_CODES } from './tables/return-codes';
export type { ExeRtn, QnRtn } from './tables/return-codes';
export { FACTOR_CODES_2005_TO_2017, POLLUTANT_CODES } from './tables/pollutant-codes';
export type { PollutantCode } from './tables/pollutant-codes';
export { SYSTEM_CODES } from './tables/system-codes';

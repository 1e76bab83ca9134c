import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '@ecocloud/contracts';
import { CONTENT_TYPES, formatOf, type TableFormat } from './table-io';

/** Reads the multipart field `file` of an import request into memory (bounded by the multipart limit). */
export async function readUpload(
  request: FastifyRequest,
): Promise<{ data: Buffer; format: TableFormat; filename: string }> {
  if (!request.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'send the file as multipart/form-data in the field "file"');
  const part = await request.file();
  if (!part || part.fieldname !== 'file')
    throw new AppError('VALIDATION_FAILED', 'the multipart field "file" is missing', [
      { path: 'body.file', message: 'required' },
    ]);
  const format = formatOf(part.filename);
  const data = await part.toBuffer();
  return { data, format, filename: part.filename };
}

export function sendTable(reply: FastifyReply, data: Buffer, format: TableFormat, basename: string) {
  return reply
    .header('content-type', CONTENT_TYPES[format])
    .header('content-disposition', `attachment; filename="${basename}.${format}"`)
    .send(data);
}

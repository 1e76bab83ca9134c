import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { patchSchemaOf } from './common';
import { UpdateDictEntryBodySchema } from './dictionaries';
import { UpdateDeviceBodySchema, UpdateStationBodySchema } from './monitoring';
import { UpdateEnterpriseBodySchema, UpdateOutletBodySchema } from './sources';

describe('PATCH bodies', () => {
  it('fill in nothing a caller left out (a create default would overwrite the stored value)', () => {
    for (const schema of [
      UpdateStationBodySchema,
      UpdateDeviceBodySchema,
      UpdateDictEntryBodySchema,
      UpdateEnterpriseBodySchema,
      UpdateOutletBodySchema,
    ])
      expect(schema.parse({})).toEqual({});
    expect(UpdateEnterpriseBodySchema.parse({ name: '改名' })).toEqual({ name: '改名' });
  });

  it('keep every field optional and its validation', () => {
    const create = z.object({
      name: z.string().min(1),
      tags: z.array(z.string()).default([]),
      on: z.boolean().default(true),
    });
    const patch = patchSchemaOf(create);
    expect(patch.parse({})).toEqual({});
    expect(patch.parse({ tags: ['a'] })).toEqual({ tags: ['a'] });
    expect(patch.safeParse({ name: '' }).success).toBe(false);
    expect(patch.safeParse({ on: 'yes' }).success).toBe(false);
  });
});

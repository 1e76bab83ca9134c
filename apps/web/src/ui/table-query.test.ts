import { describe, expect, it } from 'vitest';
import { sortOrderOf, sorterToQuery } from './table-query';

const allowed = ['username', 'createdAt'] as const;

describe('sorterToQuery', () => {
  it('maps ascend/descend to asc/desc for whitelisted keys', () => {
    expect(sorterToQuery({ columnKey: 'username', order: 'ascend' }, allowed)).toEqual({
      sort: 'username',
      order: 'asc',
    });
    expect(sorterToQuery({ field: 'createdAt', order: 'descend' }, allowed)).toEqual({
      sort: 'createdAt',
      order: 'desc',
    });
  });

  it('drops unknown keys and cleared sorts', () => {
    expect(sorterToQuery({ columnKey: 'password', order: 'ascend' }, allowed)).toEqual({});
    expect(sorterToQuery({ columnKey: 'username', order: null }, allowed)).toEqual({});
    expect(sorterToQuery([], allowed)).toEqual({});
  });

  it('round-trips through sortOrderOf', () => {
    const query = sorterToQuery({ columnKey: 'createdAt', order: 'descend' }, allowed);
    expect(sortOrderOf(query, 'createdAt')).toBe('descend');
    expect(sortOrderOf(query, 'username')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { OrderedReplies } from './ordered-replies';

describe('OrderedReplies', () => {
  it('holds a later reply until the earlier ones are settled, skipping nulls', () => {
    const written: string[] = [];
    const replies = new OrderedReplies((t) => written.push(t));
    const a = replies.reserve();
    const b = replies.reserve();
    const c = replies.reserve();
    c('C');
    b(null);
    expect(written).toEqual([]);
    expect(replies.waiting).toBe(3);
    a('A');
    expect(written).toEqual(['AC']);
    expect(replies.waiting).toBe(0);
    const d = replies.reserve();
    d('D');
    expect(written).toEqual(['AC', 'D']);
  });
});

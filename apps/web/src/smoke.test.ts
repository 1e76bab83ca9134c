import { it, expect } from 'vitest';
it('runs', () => { expect(typeof document).toBe('object'); });

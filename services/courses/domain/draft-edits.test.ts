import { describe, expect, it } from 'vitest';
import { structureProblems } from './draft-edits.ts';

const M1 = '01900000-0000-7000-8000-000000000001';
const M2 = '01900000-0000-7000-8000-000000000002';
const L1 = '01900000-0000-7000-8000-0000000000a1';
const L2 = '01900000-0000-7000-8000-0000000000a2';
const L3 = '01900000-0000-7000-8000-0000000000a3';
const OTHER = '01900000-0000-7000-8000-0000000000ff';
const modules = [{ id: M1 }, { id: M2 }];
const lessons = [{ id: L1 }, { id: L2 }, { id: L3 }];

describe('structureProblems', () => {
  it('accepts any permutation, lessons moved between modules included', () => {
    expect(structureProblems({ modules: [{ id: M2, lessons: [L3, L1] }, { id: M1, lessons: [L2] }] }, modules, lessons)).toEqual([]);
    expect(structureProblems({ modules: [{ id: M1, lessons: [] }, { id: M2, lessons: [L1, L2, L3] }] }, modules, lessons)).toEqual([]);
  });

  it('names ids of other drafts and ids listed twice by their place in the body', () => {
    expect(structureProblems({ modules: [{ id: M1, lessons: [L1, OTHER] }, { id: M2, lessons: [L2, L3, L1] }, { id: M1, lessons: [] }] }, modules, lessons)).toEqual([
      { field: 'modules.0.lessons.1', message: 'is not a lesson of this draft' },
      { field: 'modules.1.lessons.2', message: 'is listed twice' },
      { field: 'modules.2.id', message: 'is listed twice' },
    ]);
    expect(structureProblems({ modules: [{ id: OTHER, lessons: [] }, { id: M1, lessons: [L1, L2, L3] }, { id: M2, lessons: [] }] }, modules, lessons)).toEqual([
      { field: 'modules.0.id', message: 'is not a module of this draft' },
    ]);
  });

  it('refuses an order that leaves a module or a lesson out (a stale editor must reload, not drop content)', () => {
    const problems = structureProblems({ modules: [{ id: M1, lessons: [L1] }] }, modules, lessons);
    expect(problems).toEqual([
      { field: 'modules', message: `leaves out modules ${M2} (reload the draft)` },
      { field: 'modules', message: `leaves out lessons ${L2}, ${L3} (reload the draft)` },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { readFixture } from '../test-support/fixtures.ts';
import { BRETTEL_1997_TRITAN, MACHADO_2009 } from './cvd-matrices.ts';

interface MachadoFixture {
  matrices: Record<'protan' | 'deutan' | 'tritan', Record<string, number[][]>>;
}
interface DichromacyFixture {
  brettel1997_tritan: { m1: number[][]; m2: number[][]; separation_normal: number[] };
}

// The runtime must carry the matrices (an installed package has no test fixtures), so this
// checks the transcription number by number against the published data.
describe('embedded CVD matrices', () => {
  it('equal Machado et al. 2009 at every severity step', () => {
    const { matrices } = (readFixture('cvd/machado2009.json') as MachadoFixture);
    for (const kind of ['protan', 'deutan', 'tritan'] as const) {
      for (let step = 0; step <= 10; step++) {
        expect(MACHADO_2009[kind][step], `${kind} ${step / 10}`).toEqual(matrices[kind][String(step * 10)]?.flat());
      }
    }
  });

  it('equal Brettel et al. 1997 for tritanopia', () => {
    const { brettel1997_tritan: b } = (readFixture('cvd/dichromacy.json') as DichromacyFixture);
    expect(BRETTEL_1997_TRITAN.m1).toEqual(b.m1.flat());
    expect(BRETTEL_1997_TRITAN.m2).toEqual(b.m2.flat());
    expect([...BRETTEL_1997_TRITAN.separationNormal]).toEqual(b.separation_normal);
  });
});

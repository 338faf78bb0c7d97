import { FIRST_EXCHANGE_STRENGTH, strengthenedByExchange } from './exchange-ties';

describe('how exchanges strengthen a tie', () => {
  it('closes 40% of the gap to 1 with each exchange, never passing 1', () => {
    const second = strengthenedByExchange(FIRST_EXCHANGE_STRENGTH);
    expect(second).toBeCloseTo(0.7);
    expect(strengthenedByExchange(second)).toBeCloseTo(0.82);
    expect(strengthenedByExchange(1)).toBe(1);
    let strength = FIRST_EXCHANGE_STRENGTH;
    for (let i = 0; i < 50; i++) strength = strengthenedByExchange(strength);
    expect(strength).toBeLessThanOrEqual(1);
    expect(strength).toBeGreaterThan(0.99);
  });
});

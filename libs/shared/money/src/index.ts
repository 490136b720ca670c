// TEMPORARY stand-in with the API agreed in common.md, until the money engineer's
// libs/shared/money lands on main (take theirs on merge).
export function parseCents(value: string | number | bigint): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`${value} is not a whole number of cents`);
    return BigInt(value);
  }
  if (!/^-?\d{1,19}$/.test(value.trim())) throw new Error(`${value} is not a whole number of cents`);
  return BigInt(value.trim());
}
export function parseDollars(text: string): bigint | null {
  const m = /^\s*(-)?\$?\s*(\d{1,3}(,\d{3})*|\d+)(\.(\d{1,2}))?\s*$/.exec(text);
  if (!m) return null;
  const cents = BigInt(m[2].replace(/,/g, '')) * 100n + BigInt((m[5] ?? '').padEnd(2, '0') || '0');
  return m[1] ? -cents : cents;
}
export function formatCents(c: bigint | string): string {
  const v = typeof c === 'string' ? BigInt(c) : c;
  const neg = v < 0n;
  const abs = neg ? -v : v;
  const dollars = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}$${dollars}.${(abs % 100n).toString().padStart(2, '0')}`;
}
export function sumCents(values: Iterable<bigint>): bigint {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}
export function splitCents(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = sumCents(weights);
  if (weights.length === 0) return [];
  if (sum === 0n) return weights.map((_, i) => (i === 0 ? total : 0n));
  const parts = weights.map((w) => (total * w) / sum);
  const rems = weights.map((w, i) => ({ i, r: (total * w) % sum }));
  let left = total - sumCents(parts);
  const step = left >= 0n ? 1n : -1n;
  rems.sort((a, b) => (step > 0n ? (b.r > a.r ? 1 : b.r < a.r ? -1 : a.i - b.i) : (a.r > b.r ? 1 : a.r < b.r ? -1 : a.i - b.i)));
  for (let k = 0; left !== 0n; k = (k + 1) % rems.length) {
    parts[rems[k].i] += step;
    left -= step;
  }
  return parts;
}

import { FingerprintCache } from './fingerprint-cache';

describe('FingerprintCache', () => {
  it('builds once per key and fingerprint, shared by concurrent readers', async () => {
    const cache = new FingerprintCache<number>(4);
    let builds = 0;
    const build = async () => {
      builds += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return builds;
    };
    const answers = await Promise.all([cache.get('a', 'f1', build), cache.get('a', 'f1', build)]);
    expect(answers).toEqual([1, 1]);
    expect(await cache.get('a', 'f1', build)).toBe(1);
    expect(builds).toBe(1);
  });

  it('builds again when the fingerprint changes', async () => {
    const cache = new FingerprintCache<string>(4);
    expect(await cache.get('a', 'f1', async () => 'old')).toBe('old');
    expect(await cache.get('a', 'f2', async () => 'new')).toBe('new');
    expect(await cache.get('a', 'f2', async () => 'never')).toBe('new');
  });

  it('drops a failed build so the next reader tries again', async () => {
    const cache = new FingerprintCache<string>(4);
    await expect(
      cache.get('a', 'f1', async () => {
        throw new Error('database gone');
      }),
    ).rejects.toThrow('database gone');
    expect(cache.size).toBe(0);
    expect(await cache.get('a', 'f1', async () => 'built')).toBe('built');
  });

  it('keeps at most its capacity, dropping the least recently used key', async () => {
    const cache = new FingerprintCache<string>(2);
    await cache.get('a', 'f', async () => 'a1');
    await cache.get('b', 'f', async () => 'b1');
    await cache.get('a', 'f', async () => 'a2');
    await cache.get('c', 'f', async () => 'c1');
    expect(cache.size).toBe(2);
    expect(await cache.get('a', 'f', async () => 'a3')).toBe('a1');
    expect(await cache.get('b', 'f', async () => 'b2')).toBe('b2');
  });
});

import DataLoader from 'dataloader';
import type { GqlContext } from './graphql-options';

/**
 * One DataLoader per key per request: field resolvers batch their lookups
 * instead of querying once per parent row.
 */
export function requestLoader<K, V>(
  context: Pick<GqlContext, 'loaders'>,
  key: string,
  batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>,
): DataLoader<K, V> {
  let loader = context.loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
    context.loaders.set(key, loader);
  }
  return loader;
}

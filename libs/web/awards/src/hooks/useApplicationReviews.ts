import { useCallback, useEffect, useMemo, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import type { AwardsApplicationReviewsQuery } from '@abate/web/core';
import { applicationReviewsQuery } from '../graphql/awards.documents';

export type ApplicationReview = AwardsApplicationReviewsQuery['applicationReviews'][number];

interface Loaded {
  key: string;
  reviews: Map<string, ApplicationReview[]>;
  error?: CombinedError;
}

/** The submitted reviews of each application, fetched together (one query per application). */
export function useApplicationReviews(applicationIds: readonly string[]) {
  const client = useClient();
  const key = applicationIds.join(',');
  const ids = useMemo(() => key.split(',').filter(Boolean), [key]);
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const loadKey = `${key}#${attempt}`;

  useEffect(() => {
    let current = true;
    const requestPolicy = attempt > 0 ? 'network-only' : 'cache-first';
    Promise.all(
      ids.map((applicationId) =>
        client.query(applicationReviewsQuery, { applicationId }, { requestPolicy }).toPromise(),
      ),
    ).then((results) => {
      if (!current) return;
      const reviews = new Map<string, ApplicationReview[]>();
      results.forEach((result, index) => {
        if (result.data) reviews.set(ids[index], result.data.applicationReviews);
      });
      setLoaded({ key: loadKey, reviews, error: results.find((result) => result.error)?.error });
    });
    return () => {
      current = false;
    };
  }, [client, ids, attempt, loadKey]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const fresh = loaded?.key === loadKey ? loaded : null;
  return { reviews: fresh?.reviews ?? null, fetching: !fresh, error: fresh?.error, retry };
}

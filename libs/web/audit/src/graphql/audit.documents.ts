import { graphql } from '@abate/web/core';

export const auditTrailQuery = graphql(`
  query AuditTrail(
    $actor: String
    $action: String
    $entityType: String
    $entityId: ID
    $from: DateTime
    $to: DateTime
    $first: Int!
    $after: String
  ) {
    auditEvents(
      actor: $actor
      action: $action
      entityType: $entityType
      entityId: $entityId
      from: $from
      to: $to
      first: $first
      after: $after
      newestFirst: true
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        occurredAt
        actorId
        actorEmail
        action
        entityType
        entityId
        before
        after
      }
    }
  }
`);

export const recentChangesQuery = graphql(`
  query RecentChanges($first: Int!) {
    auditEvents(first: $first, newestFirst: true) {
      totalCount
      nodes {
        id
        occurredAt
        actorEmail
        action
        entityType
        entityId
      }
    }
  }
`);

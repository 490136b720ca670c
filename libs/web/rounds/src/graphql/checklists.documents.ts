import { graphql } from '@abate/web/core';

export const checklistQuery = graphql(`
  query RoundsChecklist($key: String!, $version: String) {
    checklist(key: $key, version: $version) {
      id
      key
      version
      title
      about
      scoring
      publishedAt
      scale {
        value
        label
        meaning
      }
      domains {
        key
        title
      }
      items {
        key
        domain
        title
        description
        reviewerGuidance
        weight
        critical
        sources {
          id
          citation
          url
        }
      }
      sources {
        id
        citation
        url
      }
    }
  }
`);

export const publishChecklistVersionMutation = graphql(`
  mutation RoundsPublishChecklistVersion($input: ChecklistInput!) {
    publishChecklistVersion(input: $input) {
      id
      key
      version
      title
      items {
        key
      }
    }
  }
`);

import { gql } from 'urql';

/*
 * Plain urql documents typed by hand: `Application.attachments` and
 * `deleteAttachment` enter apps/api/schema.gql once AttachmentsModule is in the
 * API's AppModule and `npm run generate` has run. Then these can move to
 * `graphql()` from @abate/web/core and the interfaces below to the generated types.
 */

export interface AttachmentItem {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
  downloadUrl: string;
}

export interface ApplicationAttachmentsQuery {
  application: { id: string; attachments: AttachmentItem[] };
}

export interface ApplicationAttachmentsVariables {
  id: string;
}

export const applicationAttachmentsQuery = gql<ApplicationAttachmentsQuery, ApplicationAttachmentsVariables>`
  query ApplicationAttachments($id: ID!) {
    application(id: $id) {
      id
      attachments {
        id
        fileName
        contentType
        sizeBytes
        uploadedAt
        downloadUrl
      }
    }
  }
`;

export interface DeleteAttachmentMutation {
  deleteAttachment: boolean;
}

export const deleteAttachmentMutation = gql<DeleteAttachmentMutation, { id: string }>`
  mutation DeleteAttachment($id: ID!) {
    deleteAttachment(id: $id)
  }
`;

import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Alert, Button, FileInput, type FileInputRef } from '@trussworks/react-uswds';
import { toApiErrors, formatLocalDateTime } from '@abate/web/core';
import {
  applicationAttachmentsQuery,
  deleteAttachmentMutation,
  type AttachmentItem,
} from '../graphql/attachments.documents';
import { useAttachmentUploads } from '../hooks/useAttachmentUploads';
import { ACCEPT, formatBytes, typeLabel } from '../model/format';
import { UploadProgress } from './UploadProgress';

export interface AttachmentsPanelProps {
  applicationId: string;
  /** Members of the organization while the application is a draft: may add and delete files. */
  editable: boolean;
}

/**
 * "Supporting documents": the application's files with download links and,
 * when editable, a file input that uploads at once (with progress) and a
 * delete button per file that asks for confirmation in place.
 */
export function AttachmentsPanel({ applicationId, editable }: AttachmentsPanelProps) {
  const ids = useId();
  const headingId = `${ids}-heading`;
  const inputId = `${ids}-input`;
  const hintId = `${ids}-hint`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fileInputRef = useRef<FileInputRef>(null);
  const deleteButtons = useRef(new Map<string, HTMLButtonElement>());
  const confirmRef = useRef<HTMLButtonElement>(null);

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: applicationAttachmentsQuery,
    variables: { id: applicationId },
  });
  const [{ fetching: deleting }, executeDelete] = useMutation(deleteAttachmentMutation);
  const [announcement, setAnnouncement] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const uploads = useAttachmentUploads(
    applicationId,
    (fileName) => {
      setAnnouncement(`Uploaded ${fileName}`);
      refresh();
    },
    (fileName) => setAnnouncement(`Upload of ${fileName} canceled`),
  );

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const attachments = data?.application.attachments ?? [];

  const onFilesChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    // The list below shows each file's progress; the input is ready for more at once.
    fileInputRef.current?.clearFiles();
    if (files.length > 0) {
      setAnnouncement(files.length === 1 ? `Uploading ${files[0].name}` : `Uploading ${files.length} files`);
      uploads.add(files);
    }
  };

  const cancelDelete = (id: string) => {
    setConfirming(null);
    deleteButtons.current.get(id)?.focus();
  };

  const confirmDelete = async (attachment: AttachmentItem) => {
    setDeleteError(null);
    const result = await executeDelete({ id: attachment.id });
    setConfirming(null);
    if (result.error) {
      const [first] = toApiErrors(result.error);
      setDeleteError(`${attachment.fileName} was not deleted: ${first?.message ?? 'try again'}`);
      deleteButtons.current.get(attachment.id)?.focus();
      return;
    }
    setAnnouncement(`Deleted ${attachment.fileName}`);
    // Its row is gone, so focus goes back to the top of the panel.
    headingRef.current?.focus();
    refresh();
  };

  const failed = uploads.items.filter((item) => item.state === 'failed');
  const inProgress = uploads.items.filter((item) => item.state !== 'failed');

  return (
    <section aria-labelledby={headingId} className="margin-y-4">
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="margin-bottom-1">
        Supporting documents
      </h2>
      <div aria-live="polite" role="status" className="usa-sr-only">
        {announcement}
      </div>

      {error && !data ? (
        <Alert type="error" slim role="alert">
          <p className="usa-alert__text">Supporting documents could not be loaded: {toApiErrors(error)[0]?.message}</p>
        </Alert>
      ) : fetching && !data ? (
        <p>Loading supporting documents…</p>
      ) : attachments.length === 0 ? (
        <p className="text-base">No supporting documents yet.</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked width-full" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Type</th>
              <th scope="col">Size</th>
              <th scope="col">Uploaded</th>
              {editable && (
                <th scope="col">
                  <span className="usa-sr-only">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {attachments.map((attachment) => (
              <tr key={attachment.id}>
                <th scope="row" data-label="File">
                  <a className="usa-link" href={attachment.downloadUrl} download={attachment.fileName}>
                    {attachment.fileName}
                    <span className="usa-sr-only"> (download)</span>
                  </a>
                </th>
                <td data-label="Type">{typeLabel(attachment.contentType)}</td>
                <td data-label="Size">{formatBytes(attachment.sizeBytes)}</td>
                <td data-label="Uploaded">{formatLocalDateTime(attachment.uploadedAt)}</td>
                {editable && (
                  <td data-label="Actions">
                    {confirming === attachment.id ? (
                      <span role="group" aria-label={`Delete ${attachment.fileName}?`}>
                        <span className="margin-right-1">Delete {attachment.fileName}?</span>
                        <Button
                          type="button"
                          secondary
                          className="margin-right-1"
                          ref={confirmRef}
                          disabled={deleting}
                          onClick={() => void confirmDelete(attachment)}
                        >
                          {deleting ? 'Deleting…' : 'Yes, delete'}
                        </Button>
                        <Button type="button" unstyled disabled={deleting} onClick={() => cancelDelete(attachment.id)}>
                          Cancel
                        </Button>
                      </span>
                    ) : (
                      <Button
                        type="button"
                        unstyled
                        ref={(button: HTMLButtonElement | null) => {
                          if (button) deleteButtons.current.set(attachment.id, button);
                          else deleteButtons.current.delete(attachment.id);
                        }}
                        disabled={deleting}
                        onClick={() => {
                          setDeleteError(null);
                          setConfirming(attachment.id);
                        }}
                      >
                        Delete<span className="usa-sr-only"> {attachment.fileName}</span>
                      </Button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {deleteError && (
        <Alert type="error" slim role="alert">
          {deleteError}
        </Alert>
      )}

      {editable && (
        <div className="usa-form-group margin-top-3">
          <label className="usa-label" htmlFor={inputId}>
            Add supporting documents
          </label>
          <span className="usa-hint" id={hintId}>
            PDF, Word (.docx), Excel (.xlsx), PNG or JPEG; up to 10 MB each. Files upload as soon as you choose them.
          </span>
          {failed.map((item) => (
            <Alert key={item.key} type="error" slim role="alert" className="margin-top-1">
              <p className="usa-alert__text">
                {item.message}{' '}
                <Button type="button" unstyled onClick={() => uploads.dismiss(item.key)}>
                  Dismiss<span className="usa-sr-only"> message about {item.fileName}</span>
                </Button>
              </p>
            </Alert>
          ))}
          <FileInput
            id={inputId}
            name="attachments"
            multiple
            accept={ACCEPT}
            aria-describedby={hintId}
            ref={fileInputRef}
            onChange={onFilesChosen}
          />
          {inProgress.length > 0 && (
            <ul className="usa-list usa-list--unstyled margin-top-2" aria-label="Uploads in progress">
              {inProgress.map((item) => (
                <UploadProgress key={item.key} item={item} onCancel={() => uploads.cancel(item.key)} />
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

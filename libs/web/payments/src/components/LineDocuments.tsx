import { useId, useRef, useState, type ChangeEvent } from 'react';
import { ACCEPT, formatBytes, uploadFileTo } from '@abate/web/attachments';

export interface LineDocument {
  id: string;
  fileName: string;
  sizeBytes: number;
  downloadUrl: string;
}

export interface LineDocumentsProps {
  lineId: string;
  /** "line 2": names the file input for screen readers. */
  lineLabel: string;
  documents: readonly LineDocument[];
  editable: boolean;
  onUploaded: () => void;
}

/** A payment line's supporting documents (receipts, invoices, payroll records), uploaded at once through the attachments domain. */
export function LineDocuments({ lineId, lineLabel, documents, editable, onUploaded }: LineDocumentsProps) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const onChosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    for (const file of files) {
      setMessage(null);
      setProgress(0);
      const result = await uploadFileTo(
        `/api/payment-lines/${encodeURIComponent(lineId)}/attachments`,
        file,
        setProgress,
      ).result;
      setProgress(null);
      setMessage(result.ok ? { error: false, text: `Uploaded ${file.name}` } : { error: true, text: result.message });
      if (result.ok) onUploaded();
    }
    if (input.current) input.current.value = '';
  };

  return (
    <div className="margin-top-2">
      <p className="text-bold margin-bottom-05">Supporting documents</p>
      {documents.length === 0 ? (
        <p className="margin-top-0">None yet.</p>
      ) : (
        <ul className="usa-list margin-top-0">
          {documents.map((doc) => (
            <li key={doc.id}>
              <a className="usa-link" href={doc.downloadUrl}>
                {doc.fileName}
              </a>{' '}
              <span className="text-base">({formatBytes(doc.sizeBytes)})</span>
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <>
          <label className="usa-label margin-top-1" htmlFor={inputId}>
            Add documents to {lineLabel}
          </label>
          <span className="usa-hint" id={`${inputId}-hint`}>
            PDF, image, spreadsheet or document files up to 10 MB each.
          </span>
          <input
            ref={input}
            id={inputId}
            className="usa-file-input__input display-block margin-top-1"
            type="file"
            multiple
            accept={ACCEPT}
            aria-describedby={`${inputId}-hint`}
            onChange={(event) => void onChosen(event)}
          />
          {progress !== null && <p role="status">Uploading… {Math.round(progress * 100)}%</p>}
          <p role={message?.error ? 'alert' : 'status'} className={message?.error ? 'text-secondary-dark' : ''}>
            {message?.text}
          </p>
        </>
      )}
    </div>
  );
}

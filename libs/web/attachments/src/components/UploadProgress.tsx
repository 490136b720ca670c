import { Button } from '@trussworks/react-uswds';
import type { UploadItem } from '../hooks/useAttachmentUploads';

export interface UploadProgressProps {
  item: UploadItem;
  onCancel: () => void;
}

/** One file on its way: name, a progress bar screen readers can read, and a way to stop it. */
export function UploadProgress({ item, onCancel }: UploadProgressProps) {
  const percent = Math.round(item.progress * 100);
  const waiting = item.state === 'waiting';
  return (
    <li className="margin-bottom-2">
      <div className="display-flex flex-justify flex-align-center">
        <span className="text-bold">{item.fileName}</span>
        <Button type="button" unstyled onClick={onCancel}>
          Cancel<span className="usa-sr-only"> upload of {item.fileName}</span>
        </Button>
      </div>
      <div
        role="progressbar"
        aria-label={`Uploading ${item.fileName}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={waiting ? 'Waiting to upload' : `${percent}% uploaded`}
        className="bg-base-lighter radius-pill height-1 margin-top-05 overflow-hidden"
      >
        <div className="bg-primary height-full" style={{ width: `${percent}%`, transition: 'width 0.2s' }} />
      </div>
      <span className="usa-hint font-body-3xs">{waiting ? 'Waiting…' : `${percent}%`}</span>
    </li>
  );
}

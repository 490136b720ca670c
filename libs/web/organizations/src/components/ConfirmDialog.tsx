import type { ReactNode, RefObject } from 'react';
import { Alert, Button, ButtonGroup, Modal, ModalFooter, ModalHeading, type ModalRef } from '@trussworks/react-uswds';

export interface ConfirmDialogProps {
  id: string;
  modalRef: RefObject<ModalRef | null>;
  heading: string;
  /** What will happen, in plain words. */
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  /** The API's refusal, shown in the dialog. */
  error?: string | null;
  onConfirm: () => void;
  /** A red confirm button for what cannot be undone lightly (deactivating, removing). */
  danger?: boolean;
}

/** A USWDS modal that asks before a consequential change. */
export function ConfirmDialog({
  id,
  modalRef,
  heading,
  children,
  confirmLabel,
  busy,
  error,
  onConfirm,
  danger,
}: ConfirmDialogProps) {
  return (
    <Modal ref={modalRef} id={id} aria-labelledby={`${id}-heading`} aria-describedby={`${id}-description`}>
      <ModalHeading id={`${id}-heading`}>{heading}</ModalHeading>
      <div className="usa-prose" id={`${id}-description`}>
        {children}
      </div>
      {error && (
        <Alert type="error" slim>
          {error}
        </Alert>
      )}
      <ModalFooter>
        <ButtonGroup>
          <Button type="button" secondary={danger} disabled={busy} onClick={onConfirm}>
            {busy ? 'Working…' : confirmLabel}
          </Button>
          <Button
            type="button"
            unstyled
            className="padding-105 text-center"
            onClick={() => modalRef.current?.toggleModal(undefined, false)}
          >
            Cancel
          </Button>
        </ButtonGroup>
      </ModalFooter>
    </Modal>
  );
}

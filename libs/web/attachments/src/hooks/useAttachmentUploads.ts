import { useCallback, useEffect, useRef, useState } from 'react';
import { localRefusal } from '../model/format';
import { uploadFile } from '../model/upload-file';

export interface UploadItem {
  key: string;
  fileName: string;
  /** 0 to 1. */
  progress: number;
  state: 'waiting' | 'uploading' | 'failed';
  /** Why it failed, in the server's words when it answered. */
  message?: string;
}

export interface AttachmentUploads {
  items: UploadItem[];
  /** Queues files; they are sent one at a time. */
  add: (files: File[]) => void;
  cancel: (key: string) => void;
  dismiss: (key: string) => void;
}

let nextKey = 0;

/**
 * A queue of uploads for one application, sent one after another with progress.
 * A file the server would refuse for its size is refused here without sending it.
 */
export function useAttachmentUploads(
  applicationId: string,
  onUploaded: (fileName: string) => void,
  onCancelled: (fileName: string) => void,
): AttachmentUploads {
  const [items, setItems] = useState<UploadItem[]>([]);
  const queue = useRef<Array<{ key: string; file: File }>>([]);
  const current = useRef<{ key: string; cancel: () => void } | null>(null);
  const callbacks = useRef({ onUploaded, onCancelled });
  useEffect(() => {
    callbacks.current = { onUploaded, onCancelled };
  });

  const update = useCallback(
    (key: string, change: Partial<UploadItem>) =>
      setItems((all) => all.map((item) => (item.key === key ? { ...item, ...change } : item))),
    [],
  );
  const remove = useCallback((key: string) => setItems((all) => all.filter((item) => item.key !== key)), []);

  const pump = useCallback(async () => {
    if (current.current) return;
    const next = queue.current.shift();
    if (!next) return;
    update(next.key, { state: 'uploading', progress: 0 });
    const handle = uploadFile(applicationId, next.file, (progress) => update(next.key, { progress }));
    current.current = { key: next.key, cancel: handle.cancel };
    const result = await handle.result;
    current.current = null;
    if (result.ok) {
      remove(next.key);
      callbacks.current.onUploaded(result.attachment.fileName);
    } else if (result.canceled) {
      remove(next.key);
      callbacks.current.onCancelled(next.file.name);
    } else {
      update(next.key, { state: 'failed', message: result.message });
    }
    void pump();
  }, [applicationId, remove, update]);

  const add = useCallback(
    (files: File[]) => {
      const added: UploadItem[] = files.map((file) => {
        const key = `upload-${++nextKey}`;
        const refusal = localRefusal(file);
        if (!refusal) queue.current.push({ key, file });
        return refusal
          ? { key, fileName: file.name, progress: 0, state: 'failed', message: refusal }
          : { key, fileName: file.name, progress: 0, state: 'waiting' };
      });
      setItems((all) => [...all.filter((item) => item.state !== 'failed'), ...added]);
      void pump();
    },
    [pump],
  );

  const cancel = useCallback(
    (key: string) => {
      if (current.current?.key === key) {
        current.current.cancel();
        return;
      }
      const waiting = queue.current.find((entry) => entry.key === key);
      queue.current = queue.current.filter((entry) => entry.key !== key);
      remove(key);
      if (waiting) callbacks.current.onCancelled(waiting.file.name);
    },
    [remove],
  );

  // Leaving the page stops what is still on its way.
  useEffect(
    () => () => {
      queue.current = [];
      current.current?.cancel();
    },
    [],
  );

  return { items, add, cancel, dismiss: remove };
}

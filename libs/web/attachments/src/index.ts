export { AttachmentsPanel, type AttachmentsPanelProps } from './components/AttachmentsPanel';
export { uploadFileTo, type UploadHandle, type UploadResult } from './model/upload-file';
export { ACCEPT, formatBytes } from './model/format';

export { AttachmentsPanel, type AttachmentsPanelProps } from './components/AttachmentsPanel';

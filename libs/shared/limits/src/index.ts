/**
 * Every length and size limit that both the API (class-validator, services) and the web (forms'
 * models, `maxLength`, hints) check. Change a limit here and both sides follow; a column's SQL
 * length is in its migration (they agree: see the entities' schema-drift tests).
 */

/** An application's answer to one checklist item, its summary, a report's narrative answers, a review's item comment, decision notes and conflict explanations. */
export const NARRATIVE_MAX_CHARS = 5_000;
/** A review's overall comment, a checklist item's reviewer guidance. */
export const LONG_TEXT_MAX_CHARS = 10_000;
/** Titles and names: an application, a round, an organization, a person. */
export const TITLE_MAX_CHARS = 200;
/** A funding round's description. */
export const ROUND_DESCRIPTION_MAX_CHARS = 20_000;
/** A short text: a reason kept in the audit trail (closing a round early, reversing a ledger entry), a failed payment's note, a ledger description, a source citation. */
export const SHORT_TEXT_MAX_CHARS = 2_000;
/** A web address (a checklist source's link). */
export const URL_MAX_CHARS = 2_000;
/** One quarterly metric's figure. */
export const METRIC_VALUE_MAX = 10_000_000;
/** One attachment (10 MiB, also a CHECK on attachments.size_bytes). */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
/** A checklist version's JSON file as an officer uploads it. */
export const CHECKLIST_FILE_MAX_BYTES = 2_000_000;
/** A password: at least this long (NIST SP 800-63B asks for 8; we ask for 12), and at most this long. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const count = (n: number) => n.toLocaleString('en-US');

/** The API's message for a text over its limit: "summary must be at most 5,000 characters". */
export const tooLongMessage = (field: string, max: number) => `${field} must be at most ${count(max)} characters`;

/** Whether a text fits a limit; the API and the web count the same way (UTF-16 code units, as `maxLength` does). */
export const fitsLimit = (text: string, max: number) => text.length <= max;

/** "5,000": a limit as people read it. */
export const formatLimit = count;

import type { FormValues, PartKey } from '../model/form-values';

/** What every editable section receives. */
export interface SectionProps {
  values: FormValues;
  update: (change: (values: FormValues) => FormValues) => void;
  /** Why a changed part is not saved yet (client check or the API's refusal), by part. */
  notSaved: Readonly<Partial<Record<PartKey, string>>>;
}

import { Tag } from '@trussworks/react-uswds';
import { roundStatusLabel, type RoundState } from '../lib/labels';

// The words carry the meaning; color only repeats it (all pass contrast with their text color).
const tagClass = ({ status, accepting }: RoundState): string => {
  switch (status) {
    case 'DRAFT':
      return 'bg-base-dark';
    case 'PUBLISHED':
      return accepting ? 'bg-green' : 'bg-primary';
    case 'REVIEW':
      return 'bg-gold text-ink';
    case 'DECIDED':
      return 'bg-base-darker';
  }
};

export function RoundStatusTag({ round }: { round: RoundState }) {
  return <Tag className={`${tagClass(round)} text-no-uppercase`}>{roundStatusLabel(round)}</Tag>;
}

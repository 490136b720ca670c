import { registerEnumType } from '@nestjs/graphql';

export enum ApplicationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  WITHDRAWN = 'WITHDRAWN',
  AWARDED = 'AWARDED',
  DECLINED = 'DECLINED',
}

export enum LawEnforcementRole {
  NONE = 'NONE',
  DATA_ONLY = 'DATA_ONLY',
  PLAIN_CLOTHES_ACCOMPANY = 'PLAIN_CLOTHES_ACCOMPANY',
  UNIFORMED_ACCOMPANY = 'UNIFORMED_ACCOMPANY',
  POLICE_LED = 'POLICE_LED',
}

registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: 'DRAFT -> SUBMITTED -> AWARDED | DECLINED; DRAFT/SUBMITTED -> WITHDRAWN while the round is open.',
});
registerEnumType(LawEnforcementRole, {
  name: 'LawEnforcementRole',
  description:
    'How police take part: NONE; DATA_ONLY (they share overdose reports); PLAIN_CLOTHES_ACCOMPANY or UNIFORMED_ACCOMPANY (officers on visits); POLICE_LED.',
});

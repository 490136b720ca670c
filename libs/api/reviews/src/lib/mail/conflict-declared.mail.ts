/** To each program officer when a reviewer declares a conflict: the application needs another reviewer. */
export function conflictDeclaredMail(m: { reviewerName: string; organizationName: string; explanation: string }): {
  subject: string;
  body: string;
} {
  return {
    subject: `Conflict declared: reassign the review of ${m.organizationName}`,
    body: `${m.reviewerName} declared a conflict of interest on the application of ${m.organizationName} and will not review it.\n\nTheir explanation: ${m.explanation}\n\nAssign another reviewer from the round's assignment page.`,
  };
}

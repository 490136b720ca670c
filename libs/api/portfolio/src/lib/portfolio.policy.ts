import { definePolicy, Role } from '@abate/api/core';

/** Portfolio outcomes across every grantee: officers and auditors. */
export const PORTFOLIO_POLICY = definePolicy('portfolio', {
  portfolioOutcomes: [Role.PROGRAM_OFFICER, Role.AUDITOR],
  /** GET /api/portfolio/exports/:file (CSV and XLSX). */
  portfolioExport: [Role.PROGRAM_OFFICER, Role.AUDITOR],
});

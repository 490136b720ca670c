import type { AuthUser } from './auth-user';

/**
 * Lets a later domain (reviews) open an application to people outside its
 * organization without the applications domain depending on it.
 */
export abstract class ApplicationReadGrant {
  abstract canRead(actor: AuthUser, applicationId: string): Promise<boolean>;
}

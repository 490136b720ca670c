import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from './role.enum';
import type { AuthUser } from './auth-user';

export const ROLES_KEY = 'abate:roles';
export const PUBLIC_KEY = 'abate:public';

/** Only signed-in users holding one of these roles may call the operation. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Anyone may call the operation, signed in or not (the caller is still identified when possible). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Any signed-in user, whatever their roles. */
export const SignedIn = () => SetMetadata(ROLES_KEY, Object.values(Role));

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string>;
  ip?: string;
  user?: AuthUser | null;
}

/** The caller; `null` on public operations when nobody is signed in. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => requestOf(context).user ?? null,
);

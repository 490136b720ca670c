import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY, requestOf } from './access.decorators';
import { Authenticator, tokenFromRequest } from './authenticator';
import { Role } from './role.enum';
import { ForbiddenException, UnauthenticatedException } from '../errors/domain.exception';
import { currentRequestContext } from '../context/request-context';

/**
 * Deny by default: an operation that declares no access (`@Allow` with its policy table entry) is
 * refused, so forgetting the declaration can never open an operation.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
  ) {}

  // Provided by the identity domain, which the core cannot import.
  private get authenticator(): Authenticator {
    return this.moduleRef.get(Authenticator, { strict: false });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);

    const req = requestOf(context);
    if (req.user === undefined) {
      const token = tokenFromRequest(req);
      req.user = token ? await this.authenticator.authenticate(token) : null;
      const ctx = currentRequestContext();
      if (ctx && req.user) ctx.actor = req.user;
    }

    if (isPublic) return true;
    if (!roles) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no access policy`);
      throw new ForbiddenException();
    }
    if (!req.user) throw new UnauthenticatedException();
    if (!req.user.roles.some((r) => roles.includes(r))) throw new ForbiddenException();
    return true;
  }
}

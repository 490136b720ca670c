import { graphql } from '@abate/web/core';

export const currentUserQuery = graphql(`
  query CurrentUser {
    me {
      id
      email
      name
      roles
      sessionExpiresAt
      memberships {
        role
        organization {
          id
          name
        }
      }
    }
  }
`);

// The token is not selected: the browser is authenticated by the httpOnly cookie signIn sets.
export const signInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      expiresAt
      user {
        id
        name
        roles
      }
    }
  }
`);

export const signOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const identityProviderQuery = graphql(`
  query IdentityProvider {
    identityProvider {
      label
      loginPath
    }
  }
`);

// Reading what a mailed link is for never uses it up: only the button below does.
export const invitationQuery = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      email
      existingAccount
      name
      roles
      organizationName
      expiresAt
    }
  }
`);

export const acceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $password: String) {
    acceptInvitation(token: $token, password: $password) {
      expiresAt
      user {
        id
      }
    }
  }
`);

export const requestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const resetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password)
  }
`);

export const refreshSessionMutation = graphql(`
  mutation RefreshSession {
    refreshSession {
      expiresAt
    }
  }
`);

import { graphql } from '@abate/web/core';

export const currentUserQuery = graphql(`
  query CurrentUser {
    me {
      id
      email
      name
      roles
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

import { graphql } from '@abate/web/core';

export const adminOrganizationsQuery = graphql(`
  query AdminOrganizations($search: String, $first: Int, $after: String) {
    organizations(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        kind
        state
        fipsCode
        population
        emailDomains
      }
    }
  }
`);

export const adminOrganizationQuery = graphql(`
  query AdminOrganization($id: ID!) {
    organization(id: $id) {
      id
      name
      kind
      state
      fipsCode
      population
      emailDomains
      version
      members {
        role
        since
        user {
          id
          name
          email
          active
        }
      }
    }
  }
`);

export const createOrganizationMutation = graphql(`
  mutation AdminCreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
    }
  }
`);

export const updateOrganizationMutation = graphql(`
  mutation AdminUpdateOrganization($id: ID!, $version: Int!, $input: UpdateOrganizationInput!) {
    updateOrganization(id: $id, version: $version, input: $input) {
      id
      name
      kind
      state
      fipsCode
      population
      emailDomains
      version
    }
  }
`);

export const updateMembershipMutation = graphql(`
  mutation AdminUpdateMembership($userId: ID!, $organizationId: ID!, $organizationRole: MembershipRole!) {
    updateMembership(userId: $userId, organizationId: $organizationId, organizationRole: $organizationRole) {
      role
    }
  }
`);

export const removeMembershipMutation = graphql(`
  mutation AdminRemoveMembership($userId: ID!, $organizationId: ID!) {
    removeMembership(userId: $userId, organizationId: $organizationId)
  }
`);

export const inviteUserMutation = graphql(`
  mutation AdminInviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      email
    }
  }
`);

export const pendingInvitationsQuery = graphql(`
  query PendingInvitations($organizationId: ID, $first: Int) {
    invitations(organizationId: $organizationId, pending: true, first: $first) {
      totalCount
      nodes {
        id
        email
        name
        roles
        organizationRole
        expiresAt
      }
    }
  }
`);

export const revokeInvitationMutation = graphql(`
  mutation AdminRevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      status
    }
  }
`);

export const adminUsersQuery = graphql(`
  query AdminUsers($search: String, $role: Role, $organizationId: ID, $active: Boolean, $first: Int, $after: String) {
    users(
      search: $search
      role: $role
      organizationId: $organizationId
      active: $active
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        email
        roles
        active
        memberships {
          role
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

export const updateUserRolesMutation = graphql(`
  mutation AdminUpdateUserRoles($id: ID!, $roles: [Role!]!) {
    updateUserRoles(id: $id, roles: $roles) {
      id
      roles
    }
  }
`);

export const deactivateUserMutation = graphql(`
  mutation AdminDeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      id
      active
    }
  }
`);

export const reactivateUserMutation = graphql(`
  mutation AdminReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      id
      active
    }
  }
`);

// The GraphQL documents of the custom pages (sign-in, dashboard, API tokens, directory confirmation), as plain
// strings so test/unit/queries.test.ts can validate them against the API's schema without Apollo.

export const LOGIN = /* GraphQL */ `
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      me { id username name role unitId unitName isPrincipal }
    }
  }
`;

export const LOGOUT = /* GraphQL */ `mutation Logout { logout }`;

export const DASHBOARD = /* GraphQL */ `
  query Dashboard {
    targets: _allTargetsMeta { count }
    inspectors: _allInspectorsMeta { count }
    qualified: _allInspectorsMeta(filter: { qualified: true }) { count }
    checkItems: _allCheckItemsMeta { count }
    keyItems: _allCheckItemsMeta(filter: { category: KEY }) { count }
    experts: _allExpertsMeta { count }
    units: allUnits(perPage: 500, sortField: "code", sortOrder: "ASC") {
      id code name kind targetCount inspectorCount
      lastConfirmation { id confirmedAt }
    }
  }
`;

export const CONFIRM_DIRECTORIES = /* GraphQL */ `
  mutation ConfirmDirectories($unitId: ID, $note: String) {
    confirmDirectories(unitId: $unitId, note: $note) { id confirmedAt targetCount inspectorCount }
  }
`;

export const MY_API_TOKENS = /* GraphQL */ `query MyApiTokens { myApiTokens { id name tokenHint createdAt expiresAt revokedAt lastUsedAt } }`;
export const CREATE_API_TOKEN = /* GraphQL */ `mutation CreateApiToken($name: String!, $days: Int) { createApiToken(name: $name, days: $days) { token id expiresAt } }`;
export const REVOKE_API_TOKEN = /* GraphQL */ `mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`;

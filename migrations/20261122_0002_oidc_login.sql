-- Pending e-identity (VNeID / OpenID Connect) sign-ins: state, nonce and PKCE verifier between the
-- redirect to the provider and the callback, kept in the database so any instance can finish it.
CREATE TABLE oidc_login (
  state         text PRIMARY KEY,
  nonce         text NOT NULL,
  code_verifier text NOT NULL,
  created_at    timestamptz NOT NULL
);
CREATE INDEX oidc_login_created_idx ON oidc_login (created_at);

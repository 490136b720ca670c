// oidc-provider ships no type declarations; the test uses it only as an opaque provider.
declare module 'oidc-provider';

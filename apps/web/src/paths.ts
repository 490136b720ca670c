export const paths = {
  home: '/',
  signIn: '/sign-in',
} as const;

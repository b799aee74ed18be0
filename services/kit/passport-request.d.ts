// passport's request helpers (passport 0.7, lib/http/request.js), which its authenticate
// middleware assigns to every request; kit/auth.ts declares them once on the request prototype.
declare module 'passport/lib/http/request.js' {
  const helpers: {
    logIn: (...args: unknown[]) => void;
    logOut: (...args: unknown[]) => void;
    isAuthenticated: () => boolean;
    isUnauthenticated: () => boolean;
  };
  export default helpers;
}

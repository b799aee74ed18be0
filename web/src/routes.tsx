import { createBrowserRouter } from 'react-router';
import { Shell, RouteError } from './shell';
import { Loading } from './ui/status';

/**
 * One lazy chunk per screen: the catalog loads only what it needs, the admin area (charts,
 * editors) only when an admin opens it.
 */
const page = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({ Component: (await load()).default });

export const router = createBrowserRouter([
  {
    element: <Shell />,
    errorElement: <RouteError />,
    // Shown while the first screen's chunk loads.
    hydrateFallbackElement: <Loading />,
    children: [
      { index: true, lazy: page(() => import('./learner/catalog-page')) },
      { path: 'courses/:ref', lazy: page(() => import('./learner/course-page')) },
      { path: 'learn/:courseId/:lessonId', lazy: page(() => import('./learner/lesson-page')) },
      { path: 'my', lazy: page(() => import('./learner/my-learning-page')) },
      { path: 'certificates/:code', lazy: page(() => import('./learner/certificate-page')) },
      { path: 'certificates/:code/verify', lazy: page(() => import('./learner/verify-page')) },
      { path: 'login', lazy: page(() => import('./auth/login-page')) },
      { path: 'signup', lazy: page(() => import('./auth/signup-page')) },
      { path: 'account', lazy: page(() => import('./auth/account-page')) },
      { path: 'forgot-password', lazy: async () => ({ Component: (await import('./auth/password-reset-pages')).ForgotPasswordPage }) },
      { path: 'reset-password', lazy: async () => ({ Component: (await import('./auth/password-reset-pages')).ResetPasswordPage }) },
      { path: 'verify-email', lazy: async () => ({ Component: (await import('./auth/password-reset-pages')).VerifyEmailPage }) },
      {
        path: 'admin',
        lazy: page(() => import('./admin/admin-layout')),
        children: [
          { index: true, lazy: page(() => import('./admin/overview-page')) },
          { path: 'users', lazy: page(() => import('./admin/users-page')) },
          { path: 'courses', lazy: page(() => import('./admin/courses-page')) },
          { path: 'courses/:id', lazy: page(() => import('./admin/course-editor-page')) },
          { path: 'courses/:id/enrollments', lazy: page(() => import('./admin/enrollments-page')) },
          { path: 'platform', lazy: page(() => import('./admin/platform-page')) },
        ],
      },
      { path: '*', lazy: page(() => import('./not-found-page')) },
    ],
  },
]);

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { LoginSchema, type LoginReq } from '../../../services/auth/schemas.ts';
import { api, unwrap } from '../api/client';
import { ApiError } from '../api/problem';
import { session } from './session';
import { safeNext } from './next';
import { Field, FormError, describedBy, showServerErrors } from '../ui/form';
import { PageTitle, buttonClass, inputClass } from '../ui/status';
import { SsoButton, ssoErrorMessage, useSso } from './sso';

/**
 * Sign in; when the account has MFA the server asks for the code and the form grows a field. An
 * academy with single sign-on offers "Sign in with <provider>" (only that when it enforces it).
 */
export default function LoginPage() {
  const [needsCode, setNeedsCode] = useState(false);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const form = useForm<LoginReq>({ resolver: zodResolver(LoginSchema) });
  const { errors, isSubmitting } = form.formState;
  const sso = useSso().data;
  const ssoError = ssoErrorMessage(params.get('sso_error'));

  const submit = form.handleSubmit(async (body) => {
    try {
      const tokens = await unwrap(() => api.POST('/api/v1/auth/login', { body: { ...body, totp: body.totp || undefined } }));
      session.getState().setToken(tokens.accessToken);
      await queryClient.invalidateQueries();
      navigate(safeNext(params.get('next')));
    } catch (err) {
      if (err instanceof ApiError && err.code === 'mfa_required') {
        setNeedsCode(true);
        form.setError('totp', { type: 'server', message: err.problem.detail ?? err.problem.title });
        return;
      }
      showServerErrors(err, form.setError, ['email', 'password', 'totp'], { invalid_credentials: 'password', mfa_invalid: 'totp' });
    }
  });

  return (
    <section className="mx-auto max-w-md">
      <PageTitle>Sign in</PageTitle>
      {(sso?.enabled || ssoError) && (
        <div className="mb-4 rounded-lg bg-white p-6 shadow">
          <FormError message={ssoError} />
          {sso?.enabled && sso.displayName && <SsoButton displayName={sso.displayName} next={safeNext(params.get('next'))} />}
          {sso?.enforce && <p className="mt-4 text-sm">This academy signs in through {sso.displayName} only.</p>}
        </div>
      )}
      {!sso?.enforce && (
      <form noValidate onSubmit={submit} className="rounded-lg bg-white p-6 shadow">
        <FormError message={errors.root?.server?.message} />
        <Field id="email" label="Email" error={errors.email?.message}>
          <input type="email" autoComplete="email" className={inputClass} {...describedBy('email', errors.email?.message)} {...form.register('email')} />
        </Field>
        <Field id="password" label="Password" error={errors.password?.message}>
          <input type="password" autoComplete="current-password" className={inputClass} {...describedBy('password', errors.password?.message)} {...form.register('password')} />
        </Field>
        {(needsCode || errors.totp) && (
          <Field id="totp" label="Authenticator code" error={errors.totp?.message}>
            <input inputMode="numeric" autoComplete="one-time-code" className={inputClass} {...describedBy('totp', errors.totp?.message)} {...form.register('totp')} />
          </Field>
        )}
        <button type="submit" disabled={isSubmitting} className={buttonClass}>
          {isSubmitting ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="mt-4 text-sm">
          <Link to="/forgot-password" className="text-blue-800 underline">
            Forgot your password?
          </Link>{' '}
          New here?{' '}
          <Link to="/signup" className="text-blue-800 underline">
            Create an account
          </Link>
        </p>
      </form>
      )}
    </section>
  );
}

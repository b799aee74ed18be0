import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { Field, FormError, describedBy, showServerErrors } from '../ui/form';
import { PageTitle, buttonClass, inputClass } from '../ui/status';

const ForgotSchema = z.object({ email: z.email('Enter an email address') });
const ResetSchema = z.object({ password: z.string().min(1, 'Choose a new password') });

/** Asks for a reset link; the server answers the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const [sent, setSent] = useState(false);
  const form = useForm<z.infer<typeof ForgotSchema>>({ resolver: zodResolver(ForgotSchema) });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (body) => {
    try {
      await unwrap(() => api.POST('/api/v1/auth/password/forgot', { body }));
      setSent(true);
    } catch (err) {
      showServerErrors(err, form.setError, ['email']);
    }
  });
  return (
    <section className="mx-auto max-w-md">
      <PageTitle>Forgot your password?</PageTitle>
      {sent ? (
        <p role="status" className="rounded-lg bg-white p-6 shadow">If this address has an account, a link to choose a new password is on its way. It works once.</p>
      ) : (
        <form noValidate onSubmit={submit} className="rounded-lg bg-white p-6 shadow">
          <FormError message={errors.root?.server?.message} />
          <Field id="email" label="Email" error={errors.email?.message}>
            <input type="email" autoComplete="email" className={inputClass} {...describedBy('email', errors.email?.message)} {...form.register('email')} />
          </Field>
          <button type="submit" disabled={isSubmitting} className={buttonClass}>Send me a link</button>
        </form>
      )}
    </section>
  );
}

/** The mailed link (`/reset-password?token=…`): a new password, then every session is signed out. */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [done, setDone] = useState(false);
  const form = useForm<z.infer<typeof ResetSchema>>({ resolver: zodResolver(ResetSchema) });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async ({ password }) => {
    try {
      await unwrap(() => api.POST('/api/v1/auth/password/reset', { body: { token, password } }));
      setDone(true);
    } catch (err) {
      showServerErrors(err, form.setError, ['password']);
    }
  });
  return (
    <section className="mx-auto max-w-md">
      <PageTitle>Choose a new password</PageTitle>
      {done ? (
        <p role="status" className="rounded-lg bg-white p-6 shadow">
          Your password is changed and every session is signed out.{' '}
          <Link to="/login" className="text-blue-800 underline">Sign in</Link>
        </p>
      ) : (
        <form noValidate onSubmit={submit} className="rounded-lg bg-white p-6 shadow">
          <FormError message={errors.root?.server?.message} />
          <Field id="password" label="New password" error={errors.password?.message}>
            <input type="password" autoComplete="new-password" className={inputClass} {...describedBy('password', errors.password?.message)} {...form.register('password')} />
          </Field>
          <button type="submit" disabled={isSubmitting} className={buttonClass}>Change password</button>
        </form>
      )}
    </section>
  );
}

/** The mailed verification link (`/verify-email?token=…`): confirms at once. */
export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const [state, setState] = useState<'pending' | 'done' | string>('pending');
  useEffect(() => {
    unwrap(() => api.POST('/api/v1/auth/email/verify', { body: { token: params.get('token') ?? '' } })).then(
      () => setState('done'),
      (err: Error) => setState(err.message || 'This link is not valid any more'),
    );
  }, [params]);
  return (
    <section className="mx-auto max-w-md">
      <PageTitle>Confirm your email</PageTitle>
      <p role="status" className="rounded-lg bg-white p-6 shadow">
        {state === 'pending' ? 'Confirming…' : state === 'done' ? 'Your email address is confirmed. You can now buy courses.' : state}
      </p>
    </section>
  );
}

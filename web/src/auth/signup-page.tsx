import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { RegisterSchema, type RegisterReq } from '../../../services/auth/schemas.ts';
import { api, unwrap } from '../api/client';
import { session } from './session';
import { safeNext } from './next';
import { Field, FormError, describedBy, showServerErrors } from '../ui/form';
import { PageTitle, buttonClass, inputClass } from '../ui/status';

/** Create a learner account (the API's own schema checks the form before it is sent). */
export default function SignupPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const form = useForm<RegisterReq>({ resolver: zodResolver(RegisterSchema) });
  const { errors, isSubmitting } = form.formState;
  const hint = 'At least 10 characters; not a common password.';

  const submit = form.handleSubmit(async (body) => {
    try {
      const res = await unwrap(() => api.POST('/api/v1/auth/register', { body }));
      session.getState().setToken(res.accessToken);
      queryClient.setQueryData(['me'], res.user);
      navigate(safeNext(params.get('next') ?? '/'));
    } catch (err) {
      showServerErrors(err, form.setError, ['email', 'password', 'name'], { email_taken: 'email' });
    }
  });

  return (
    <section className="mx-auto max-w-md">
      <PageTitle>Create your account</PageTitle>
      <form noValidate onSubmit={submit} className="rounded-lg bg-white p-6 shadow">
        <FormError message={errors.root?.server?.message} />
        <Field id="name" label="Name" error={errors.name?.message}>
          <input autoComplete="name" className={inputClass} {...describedBy('name', errors.name?.message)} {...form.register('name')} />
        </Field>
        <Field id="email" label="Email" error={errors.email?.message}>
          <input type="email" autoComplete="email" className={inputClass} {...describedBy('email', errors.email?.message)} {...form.register('email')} />
        </Field>
        <Field id="password" label="Password" error={errors.password?.message} hint={hint}>
          <input type="password" autoComplete="new-password" className={inputClass} {...describedBy('password', errors.password?.message, hint)} {...form.register('password')} />
        </Field>
        <button type="submit" disabled={isSubmitting} className={buttonClass}>
          {isSubmitting ? 'Creating…' : 'Create account'}
        </button>
        <p className="mt-4 text-sm">
          Have an account?{' '}
          <Link to="/login" className="text-blue-800 underline">
            Sign in
          </Link>
        </p>
      </form>
    </section>
  );
}

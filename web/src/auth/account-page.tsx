import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useQueryClient } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import { api, csrfHeaders, unwrap } from '../api/client';
import { ApiError, messageOf } from '../api/problem';
import { useSession } from './session';
import { useMe } from './me';
import { Field, FormError, describedBy, showServerErrors } from '../ui/form';
import { Loading, PageTitle, QueryView, buttonClass, inputClass, secondaryButtonClass } from '../ui/status';

/** My name, my password, my other devices. */
export default function AccountPage() {
  const status = useSession((s) => s.status);
  const me = useMe();
  if (status === 'restoring') return <Loading />;
  if (status === 'anonymous') return <Navigate to="/login?next=/account" replace />;
  return (
    <section className="max-w-xl">
      <PageTitle>Your account</PageTitle>
      <QueryView query={me}>
        {(user) => (
          <>
            <p className="mb-6 text-slate-700">
              Signed in as <span className="font-semibold">{user.email}</span> ({user.roles.join(', ')}){user.mfaEnabled ? ' · two-factor sign-in on' : ''}.
            </p>
            <NameForm name={user.name} />
            <PasswordForm />
            <OtherDevices />
          </>
        )}
      </QueryView>
    </section>
  );
}

const unavailable = 'Not available on this server yet.';

function NameForm({ name }: { name: string }) {
  const queryClient = useQueryClient();
  const form = useForm<{ name: string }>({ defaultValues: { name } });
  const [saved, setSaved] = useState(false);
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (body) => {
    setSaved(false);
    try {
      await unwrap(() => api.PATCH('/api/v1/users/me', { body }));
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      setSaved(true);
    } catch (err) {
      if (err instanceof ApiError && err.notAvailable) return form.setError('root.server', { message: unavailable });
      showServerErrors(err, form.setError, ['name']);
    }
  });
  return (
    <form noValidate onSubmit={submit} className="mb-6 rounded-lg bg-white p-6 shadow">
      <h2 className="mb-3 text-lg font-semibold">Name</h2>
      <FormError message={errors.root?.server?.message} />
      <Field id="account-name" label="Your name" error={errors.name?.message}>
        <input autoComplete="name" className={inputClass} {...describedBy('account-name', errors.name?.message)} {...form.register('name')} />
      </Field>
      <button type="submit" className={buttonClass} disabled={isSubmitting}>
        Save name
      </button>
      {saved && <span role="status" className="ml-3 text-green-800">Saved.</span>}
    </form>
  );
}

function PasswordForm() {
  const form = useForm<{ currentPassword: string; newPassword: string }>();
  const [saved, setSaved] = useState<number | false>(false);
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (body) => {
    setSaved(false);
    try {
      // The session cookie names the session that stays signed in; the others end.
      const res = await unwrap(() => api.POST('/api/v1/auth/password', { body, headers: csrfHeaders() }));
      form.reset();
      setSaved(res.revokedSessions);
    } catch (err) {
      if (err instanceof ApiError && err.notAvailable) return form.setError('root.server', { message: unavailable });
      showServerErrors(err, form.setError, ['currentPassword', 'newPassword'], { current_password_wrong: 'currentPassword', invalid_credentials: 'currentPassword' });
    }
  });
  return (
    <form noValidate onSubmit={submit} className="mb-6 rounded-lg bg-white p-6 shadow">
      <h2 className="mb-3 text-lg font-semibold">Password</h2>
      <FormError message={errors.root?.server?.message} />
      <Field id="current-password" label="Current password" error={errors.currentPassword?.message}>
        <input type="password" autoComplete="current-password" className={inputClass} {...describedBy('current-password', errors.currentPassword?.message)} {...form.register('currentPassword')} />
      </Field>
      <Field id="new-password" label="New password" error={errors.newPassword?.message}>
        <input type="password" autoComplete="new-password" className={inputClass} {...describedBy('new-password', errors.newPassword?.message)} {...form.register('newPassword')} />
      </Field>
      <button type="submit" className={buttonClass} disabled={isSubmitting}>
        Change password
      </button>
      {saved !== false && (
        <span role="status" className="ml-3 text-green-800">
          Password changed{saved > 0 ? `; ${saved} other session${saved === 1 ? '' : 's'} signed out` : ''}.
        </span>
      )}
    </form>
  );
}

function OtherDevices() {
  const [state, setState] = useState<{ busy?: boolean; message?: string; failed?: boolean }>({});
  const run = async () => {
    setState({ busy: true });
    try {
      const res = await unwrap(() => api.POST('/api/v1/auth/logout-others', { body: {}, headers: csrfHeaders() }));
      setState({ message: `Every other device is signed out (${res.revokedSessions} session${res.revokedSessions === 1 ? '' : 's'}).` });
    } catch (err) {
      setState({ failed: true, message: err instanceof ApiError && err.notAvailable ? unavailable : messageOf(err) });
    }
  };
  return (
    <div className="rounded-lg bg-white p-6 shadow">
      <h2 className="mb-3 text-lg font-semibold">Other devices</h2>
      <button type="button" className={secondaryButtonClass} disabled={state.busy} onClick={() => void run()}>
        Sign out every other device
      </button>
      {state.message && (
        <p role={state.failed ? 'alert' : 'status'} className={`mt-3 ${state.failed ? 'text-red-800' : 'text-green-800'}`}>
          {state.message}
        </p>
      )}
    </div>
  );
}

import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { Failure, PageTitle, QueryView, secondaryButtonClass } from '../ui/status';
import { date } from '../learner/format';

const ROLES = ['learner', 'instructor', 'admin'] as const;
type Role = (typeof ROLES)[number];

/** The academy's users and their roles (admins). */
export default function UsersPage() {
  const users = useInfiniteQuery({
    queryKey: ['admin', 'users'],
    queryFn: ({ pageParam }) => unwrap(() => api.GET('/api/v1/users', { params: { query: { cursor: pageParam, limit: 50 } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return (
    <section>
      <PageTitle>Users and roles</PageTitle>
      <QueryView query={users} label="Loading users…">
        {(data) => (
          <>
            <table className="w-full overflow-hidden rounded-lg bg-white text-left shadow">
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="p-2">Name</th>
                  <th scope="col" className="p-2">Email</th>
                  <th scope="col" className="p-2">Joined</th>
                  <th scope="col" className="p-2">Roles</th>
                </tr>
              </thead>
              <tbody>
                {data.pages.flatMap((p) => p.items).map((u) => (
                  <UserRow key={u.id} user={u} />
                ))}
              </tbody>
            </table>
            {users.hasNextPage && (
              <button type="button" className={`${secondaryButtonClass} mt-4`} onClick={() => void users.fetchNextPage()} disabled={users.isFetchingNextPage}>
                More users
              </button>
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}

function UserRow({ user }: { user: { id: string; name: string; email: string; createdAt: string; roles: string[] } }) {
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: (roles: Role[]) => unwrap(() => api.PATCH('/api/v1/users/{id}', { params: { path: { id: user.id } }, body: { roles } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
  const roles = user.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  return (
    <tr className="border-t border-slate-200 align-top">
      <td className="p-2">{user.name}</td>
      <td className="p-2">{user.email}</td>
      <td className="p-2">{date(user.createdAt)}</td>
      <td className="p-2">
        <fieldset disabled={update.isPending}>
          <legend className="sr-only">Roles of {user.name}</legend>
          {ROLES.map((r) => (
            <label key={r} className="mr-3 inline-flex items-center gap-1">
              <input type="checkbox" checked={roles.includes(r)} onChange={(e) => update.mutate(e.target.checked ? [...roles, r] : roles.filter((x) => x !== r))} />
              {r}
            </label>
          ))}
        </fieldset>
        {update.error && <Failure error={update.error} />}
      </td>
    </tr>
  );
}

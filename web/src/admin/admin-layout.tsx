import { NavLink, Navigate, Outlet } from 'react-router';
import { useSession } from '../auth/session';
import { isStaff, useMe } from '../auth/me';
import { Loading } from '../ui/status';

const tabClass = ({ isActive }: { isActive: boolean }) => `rounded-md px-3 py-1.5 ${isActive ? 'bg-blue-800 text-white' : 'text-blue-900 hover:bg-blue-100'}`;

/** The dashboard's frame: only instructors and admins get past it (the API checks every call too). */
export default function AdminLayout() {
  const status = useSession((s) => s.status);
  const me = useMe();
  if (status === 'restoring' || (status === 'signed-in' && me.isPending)) return <Loading />;
  if (status === 'anonymous') return <Navigate to="/login?next=/admin" replace />;
  if (!isStaff(me.data?.roles))
    return (
      <p role="alert" className="rounded-md bg-amber-50 p-4 text-amber-950">
        The dashboard is for the academy's instructors and admins.
      </p>
    );
  const admin = me.data?.roles.includes('admin');
  return (
    <div>
      <nav aria-label="Dashboard" className="mb-6 flex flex-wrap gap-2 border-b border-slate-300 pb-3">
        <NavLink end to="/admin" className={tabClass}>
          Overview
        </NavLink>
        <NavLink to="/admin/courses" className={tabClass}>
          Courses
        </NavLink>
        {admin && (
          <NavLink to="/admin/users" className={tabClass}>
            Users
          </NavLink>
        )}
        {admin && (
          <NavLink to="/admin/platform" className={tabClass}>
            Platform
          </NavLink>
        )}
      </nav>
      <Outlet />
    </div>
  );
}

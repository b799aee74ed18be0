import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DayCount } from './per-day';

/** Cumulative enrollments and completions per day, with the numbers in a table for screen readers. */
export default function EnrollmentChart({ days }: { days: DayCount[] }) {
  const last = days[days.length - 1];
  return (
    <figure className="mt-4 rounded-lg bg-white p-4 shadow">
      {/* The chart is for the eye; the table below carries the same numbers for screen readers. */}
      <div className="h-64" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={days} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Line type="monotone" dataKey="enrolled" name="Enrolled" stroke="#1e40af" />
            <Line type="monotone" dataKey="completed" name="Completed" stroke="#15803d" />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 text-slate-700">
        {last.enrolled} enrolled and {last.completed} completed by {last.day}.
      </figcaption>
      <table className="sr-only">
        <caption>Enrollments and completions per day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Enrolled</th>
            <th scope="col">Completed</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}>
              <td>{d.day}</td>
              <td>{d.enrolled}</td>
              <td>{d.completed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

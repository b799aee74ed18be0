import { useInfiniteQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { CreateCourseSchema } from '../../../services/courses/schemas.ts';
import { api, unwrap } from '../api/client';
import { ApiError } from '../api/problem';
import { Field, FormError, describedBy, showServerErrors } from '../ui/form';
import { PageTitle, QueryView, buttonClass, inputClass, secondaryButtonClass } from '../ui/status';

type NewCourse = z.input<typeof CreateCourseSchema>;

/** Published courses (to edit, or to see who is enrolled) and a form for a new draft. */
export default function CoursesPage() {
  const courses = useInfiniteQuery({
    queryKey: ['admin', 'courses'],
    queryFn: ({ pageParam }) => editableCourses(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const draftsListed = courses.data?.pages[0]?.drafts;
  return (
    <section>
      <PageTitle>Courses</PageTitle>
      <NewCourseForm />
      <h2 className="mb-2 text-xl font-semibold">{draftsListed === false ? 'Published' : 'Your courses'}</h2>
      {draftsListed === false && <p className="mb-2 text-sm text-slate-600">This server does not list drafts yet: a new draft is reachable from its own address.</p>}
      <QueryView query={courses} label="Loading courses…">
        {(data) => (
          <ul className="space-y-2">
            {data.pages.flatMap((p) => p.items).map((c) => (
              <li key={c.id} className="flex flex-wrap items-center gap-3 rounded-lg bg-white p-3 shadow">
                <span className="flex-1 font-medium">{c.title}</span>
                <span className="text-sm text-slate-600">{c.version ? `version ${c.version}` : 'draft, never published'}</span>
                <Link className={secondaryButtonClass} to={`/admin/courses/${c.id}`} aria-label={`Edit ${c.title}`}>
                  Edit
                </Link>
                {c.version && (
                  <Link className={secondaryButtonClass} to={`/admin/courses/${c.id}/enrollments`} aria-label={`Enrollments of ${c.title}`}>
                    Enrollments
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      {courses.hasNextPage && (
        <button type="button" className={`${secondaryButtonClass} mt-4`} onClick={() => void courses.fetchNextPage()}>
          More courses
        </button>
      )}
    </section>
  );
}

/**
 * The courses I may edit, drafts included (GET /authoring/courses); a server without that route
 * (another branch adds it) gets the published catalog instead.
 */
async function editableCourses(cursor: string | undefined) {
  try {
    const page = await unwrap(() => api.GET('/api/v1/authoring/courses', { params: { query: { cursor, limit: 50 } } }));
    return { drafts: true, nextCursor: page.nextCursor, items: page.items.map((c) => ({ id: c.id, title: c.title, version: c.publishedVersion })) };
  } catch (err) {
    if (!(err instanceof ApiError && err.notAvailable)) throw err;
    const page = await unwrap(() => api.GET('/api/v1/courses', { params: { query: { cursor, limit: 50 } } }));
    return { drafts: false, nextCursor: page.nextCursor, items: page.items.map((c) => ({ id: c.id, title: c.title, version: c.version as number | null })) };
  }
}

function NewCourseForm() {
  const navigate = useNavigate();
  const form = useForm<NewCourse>({ resolver: zodResolver(CreateCourseSchema) });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (body) => {
    try {
      const course = await unwrap(() => api.POST('/api/v1/courses', { body: { ...body, slug: body.slug || undefined } }));
      navigate(`/admin/courses/${course.id}`);
    } catch (err) {
      showServerErrors(err, form.setError, ['title', 'slug', 'description'], { already_exists: 'slug', slug_taken: 'slug' });
    }
  });
  return (
    <form noValidate onSubmit={submit} className="mb-8 rounded-lg bg-white p-6 shadow">
      <h2 className="mb-3 text-xl font-semibold">New course</h2>
      <FormError message={errors.root?.server?.message} />
      <Field id="course-title" label="Title" error={errors.title?.message}>
        <input className={inputClass} {...describedBy('course-title', errors.title?.message)} {...form.register('title')} />
      </Field>
      <Field id="course-slug" label="Address (slug, optional)" error={errors.slug?.message} hint="Lower-case letters, digits and dashes; made from the title when empty.">
        <input className={inputClass} {...describedBy('course-slug', errors.slug?.message, 'hint')} {...form.register('slug', { setValueAs: (v: string) => v || undefined })} />
      </Field>
      <Field id="course-description" label="Description" error={errors.description?.message}>
        <textarea rows={3} className={inputClass} {...describedBy('course-description', errors.description?.message)} {...form.register('description')} />
      </Field>
      <button type="submit" className={buttonClass} disabled={isSubmitting}>
        Create draft
      </button>
    </form>
  );
}

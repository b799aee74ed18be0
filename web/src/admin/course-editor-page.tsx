import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { ApiError, messageOf } from '../api/problem';
import { Failure, PageTitle, QueryView, buttonClass, inputClass, secondaryButtonClass } from '../ui/status';
import { AddLessonForm } from './add-lesson-form';
import { DraftModule } from './draft-module';

/**
 * The draft of a course: details, modules and lessons (add, rename, reorder, delete, quiz
 * questions) and Publish, which freezes it as a new version. Learners see only published
 * versions, so every edit here goes to the next one.
 */
export default function CourseEditorPage() {
  const { id } = useParams() as { id: string };
  const draft = useQuery({ queryKey: ['draft', id], queryFn: () => loadDraft(id) });
  return <QueryView query={draft} label="Loading the draft…">{(d) => <Editor draft={d} />}</QueryView>;
}

export type Draft = NonNullable<Awaited<ReturnType<typeof loadDraft>>>;
const loadDraft = (id: string) => unwrap(() => api.GET('/api/v1/courses/{id}/draft', { params: { path: { id } } }));

function Editor({ draft }: { draft: Draft }) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['draft', draft.id] });
  const [moduleTitle, setModuleTitle] = useState('');
  const addModule = useMutation({
    mutationFn: () => unwrap(() => api.POST('/api/v1/courses/{id}/modules', { params: { path: { id: draft.id } }, body: { title: moduleTitle } })),
    onSuccess: () => {
      setModuleTitle('');
      void refresh();
    },
  });
  const publish = useMutation({
    mutationFn: () => unwrap(() => api.POST('/api/v1/courses/{id}/publish', { params: { path: { id: draft.id } } })),
    onSuccess: () => {
      void refresh();
      void queryClient.invalidateQueries({ queryKey: ['catalog'] });
      void queryClient.invalidateQueries({ queryKey: ['outline'] });
      void queryClient.invalidateQueries({ queryKey: ['admin', 'courses'] });
    },
  });
  const order = draft.modules.map((m) => ({ id: m.id, lessons: m.lessons.map((l) => l.id) }));
  const moduleTitleError = addModule.error instanceof ApiError ? addModule.error.problem.errors?.find((e) => e.field === 'title')?.message : undefined;

  return (
    <article>
      <PageTitle>{draft.title}</PageTitle>
      <p className="mb-4 text-slate-700">
        Draft of <span className="font-mono">/{draft.slug}</span> · {draft.publishedVersion ? `published version ${draft.publishedVersion}` : 'never published'}
        {draft.managedBy && ` · managed by ${draft.managedBy} (edit it there)`}
      </p>
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <button type="button" className={buttonClass} disabled={publish.isPending} onClick={() => publish.mutate()}>
          {publish.isPending ? 'Publishing…' : 'Publish'}
        </button>
        {publish.data && (
          <p role="status" className="text-green-800">
            {publish.data.created ? `Published version ${publish.data.version}.` : `Nothing changed since version ${publish.data.version}.`}{' '}
            <Link className="underline" to={`/courses/${draft.slug}`}>
              See it in the catalog
            </Link>
          </p>
        )}
        {publish.error && <Failure error={publish.error} />}
        {draft.publishedVersion && (
          <Link className={secondaryButtonClass} to={`/admin/courses/${draft.id}/enrollments`}>
            Enrollments
          </Link>
        )}
      </div>
      {draft.modules.map((m, i) => (
        <DraftModule key={m.id} courseId={draft.id} module={m} index={i} order={order} onChanged={refresh}>
          <AddLessonForm moduleId={m.id} onAdded={() => void refresh()} />
        </DraftModule>
      ))}
      <form
        className="mt-6 rounded-lg bg-white p-4 shadow"
        onSubmit={(e) => {
          e.preventDefault();
          addModule.mutate();
        }}
      >
        <label htmlFor="module-title" className="block font-medium">
          New module title
        </label>
        <div className="flex gap-2">
          <input id="module-title" className={inputClass} value={moduleTitle} onChange={(e) => setModuleTitle(e.target.value)} aria-invalid={moduleTitleError ? true : undefined} aria-describedby={moduleTitleError ? 'module-title-error' : undefined} />
          <button type="submit" className={`${buttonClass} mt-1`} disabled={addModule.isPending}>
            Add module
          </button>
        </div>
        {moduleTitleError ? (
          <p id="module-title-error" className="mt-1 text-sm text-red-800">
            {moduleTitleError}
          </p>
        ) : (
          addModule.error && <p role="alert" className="mt-1 text-red-800">{messageOf(addModule.error)}</p>
        )}
      </form>
    </article>
  );
}

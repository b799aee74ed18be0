import { useState, type ReactNode } from 'react';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { ApiError, messageOf } from '../api/problem';
import type { Draft } from './course-editor-page';
import { QuestionFields, emptyQuestion, toQuestion } from './question-fields';
import { inputClass, secondaryButtonClass } from '../ui/status';

type Module = Draft['modules'][number];
type Lesson = Module['lessons'][number];
type Order = { id: string; lessons: string[] }[];

const NOT_AVAILABLE = 'Not available on this server yet.';

/** One edit of the draft; a server without the editing routes says so instead of failing. */
function useDraftEdit<T>(run: (arg: T) => Promise<unknown>, onChanged: () => void) {
  const m = useMutation({ mutationFn: run, onSuccess: onChanged });
  const error = m.error ? (m.error instanceof ApiError && m.error.notAvailable ? NOT_AVAILABLE : messageOf(m.error)) : undefined;
  return { ...m, message: error };
}

const swap = <T,>(a: T[], i: number, j: number) => {
  const out = [...a];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
};

/** A module of the draft with its lessons: rename, reorder, delete, and quiz questions. */
export function DraftModule({ courseId, module, index, order, onChanged, children }: { courseId: string; module: Module; index: number; order: Order; onChanged: () => void; children: ReactNode }) {
  const [title, setTitle] = useState(module.title);
  const rename = useDraftEdit(() => unwrap(() => api.PATCH('/api/v1/modules/{id}', { params: { path: { id: module.id } }, body: { title } })), onChanged);
  const remove = useDraftEdit(() => unwrap(() => api.DELETE('/api/v1/modules/{id}', { params: { path: { id: module.id } } })), onChanged);
  const reorder = useDraftEdit((modules: Order) => unwrap(() => api.PUT('/api/v1/courses/{id}/structure', { params: { path: { id: courseId } }, body: { modules } })), onChanged);
  const moveModule = (to: number) => reorder.mutate(swap(order, index, to));
  const moveLesson = (from: number, to: number) => reorder.mutate(order.map((m) => (m.id === module.id ? { ...m, lessons: swap(m.lessons, from, to) } : m)));
  const message = rename.message ?? remove.message ?? reorder.message;
  const idp = `module-${index}`;

  return (
    <section className="mb-4 rounded-lg bg-white p-4 shadow" aria-labelledby={`${idp}-heading`}>
      <h2 id={`${idp}-heading`} className="text-lg font-semibold">
        Module {index + 1}: {module.title}
      </h2>
      <div className="mt-2 flex flex-wrap items-end gap-2">
        <label htmlFor={`${idp}-title`} className="sr-only">
          Title of module {index + 1}
        </label>
        <input id={`${idp}-title`} className={`${inputClass} max-w-xs`} value={title} onChange={(e) => setTitle(e.target.value)} />
        <button type="button" className={secondaryButtonClass} onClick={() => rename.mutate(undefined)} disabled={title === module.title || rename.isPending}>
          Rename
        </button>
        <button type="button" className={secondaryButtonClass} onClick={() => moveModule(index - 1)} disabled={index === 0} aria-label={`Move module ${index + 1} up`}>
          ↑
        </button>
        <button type="button" className={secondaryButtonClass} onClick={() => moveModule(index + 1)} disabled={index === order.length - 1} aria-label={`Move module ${index + 1} down`}>
          ↓
        </button>
        <button type="button" className={secondaryButtonClass} onClick={() => confirm(`Delete module “${module.title}” and its lessons from the draft?`) && remove.mutate(undefined)}>
          Delete module
        </button>
      </div>
      {message && (
        <p role="alert" className="mt-2 text-red-800">
          {message}
        </p>
      )}
      <ol className="mt-3 space-y-2">
        {module.lessons.map((l, i) => (
          <DraftLesson key={l.id} lesson={l} first={i === 0} last={i === module.lessons.length - 1} onMove={(d) => moveLesson(i, i + d)} onChanged={onChanged} />
        ))}
      </ol>
      {children}
    </section>
  );
}

function DraftLesson({ lesson, first, last, onMove, onChanged }: { lesson: Lesson; first: boolean; last: boolean; onMove: (delta: number) => void; onChanged: () => void }) {
  const remove = useDraftEdit(() => unwrap(() => api.DELETE('/api/v1/lessons/{lessonId}', { params: { path: { lessonId: lesson.id } } })), onChanged);
  const title = (lesson as { title?: string }).title ?? 'Untitled';
  return (
    <li className="rounded-md border border-slate-200 p-2">
      <div className="flex flex-wrap items-center gap-2">
        <span className="flex-1">
          {title} <span className="text-sm text-slate-600">({lesson.type})</span>
        </span>
        <button type="button" className={secondaryButtonClass} disabled={first} onClick={() => onMove(-1)} aria-label={`Move ${title} up`}>
          ↑
        </button>
        <button type="button" className={secondaryButtonClass} disabled={last} onClick={() => onMove(1)} aria-label={`Move ${title} down`}>
          ↓
        </button>
        <button type="button" className={secondaryButtonClass} onClick={() => confirm(`Remove “${title}” from the draft?`) && remove.mutate(undefined)}>
          Remove
        </button>
      </div>
      {remove.message && (
        <p role="alert" className="text-red-800">
          {remove.message}
        </p>
      )}
      {lesson.type === 'quiz' && <QuizQuestions lessonId={lesson.id} questions={((lesson.content as { questions?: { prompt: string }[] }).questions ?? [])} onChanged={onChanged} />}
    </li>
  );
}

function QuizQuestions({ lessonId, questions, onChanged }: { lessonId: string; questions: { prompt: string }[]; onChanged: () => void }) {
  const [draft, setDraft] = useState(emptyQuestion());
  const add = useDraftEdit(() => unwrap(() => api.POST('/api/v1/lessons/{lessonId}/questions', { params: { path: { lessonId } }, body: toQuestion(draft) })), () => {
    setDraft(emptyQuestion());
    onChanged();
  });
  const remove = useDraftEdit((index: number) => unwrap(() => api.DELETE('/api/v1/lessons/{lessonId}/questions/{index}', { params: { path: { lessonId, index: String(index) } } })), onChanged);
  const message = add.message ?? remove.message;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-blue-900">{questions.length} questions</summary>
      <ol className="ml-6 mt-2 list-decimal space-y-1">
        {questions.map((q, i) => (
          <li key={i}>
            {q.prompt}{' '}
            <button type="button" className="text-sm text-red-800 underline" onClick={() => remove.mutate(i)} aria-label={`Remove question ${i + 1}`}>
              remove
            </button>
          </li>
        ))}
      </ol>
      <form
        className="mt-2"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate(undefined);
        }}
      >
        <QuestionFields id={`new-q-${lessonId.slice(0, 8)}`} value={draft} onChange={setDraft} />
        <button type="submit" className={`${secondaryButtonClass} mt-2`} disabled={add.isPending}>
          Add question
        </button>
      </form>
      {message && (
        <p role="alert" className="text-red-800">
          {message}
        </p>
      )}
    </details>
  );
}

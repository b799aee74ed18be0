import { cloneElement, useCallback, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { ApiError, messageOf } from '../api/problem';
import type { Body } from '../api/types';
import { QuestionFields, emptyQuestion, toQuestion, type QuestionDraft } from './question-fields';
import { buttonClass, inputClass, secondaryButtonClass } from '../ui/status';
import { VideoUploadField } from './video-upload-field';

type LessonInput = Body<'/api/v1/modules/{id}/lessons', 'post'>;

/**
 * Adds a video, article or quiz lesson to a module. The server's schema is the judge: its
 * problem+json errors are listed by field (`questions.0.options: needs at least 2 options`).
 */
export function AddLessonForm({ moduleId, onAdded }: { moduleId: string; onAdded: () => void }) {
  const [type, setType] = useState<'video' | 'article' | 'quiz'>('video');
  const [title, setTitle] = useState('');
  const [source, setSource] = useState<'upload' | 'url'>('upload');
  const [videoUrl, setVideoUrl] = useState('');
  const [assetId, setAssetId] = useState<string>();
  const [uploadKey, setUploadKey] = useState(0);
  const [duration, setDuration] = useState('');
  const [body, setBody] = useState('');
  const [passMark, setPassMark] = useState('60');
  const [maxAttempts, setMaxAttempts] = useState('3');
  const [questions, setQuestions] = useState<QuestionDraft[]>([emptyQuestion()]);
  const add = useMutation({
    mutationFn: (input: LessonInput) => unwrap(() => api.POST('/api/v1/modules/{id}/lessons', { params: { path: { id: moduleId } }, body: input })),
    onSuccess: () => {
      setTitle('');
      setVideoUrl('');
      setAssetId(undefined);
      setUploadKey((k) => k + 1);
      setDuration('');
      setBody('');
      setQuestions([emptyQuestion()]);
      onAdded();
    },
  });
  const input = (): LessonInput =>
    type === 'video'
      ? source === 'upload'
        ? { type, title, assetId: assetId ?? '', durationSeconds: Number(duration) }
        : { type, title, videoUrl, durationSeconds: Number(duration) }
      : type === 'article'
        ? { type, title, body }
        : { type, title, passMark: Number(passMark), maxAttempts: Number(maxAttempts), questions: questions.map(toQuestion) };
  const measured = useCallback((seconds: number) => setDuration(String(seconds)), []);
  const fieldErrors = add.error instanceof ApiError ? (add.error.problem.errors ?? []) : [];
  const errorFor = (f: string) => fieldErrors.filter((e) => e.field === f || e.field.startsWith(`${f}.`)).map((e) => e.message).join('; ') || undefined;
  const p = `lesson-${moduleId.slice(0, 8)}`;

  return (
    <form
      className="mt-3 rounded-md border border-slate-300 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate(input());
      }}
    >
      <h4 className="mb-2 font-semibold">Add a lesson</h4>
      <div className="grid gap-2 sm:grid-cols-2">
        <label className="block">
          Type
          <select className={inputClass} value={type} onChange={(e) => setType(e.target.value as typeof type)}>
            <option value="video">Video</option>
            <option value="article">Article</option>
            <option value="quiz">Quiz</option>
          </select>
        </label>
        <Labelled id={`${p}-title`} label="Lesson title" error={errorFor('title')}>
          <input className={inputClass} value={title} onChange={(e) => setTitle(e.target.value)} />
        </Labelled>
        {type === 'video' && (
          <>
            <label className="block">
              Video source
              <select className={inputClass} value={source} onChange={(e) => setSource(e.target.value as typeof source)}>
                <option value="upload">Upload a file</option>
                <option value="url">Link to a URL</option>
              </select>
            </label>
            {source === 'upload' ? (
              <div className="sm:col-span-2">
                <VideoUploadField key={uploadKey} id={`${p}-file`} onAsset={setAssetId} onDuration={measured} />
                {errorFor('assetId') && <p className="mt-1 text-sm text-red-800">{errorFor('assetId')}</p>}
              </div>
            ) : (
              <Labelled id={`${p}-url`} label="Video URL (mp4, webm or HLS .m3u8)" error={errorFor('videoUrl')}>
                <input className={inputClass} value={videoUrl} onChange={(e) => setVideoUrl(e.target.value)} />
              </Labelled>
            )}
            <Labelled id={`${p}-duration`} label="Duration (seconds)" error={errorFor('durationSeconds')}>
              <input className={inputClass} inputMode="numeric" value={duration} onChange={(e) => setDuration(e.target.value)} />
            </Labelled>
          </>
        )}
        {type === 'article' && (
          <div className="sm:col-span-2">
            <Labelled id={`${p}-body`} label="Article (Markdown)" error={errorFor('body')}>
              <textarea rows={6} className={inputClass} value={body} onChange={(e) => setBody(e.target.value)} />
            </Labelled>
          </div>
        )}
        {type === 'quiz' && (
          <>
            <Labelled id={`${p}-pass`} label="Pass mark (%)" error={errorFor('passMark')}>
              <input className={inputClass} inputMode="numeric" value={passMark} onChange={(e) => setPassMark(e.target.value)} />
            </Labelled>
            <Labelled id={`${p}-attempts`} label="Attempts allowed" error={errorFor('maxAttempts')}>
              <input className={inputClass} inputMode="numeric" value={maxAttempts} onChange={(e) => setMaxAttempts(e.target.value)} />
            </Labelled>
          </>
        )}
      </div>
      {type === 'quiz' && (
        <div className="mt-3 space-y-3">
          {questions.map((q, i) => (
            <fieldset key={i} className="rounded-md border border-slate-200 p-3">
              <legend className="px-1 font-medium">Question {i + 1}</legend>
              <QuestionFields id={`${p}-q${i}`} value={q} error={errorFor(`questions.${i}`)} onChange={(next) => setQuestions((qs) => qs.map((x, j) => (j === i ? next : x)))} />
              {questions.length > 1 && (
                <button type="button" className={`${secondaryButtonClass} mt-2`} onClick={() => setQuestions((qs) => qs.filter((_, j) => j !== i))}>
                  Remove question {i + 1}
                </button>
              )}
            </fieldset>
          ))}
          <button type="button" className={secondaryButtonClass} onClick={() => setQuestions((qs) => [...qs, emptyQuestion()])}>
            Add a question
          </button>
        </div>
      )}
      {add.error && !fieldErrors.length && (
        <p role="alert" className="mt-2 text-red-800">
          {messageOf(add.error)}
        </p>
      )}
      {fieldErrors.length > 0 && (
        <p role="alert" className="mt-2 text-red-800">
          Please fix the fields marked above.
        </p>
      )}
      <button type="submit" className={`${buttonClass} mt-3`} disabled={add.isPending || (type === 'video' && source === 'upload' && !assetId)}>
        {add.isPending ? 'Adding…' : 'Add lesson'}
      </button>
    </form>
  );
}

/** A label wrapping its input by id, with the server's message for it. */
function Labelled({ id, label, error, children }: { id: string; label: string; error?: string; children: React.ReactElement<{ id?: string }> }) {
  return (
    <div>
      <label htmlFor={id} className="block">
        {label}
      </label>
      {cloneElement(children as React.ReactElement<Record<string, unknown>>, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined })}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

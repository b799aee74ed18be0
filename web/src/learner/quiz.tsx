import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { Failure, buttonClass } from '../ui/status';

type Question = { kind: 'single' | 'multiple' | 'truefalse' | 'text'; prompt: string; options?: string[] };
type Answer = number | number[] | boolean | string;

/** A quiz: one fieldset per question, graded on the server, with the result and attempts left. */
export function Quiz({ lessonId, courseId, quiz }: { lessonId: string; courseId: string; quiz: { passMark: number; maxAttempts: number; questions: Question[] } }) {
  const [answers, setAnswers] = useState<(Answer | undefined)[]>(() => quiz.questions.map((q) => (q.kind === 'multiple' ? [] : undefined)));
  const queryClient = useQueryClient();
  const submit = useMutation({
    mutationFn: () => unwrap(() => api.POST('/api/v1/quizzes/{lessonId}/attempts', { params: { path: { lessonId } }, body: { answers: answers.map((a) => a ?? '') } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['progress', courseId] });
      void queryClient.invalidateQueries({ queryKey: ['my'] });
    },
  });
  const set = (i: number, a: Answer) => setAnswers((prev) => prev.map((p, j) => (j === i ? a : p)));
  const result = submit.data;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit.mutate();
      }}
    >
      <p className="mb-4 text-slate-700">
        Pass mark {quiz.passMark}% · up to {quiz.maxAttempts} attempts
      </p>
      {quiz.questions.map((q, i) => (
        <fieldset key={i} className="mb-4 rounded-lg bg-white p-4 shadow">
          <legend className="px-1 font-semibold">
            {i + 1}. {q.prompt}
          </legend>
          {q.kind === 'single' &&
            q.options?.map((o, k) => (
              <label key={k} className="block">
                <input type="radio" name={`q${i}`} checked={answers[i] === k} onChange={() => set(i, k)} className="mr-2" />
                {o}
              </label>
            ))}
          {q.kind === 'multiple' &&
            q.options?.map((o, k) => {
              const chosen = (answers[i] as number[]) ?? [];
              return (
                <label key={k} className="block">
                  <input type="checkbox" checked={chosen.includes(k)} onChange={(e) => set(i, e.target.checked ? [...chosen, k].sort() : chosen.filter((c) => c !== k))} className="mr-2" />
                  {o}
                </label>
              );
            })}
          {q.kind === 'truefalse' &&
            [true, false].map((v) => (
              <label key={String(v)} className="mr-4 inline-block">
                <input type="radio" name={`q${i}`} checked={answers[i] === v} onChange={() => set(i, v)} className="mr-2" />
                {v ? 'True' : 'False'}
              </label>
            ))}
          {q.kind === 'text' && (
            <>
              <label htmlFor={`q${i}-text`} className="sr-only">
                Your answer
              </label>
              <input id={`q${i}-text`} value={(answers[i] as string) ?? ''} onChange={(e) => set(i, e.target.value)} className="mt-1 w-full rounded-md border border-slate-400 px-3 py-2" />
            </>
          )}
        </fieldset>
      ))}
      <button type="submit" className={buttonClass} disabled={submit.isPending}>
        {submit.isPending ? 'Grading…' : 'Submit answers'}
      </button>
      {submit.error && <Failure error={submit.error} />}
      {result && (
        <div role="status" className={`mt-4 rounded-lg p-4 ${result.passed ? 'bg-green-50 text-green-900' : 'bg-amber-50 text-amber-950'}`} data-quiz-result={result.passed ? 'passed' : 'failed'}>
          <p className="font-semibold">{result.passed ? 'Passed!' : 'Not passed yet.'}</p>
          <p>
            {result.correct} of {result.total} right ({result.score}%; pass mark {result.passMark}%). Attempt {result.attempt}
            {result.attemptsLeft > 0 ? `, ${result.attemptsLeft} left.` : ', none left.'}
          </p>
        </div>
      )}
    </form>
  );
}

import type { Body } from '../api/types';

/** One quiz question as the API takes it. */
export type QuestionInput = Body<'/api/v1/lessons/{lessonId}/questions', 'post'>;
import { inputClass } from '../ui/status';

/** A question being written: text fields as typed, turned into the API's shape by `toQuestion`. */
export interface QuestionDraft {
  kind: QuestionInput['kind'];
  prompt: string;
  options: string;
  answer: string;
}

export const emptyQuestion = (): QuestionDraft => ({ kind: 'single', prompt: '', options: '', answer: '' });

const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);
const numbers = (s: string) => s.split(/[ ,]+/).filter(Boolean).map((n) => Number(n) - 1);

/** The API's question (answer indexes from 0; people count options from 1). The server validates it. */
export function toQuestion(d: QuestionDraft): QuestionInput {
  switch (d.kind) {
    case 'single':
      return { kind: 'single', prompt: d.prompt, options: lines(d.options), answer: Number(d.answer) - 1 };
    case 'multiple':
      return { kind: 'multiple', prompt: d.prompt, options: lines(d.options), answer: numbers(d.answer) };
    case 'truefalse':
      return { kind: 'truefalse', prompt: d.prompt, answer: d.answer === 'true' };
    case 'text':
      return { kind: 'text', prompt: d.prompt, answer: d.answer.split(',').map((a) => a.trim()).filter(Boolean) };
  }
}

/** The inputs of one question; `id` prefixes the input ids so several can share a page. */
export function QuestionFields({ id, value, onChange, error }: { id: string; value: QuestionDraft; onChange: (q: QuestionDraft) => void; error?: string }) {
  const set = (patch: Partial<QuestionDraft>) => onChange({ ...value, ...patch });
  const answerLabel = { single: 'Correct option (number)', multiple: 'Correct options (numbers, comma separated)', truefalse: 'Correct answer', text: 'Accepted answers (comma separated)' }[value.kind];
  return (
    <div className="grid gap-2 sm:grid-cols-2">
      <label className="block">
        Kind
        <select className={inputClass} value={value.kind} onChange={(e) => set({ kind: e.target.value as QuestionDraft['kind'], answer: e.target.value === 'truefalse' ? 'true' : '' })}>
          <option value="single">One answer</option>
          <option value="multiple">Several answers</option>
          <option value="truefalse">True or false</option>
          <option value="text">Typed answer</option>
        </select>
      </label>
      <label className="block">
        Question
        <input className={inputClass} id={`${id}-prompt`} value={value.prompt} onChange={(e) => set({ prompt: e.target.value })} />
      </label>
      {(value.kind === 'single' || value.kind === 'multiple') && (
        <label className="block sm:col-span-2">
          Options (one per line)
          <textarea rows={3} className={inputClass} id={`${id}-options`} value={value.options} onChange={(e) => set({ options: e.target.value })} />
        </label>
      )}
      <label className="block">
        {answerLabel}
        {value.kind === 'truefalse' ? (
          <select className={inputClass} id={`${id}-answer`} value={value.answer} onChange={(e) => set({ answer: e.target.value })}>
            <option value="true">True</option>
            <option value="false">False</option>
          </select>
        ) : (
          <input className={inputClass} id={`${id}-answer`} value={value.answer} onChange={(e) => set({ answer: e.target.value })} />
        )}
      </label>
      {error && <p className="text-sm text-red-800 sm:col-span-2">{error}</p>}
    </div>
  );
}

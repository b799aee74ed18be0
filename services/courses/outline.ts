import { createHash } from 'node:crypto';
import type { QuestionInput } from './schemas.ts';
import { renderMarkdown } from './markdown.ts';

export type LessonType = 'video' | 'article' | 'quiz';
export type Question = QuestionInput;

/** A lesson as frozen in a published version (answer key included: server-side only). */
export interface OutlineLesson {
  id: string;
  title: string;
  type: LessonType;
  durationSeconds: number;
  video?: { url?: string; assetId?: string };
  article?: { markdown: string; html: string };
  quiz?: { passMark: number; maxAttempts: number; questions: Question[] };
}

export interface Price {
  amount: number;
  currency: string;
}

/** A price as the course row's two columns (both null for a free course). */
export function priceColumns(price: Price | null | undefined): { price_amount: number | null; price_currency: string | null } {
  return { price_amount: price?.amount ?? null, price_currency: price?.currency ?? null };
}

/** The price a course row stores in two columns, or null for a free course. */
export function priceOf(row: { price_amount: number | null; price_currency: string | null }): Price | null {
  return row.price_amount != null && row.price_currency ? { amount: row.price_amount, currency: row.price_currency } : null;
}

/** The immutable content of one published version. */
export interface Outline {
  id: string;
  slug: string;
  title: string;
  description: string;
  price: Price | null;
  prerequisites: string[];
  modules: { id: string; title: string; lessons: OutlineLesson[] }[];
}

export interface PublishedOutline extends Outline {
  version: number;
  publishedAt: string;
}

/** Lesson `content` column shapes. */
export type LessonContent =
  | { videoUrl?: string; assetId?: string }
  | { body: string }
  | { passMark: number; maxAttempts: number; questions: Question[] };

export interface DraftRows {
  course: { id: string; slug: string; title: string; description: string; price_amount: number | null; price_currency: string | null; prerequisites: string[] };
  modules: { id: string; title: string; position: number }[];
  lessons: { id: string; module_id: string | null; position: number; title: string; type: LessonType; content: LessonContent; duration_seconds: number }[];
}

/** Freezes the draft into an outline: modules and lessons in order, markdown rendered. */
export function buildOutline({ course, modules, lessons }: DraftRows): Outline {
  const byModule = new Map<string, DraftRows['lessons']>();
  for (const l of lessons) {
    if (!l.module_id) continue;
    const list = byModule.get(l.module_id) ?? [];
    list.push(l);
    byModule.set(l.module_id, list);
  }
  return {
    id: course.id,
    slug: course.slug,
    title: course.title,
    description: course.description,
    price: priceOf(course),
    prerequisites: [...course.prerequisites].sort(),
    modules: [...modules]
      .sort((a, b) => a.position - b.position)
      .map((m) => ({
        id: m.id,
        title: m.title,
        lessons: (byModule.get(m.id) ?? []).sort((a, b) => a.position - b.position).map(toOutlineLesson),
      })),
  };
}

function toOutlineLesson(l: DraftRows['lessons'][number]): OutlineLesson {
  const base = { id: l.id, title: l.title, type: l.type, durationSeconds: l.duration_seconds };
  if (l.type === 'video') {
    const c = l.content as { videoUrl?: string; assetId?: string };
    return { ...base, video: { ...(c.videoUrl ? { url: c.videoUrl } : {}), ...(c.assetId ? { assetId: c.assetId } : {}) } };
  }
  if (l.type === 'article') {
    const c = l.content as { body: string };
    return { ...base, article: { markdown: c.body, html: renderMarkdown(c.body) } };
  }
  const c = l.content as { passMark: number; maxAttempts: number; questions: Question[] };
  return { ...base, quiz: { passMark: c.passMark, maxAttempts: c.maxAttempts, questions: c.questions } };
}

/** Canonical JSON: object keys sorted, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Identifies a version's content: publishing unchanged content makes no new version. */
export function contentHash(outline: Outline): string {
  return createHash('sha256').update(canonicalJson(outline)).digest('hex');
}

export function allLessons(outline: Outline): OutlineLesson[] {
  return outline.modules.flatMap((m) => m.lessons);
}

/** How many lessons the outline has (counted, no list made: every heartbeat asks). */
export function lessonCount(outline: Outline): number {
  let n = 0;
  for (const m of outline.modules) n += m.lessons.length;
  return n;
}

export function findLesson(outline: Outline, lessonId: string): OutlineLesson | undefined {
  for (const m of outline.modules) for (const l of m.lessons) if (l.id === lessonId) return l;
  return undefined;
}

/**
 * Course -> nothing in the cluster. The operator publishes the course to the tenant's courses
 * service; these pure functions say where (`coursePublishTarget`), what it sends
 * (`coursePublishPayload`: the courses service's whole-course document), whether content changed
 * (`coursePayloadHash`), and what the schema lets through but publishing cannot realise
 * (`validateCourse`).
 */
import { createHash } from 'node:crypto';
import type { Course, Lesson, QuizQuestion } from '../../crds/index.ts';

/** A question as the courses service takes it: the answer's shape follows the kind. */
export type PublishedQuestion =
  | { readonly kind: 'single'; readonly prompt: string; readonly options: readonly string[]; readonly answer: number }
  | { readonly kind: 'multiple'; readonly prompt: string; readonly options: readonly string[]; readonly answer: readonly number[] }
  | { readonly kind: 'truefalse'; readonly prompt: string; readonly answer: boolean }
  | { readonly kind: 'text'; readonly prompt: string; readonly answer: readonly string[] };

export type PublishedLesson =
  | { readonly title: string; readonly type: 'video'; readonly videoUrl: string; readonly durationSeconds: number }
  | { readonly title: string; readonly type: 'article'; readonly body: string }
  | {
      readonly title: string;
      readonly type: 'quiz';
      readonly passMark: number;
      readonly maxAttempts: number;
      readonly questions: readonly PublishedQuestion[];
    };

/**
 * The JSON body the courses service receives: its whole-course document
 * (services/courses CourseDocumentSchema). Module and lesson identity is by position.
 */
export interface CoursePublishPayload {
  readonly title: string;
  readonly description: string;
  /** Absent: free. */
  readonly price?: { readonly amount: number; readonly currency: string };
  readonly modules: ReadonlyArray<{ readonly title: string; readonly lessons: readonly PublishedLesson[] }>;
  readonly published: boolean;
  /** `<namespace>/<name>` of the Course: the service refuses a course another resource manages. */
  readonly managedBy: string;
}

/** Where the payload goes: the tenant's courses service, the course's slug. */
export interface CoursePublishTarget {
  readonly tenant: string;
  readonly slug: string;
}

/** A problem the schema allows but publishing cannot realise; `path` is under `spec`. */
export interface CourseProblem {
  readonly path: string;
  readonly message: string;
}

/** Thrown by `coursePublishPayload` when the course breaks a rule the CRD enforces (it was not admitted). */
function missing(path: string, what: string): never {
  throw new Error(`Course spec.${path}: ${what} is missing (the CRD requires it; was the object validated?)`);
}

function publishedQuestion(q: QuizQuestion, path: string): PublishedQuestion {
  const options = q.options ?? [];
  switch (q.kind) {
    case 'single':
      return { kind: 'single', prompt: q.prompt, options, answer: q.answer.option ?? missing(path, 'answer.option') };
    case 'multiple':
      return { kind: 'multiple', prompt: q.prompt, options, answer: q.answer.options ?? missing(path, 'answer.options') };
    case 'truefalse':
      return { kind: 'truefalse', prompt: q.prompt, answer: q.answer.value ?? missing(path, 'answer.value') };
    case 'text':
      return { kind: 'text', prompt: q.prompt, answer: q.answer.text ?? missing(path, 'answer.text') };
  }
}

function publishedLesson(lesson: Lesson, path: string): PublishedLesson {
  const { title } = lesson;
  switch (lesson.type) {
    case 'video':
      return { title, type: 'video', videoUrl: lesson.videoUrl ?? missing(path, 'videoUrl'), durationSeconds: lesson.durationSeconds ?? missing(path, 'durationSeconds') };
    case 'article':
      return { title, type: 'article', body: lesson.body ?? missing(path, 'body') };
    case 'quiz': {
      const quiz = lesson.quiz ?? missing(path, 'quiz');
      return { title, type: 'quiz', passMark: quiz.passMark, maxAttempts: quiz.maxAttempts, questions: quiz.questions.map((q, i) => publishedQuestion(q, `${path}.quiz.questions[${i}]`)) };
    }
  }
}

/** The document the courses service receives for `course` (defaults applied). Pure. */
export function coursePublishPayload(course: Course): CoursePublishPayload {
  const { spec, metadata } = course;
  return {
    title: spec.title,
    description: spec.description ?? '',
    ...(spec.price ? { price: { amount: spec.price.amount, currency: spec.price.currency } } : {}),
    modules: spec.modules.map((m, i) => ({ title: m.title, lessons: m.lessons.map((l, j) => publishedLesson(l, `modules[${i}].lessons[${j}]`)) })),
    published: spec.published,
    managedBy: `${metadata.namespace ?? 'default'}/${metadata.name ?? ''}`,
  };
}

/** The tenant and slug the payload is published under. */
export function coursePublishTarget(course: Course): CoursePublishTarget {
  return { tenant: course.spec.tenantRef.name, slug: course.spec.slug };
}

/** sha256 of the payload: equal hashes need no republish (status.publishedHash). */
export function coursePayloadHash(payload: CoursePublishPayload): string {
  return createHash('sha256').update(JSON.stringify(payload)).digest('hex');
}

/** ISO 4217 alphabetic codes in use (funds and precious metals left out). */
const ISO_4217 = new Set(
  ('AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF ' +
    'CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG ' +
    'HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA ' +
    'MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD ' +
    'RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX ' +
    'USD UYU UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG').split(' '),
);

function blank(text: string | undefined): boolean {
  return text !== undefined && text.trim() === '';
}

function questionProblems(q: QuizQuestion, path: string): CourseProblem[] {
  const problems: CourseProblem[] = [];
  const options = q.options ?? [];
  if (blank(q.prompt)) problems.push({ path: `${path}.prompt`, message: 'prompt is blank' });
  const seen = new Set<string>();
  options.forEach((option, i) => {
    const normal = option.trim().toLowerCase();
    if (normal === '') problems.push({ path: `${path}.options[${i}]`, message: 'option is blank' });
    else if (seen.has(normal)) problems.push({ path: `${path}.options[${i}]`, message: `option ${JSON.stringify(option)} appears twice: learners cannot tell them apart` });
    seen.add(normal);
  });
  const outOfRange = (index: number, where: string): void => {
    if (index >= options.length) problems.push({ path: where, message: `answer index ${index} is past the ${options.length} options (0..${options.length - 1})` });
  };
  if (q.kind === 'single' && q.answer.option !== undefined) outOfRange(q.answer.option, `${path}.answer.option`);
  if (q.kind === 'multiple' && q.answer.options) {
    q.answer.options.forEach((index, i) => outOfRange(index, `${path}.answer.options[${i}]`));
    if (new Set(q.answer.options).size !== q.answer.options.length) {
      problems.push({ path: `${path}.answer.options`, message: `answer.options [${q.answer.options.join(', ')}] repeats an index` });
    }
  }
  q.answer.text?.forEach((t, i) => blank(t) && problems.push({ path: `${path}.answer.text[${i}]`, message: 'an accepted answer is blank' }));
  return problems;
}

/** Everything in `course` the schema accepts but the courses service would refuse or could not honour. */
export function validateCourse(course: Course): CourseProblem[] {
  const { spec } = course;
  const problems: CourseProblem[] = [];
  if (/^[0-9a-f]{8}-/.test(spec.slug)) problems.push({ path: 'slug', message: `slug ${spec.slug} looks like an id: the service would confuse the two` });
  if (blank(spec.title)) problems.push({ path: 'title', message: 'title is blank' });
  if (spec.price && !ISO_4217.has(spec.price.currency)) {
    problems.push({ path: 'price.currency', message: `${spec.price.currency} is not an ISO 4217 currency code` });
  }
  spec.modules.forEach((module, m) => {
    if (blank(module.title)) problems.push({ path: `modules[${m}].title`, message: 'module title is blank' });
    module.lessons.forEach((lesson, l) => {
      const path = `modules[${m}].lessons[${l}]`;
      if (blank(lesson.title)) problems.push({ path: `${path}.title`, message: 'lesson title is blank' });
      if (lesson.type === 'article' && blank(lesson.body)) problems.push({ path: `${path}.body`, message: 'article body is blank' });
      lesson.quiz?.questions.forEach((q, i) => problems.push(...questionProblems(q, `${path}.quiz.questions[${i}]`)));
    });
  });
  return problems;
}

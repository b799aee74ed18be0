/**
 * Course -> nothing in the cluster. The operator publishes the course to the tenant's courses
 * service; these pure functions say what it sends (`coursePublishPayload`), whether content
 * changed (`coursePayloadHash`), and what the schema lets through but cannot be realised
 * (`validateCourse`).
 */
import { createHash } from 'node:crypto';
import type { Course, Lesson, QuizQuestion } from '../../crds/index.ts';

export interface PublishedQuestion {
  readonly position: number;
  readonly kind: QuizQuestion['kind'];
  readonly prompt: string;
  readonly options: readonly string[];
  readonly answer: QuizQuestion['answer'];
}

export interface PublishedLesson {
  readonly position: number;
  /** Stable key of the lesson within the course (from its title): progress is recorded against it. */
  readonly key: string;
  readonly title: string;
  readonly type: Lesson['type'];
  readonly videoUrl?: string;
  readonly durationSeconds?: number;
  readonly body?: string;
  readonly quiz?: { readonly passMark: number; readonly maxAttempts: number; readonly questions: readonly PublishedQuestion[] };
}

/** The JSON body the courses service receives (`PUT /api/v1/courses/by-slug/<slug>` of the tenant). */
export interface CoursePublishPayload {
  readonly tenant: string;
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  /** null: free. */
  readonly price: { readonly amount: number; readonly currency: string } | null;
  readonly published: boolean;
  readonly modules: ReadonlyArray<{ readonly position: number; readonly title: string; readonly lessons: readonly PublishedLesson[] }>;
  /** The Course object it came from; not part of the content hash. */
  readonly source: { readonly namespace: string; readonly name: string; readonly generation: number | null };
}

/** A problem the schema allows but publishing cannot realise; `path` is under `spec`. */
export interface CourseProblem {
  readonly path: string;
  readonly message: string;
}

/** URL-safe key of a title: lower case, ASCII letters and digits joined by '-'. */
export function lessonKey(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

function publishedLesson(lesson: Lesson, position: number): PublishedLesson {
  const base = { position, key: lessonKey(lesson.title), title: lesson.title, type: lesson.type };
  return {
    ...base,
    ...(lesson.videoUrl !== undefined ? { videoUrl: lesson.videoUrl } : {}),
    ...(lesson.durationSeconds !== undefined ? { durationSeconds: lesson.durationSeconds } : {}),
    ...(lesson.body !== undefined ? { body: lesson.body } : {}),
    ...(lesson.quiz
      ? {
          quiz: {
            passMark: lesson.quiz.passMark,
            maxAttempts: lesson.quiz.maxAttempts,
            questions: lesson.quiz.questions.map((q, i) => ({ position: i + 1, kind: q.kind, prompt: q.prompt, options: q.options ?? [], answer: q.answer })),
          },
        }
      : {}),
  };
}

/** The payload the courses service receives for `course` (defaults applied). Pure. */
export function coursePublishPayload(course: Course): CoursePublishPayload {
  const { spec, metadata } = course;
  return {
    tenant: spec.tenantRef.name,
    slug: spec.slug,
    title: spec.title,
    description: spec.description ?? '',
    price: spec.price ? { amount: spec.price.amount, currency: spec.price.currency } : null,
    published: spec.published,
    modules: spec.modules.map((m, i) => ({ position: i + 1, title: m.title, lessons: m.lessons.map((l, j) => publishedLesson(l, j + 1)) })),
    source: { namespace: metadata.namespace ?? '', name: metadata.name ?? '', generation: metadata.generation ?? null },
  };
}

/** sha256 of the payload's content (not its source): equal hashes need no republish. */
export function coursePayloadHash(payload: CoursePublishPayload): string {
  const { source: _source, ...content } = payload;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
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

function questionProblems(q: QuizQuestion, path: string): CourseProblem[] {
  const problems: CourseProblem[] = [];
  const options = q.options ?? [];
  const seen = new Set<string>();
  options.forEach((option, i) => {
    const normal = option.trim().toLowerCase();
    if (seen.has(normal)) problems.push({ path: `${path}.options[${i}]`, message: `option ${JSON.stringify(option)} appears twice: learners cannot tell them apart` });
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
  if (q.kind === 'text' && q.answer.text?.some((t) => t.trim() === '')) {
    problems.push({ path: `${path}.answer.text`, message: 'an accepted answer is blank' });
  }
  return problems;
}

/** Everything in `course` the schema accepts but the courses service could not honour. */
export function validateCourse(course: Course): CourseProblem[] {
  const { spec } = course;
  const problems: CourseProblem[] = [];
  if (spec.price && !ISO_4217.has(spec.price.currency)) {
    problems.push({ path: 'price.currency', message: `${spec.price.currency} is not an ISO 4217 currency code` });
  }
  const moduleTitles = new Map<string, number>();
  const lessonKeys = new Map<string, string>();
  spec.modules.forEach((module, m) => {
    const title = module.title.trim().toLowerCase();
    if (moduleTitles.has(title)) problems.push({ path: `modules[${m}].title`, message: `module title ${JSON.stringify(module.title)} repeats modules[${moduleTitles.get(title)}]` });
    moduleTitles.set(title, m);
    module.lessons.forEach((lesson, l) => {
      const path = `modules[${m}].lessons[${l}]`;
      const key = lessonKey(lesson.title);
      if (!key) problems.push({ path: `${path}.title`, message: `lesson title ${JSON.stringify(lesson.title)} has no letters or digits to make its key from` });
      else if (lessonKeys.has(key)) problems.push({ path: `${path}.title`, message: `lesson key ${key} (from ${JSON.stringify(lesson.title)}) repeats ${lessonKeys.get(key)}` });
      else lessonKeys.set(key, path);
      lesson.quiz?.questions.forEach((q, i) => problems.push(...questionProblems(q, `${path}.quiz.questions[${i}]`)));
    });
  });
  return problems;
}

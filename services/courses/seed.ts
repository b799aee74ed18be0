import type { ServiceContext } from '../kit/context.ts';
import type { Principal } from '../kit/auth.ts';
import { catalogFor } from './catalog.ts';
import { addLesson, addModule, createCourse, publishCourse } from './domain/authoring.ts';

export const DEMO_COURSE_SLUG = 'getting-started';

const ARTICLE = `# How this academy works

Every course is made of **modules**, and every module of **lessons**: videos, articles like this
one, and quizzes.

- Your player reports where you are every few seconds, so you can **resume on any device**.
- A video counts as watched at 90%; an article when you mark it read; a quiz when you pass it.
- Finish every lesson and a **signed certificate** is issued that anyone can verify.
`;

/** The demo course of tenant `demo`: a video, an article and a quiz, published. Safe to run again. */
export async function seedDemoCourse(ctx: ServiceContext, demo: { tenantId: string; adminId: string }): Promise<void> {
  const catalog = catalogFor(ctx);
  const store = catalog.store;
  if (await store.bySlug(demo.tenantId, DEMO_COURSE_SLUG)) return;
  const actor: Principal = { userId: demo.adminId, tenantId: demo.tenantId, roles: ['admin', 'instructor'] };
  const course = await createCourse(store, {
    tenantId: demo.tenantId,
    actor,
    input: { title: 'Getting started with online learning', slug: DEMO_COURSE_SLUG, description: 'A short tour of the academy: watch a video, read an article and pass a quiz to earn a certificate.' },
  });
  const mod = await addModule(store, { tenantId: demo.tenantId, actor, courseId: course.id, title: 'Welcome' });
  const lesson = (input: Parameters<typeof addLesson>[1]['input']) => addLesson(store, { tenantId: demo.tenantId, actor, moduleId: mod.id, input });
  // The clip the web app serves (web/public/media), so the demo plays with nothing else running.
  await lesson({ title: 'Welcome video', type: 'video', videoUrl: '/media/sample-clip.webm', durationSeconds: 30 });
  await lesson({ title: 'How this academy works', type: 'article', body: ARTICLE });
  await lesson({
    title: 'Check your understanding',
    type: 'quiz',
    passMark: 60,
    maxAttempts: 3,
    questions: [
      { kind: 'single', prompt: 'When does a video count as watched?', options: ['At 50%', 'At 90%', 'Never'], answer: 1 },
      { kind: 'truefalse', prompt: 'You can resume a lesson on another device.', answer: true },
      { kind: 'multiple', prompt: 'Which are lesson types here?', options: ['Video', 'Article', 'Quiz', 'Podcast'], answer: [0, 1, 2] },
      { kind: 'text', prompt: 'What do you get when you finish a course?', answer: ['certificate', 'a certificate'] },
    ],
  });
  await publishCourse(store, catalog, { tenantId: demo.tenantId, actor, courseId: course.id });
}

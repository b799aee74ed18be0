import { describe, expect, it } from 'vitest';
import { demoCourse } from './fixtures.ts';
import { coursePayloadHash, coursePublishPayload, lessonKey, validateCourse } from './course.ts';

describe('coursePublishPayload', () => {
  it('carries the course content in order, with lesson keys and quiz answers', () => {
    // GIVEN the demo course  WHEN its payload is built
    const payload = coursePublishPayload(demoCourse());
    // THEN
    expect(payload).toMatchObject({
      tenant: 'demo',
      slug: 'growth-marketing-101',
      title: 'Growth Marketing 101',
      price: { amount: 4900, currency: 'USD' },
      published: true,
      source: { namespace: 'academy', name: 'growth-marketing-101', generation: null },
    });
    expect(payload.modules.map((m) => [m.position, m.title, m.lessons.map((l) => `${l.type}:${l.key}`)])).toEqual([
      [1, 'Foundations', ['video:what-growth-means', 'article:the-funnel-step-by-step']],
      [2, 'Check yourself', ['quiz:foundations-quiz']],
    ]);
    expect(payload.modules[0].lessons[0]).toEqual({
      position: 1,
      key: 'what-growth-means',
      title: 'What growth means',
      type: 'video',
      videoUrl: 'https://videos.example.com/growth-101/intro.m3u8',
      durationSeconds: 540,
    });
    const quiz = payload.modules[1].lessons[0].quiz;
    expect(quiz).toMatchObject({ passMark: 60, maxAttempts: 3 });
    expect(quiz?.questions.map((q) => q.answer)).toEqual([{ option: 1 }, { options: [0, 2] }, { value: false }, { text: ['activation'] }]);
    expect(quiz?.questions[2].options).toEqual([]);
  });

  it('a free course has price null and an empty description when none is given', () => {
    const course = demoCourse();
    delete course.spec.price;
    delete course.spec.description;
    expect(coursePublishPayload(course)).toMatchObject({ price: null, description: '' });
  });

  it('hashes content only: a new generation with the same content needs no republish', () => {
    const course = demoCourse();
    const first = coursePayloadHash(coursePublishPayload(course));
    course.metadata.generation = 7;
    expect(coursePayloadHash(coursePublishPayload(course))).toBe(first);
    course.spec.title = 'Growth Marketing 102';
    expect(coursePayloadHash(coursePublishPayload(course))).not.toBe(first);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('validateCourse', () => {
  it('finds nothing wrong with the demo course', () => {
    expect(validateCourse(demoCourse())).toEqual([]);
  });

  it('reports answer indices past the options, and repeated indices', () => {
    const course = demoCourse();
    const questions = course.spec.modules[1].lessons[0].quiz!.questions;
    questions[0].answer = { option: 3 };
    questions[1].answer = { options: [2, 2, 5] };
    expect(validateCourse(course)).toEqual([
      { path: 'modules[1].lessons[0].quiz.questions[0].answer.option', message: 'answer index 3 is past the 3 options (0..2)' },
      { path: 'modules[1].lessons[0].quiz.questions[1].answer.options[2]', message: 'answer index 5 is past the 3 options (0..2)' },
      { path: 'modules[1].lessons[0].quiz.questions[1].answer.options', message: 'answer.options [2, 2, 5] repeats an index' },
    ]);
  });

  it('reports duplicate options, lesson keys that collide, repeated module titles and unknown currencies', () => {
    const course = demoCourse();
    course.spec.modules[1].lessons[0].quiz!.questions[0].options = ['Retention', 'retention ', 'Referral'];
    course.spec.modules[0].lessons[1].title = 'What Growth Means!';
    course.spec.modules[1].title = 'foundations';
    course.spec.price = { amount: 100, currency: 'ABC' };
    expect(validateCourse(course).map((p) => p.message)).toEqual([
      'ABC is not an ISO 4217 currency code',
      'lesson key what-growth-means (from "What Growth Means!") repeats modules[0].lessons[0]',
      'module title "foundations" repeats modules[0]',
      'option "retention " appears twice: learners cannot tell them apart',
    ]);
  });

  it('makes lesson keys from titles, accents and symbols included', () => {
    expect(lessonKey('Café  & Crème: Part 2')).toBe('cafe-creme-part-2');
    expect(lessonKey('!!!')).toBe('');
  });
});

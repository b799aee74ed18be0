import { describe, expect, it } from 'vitest';
import { demoCourse } from './fixtures.ts';
import { coursePayloadHash, coursePublishPayload, coursePublishTarget, validateCourse } from './course.ts';

describe('coursePublishPayload', () => {
  it('is the courses service document: modules and lessons in order, answers shaped by kind', () => {
    // GIVEN the demo course  WHEN its payload is built
    const payload = coursePublishPayload(demoCourse());
    // THEN
    expect(payload).toEqual({
      title: 'Growth Marketing 101',
      description: 'Find your first thousand learners without a budget.',
      price: { amount: 4900, currency: 'USD' },
      published: true,
      managedBy: 'academy/growth-marketing-101',
      modules: [
        {
          title: 'Foundations',
          lessons: [
            { title: 'What growth means', type: 'video', videoUrl: 'https://videos.example.com/growth-101/intro.m3u8', durationSeconds: 540 },
            { title: 'The funnel, step by step', type: 'article', body: '# The funnel\nAwareness, acquisition, activation, retention, referral, revenue.\n' },
          ],
        },
        {
          title: 'Check yourself',
          lessons: [
            {
              title: 'Foundations quiz',
              type: 'quiz',
              passMark: 60,
              maxAttempts: 3,
              questions: [
                { kind: 'single', prompt: 'Which stage comes right after acquisition?', options: ['Retention', 'Activation', 'Referral'], answer: 1 },
                { kind: 'multiple', prompt: 'Which of these are retention levers?', options: ['Email reminders', 'Paid ads', 'Progress streaks'], answer: [0, 2] },
                { kind: 'truefalse', prompt: 'Revenue is the first stage of the funnel.', answer: false },
                { kind: 'text', prompt: 'Name the stage where a learner first gets value.', answer: ['activation'] },
              ],
            },
          ],
        },
      ],
    });
    expect(coursePublishTarget(demoCourse())).toEqual({ tenant: 'demo', slug: 'growth-marketing-101' });
  });

  it('a free course has no price and an empty description when none is given', () => {
    const course = demoCourse();
    delete course.spec.price;
    delete course.spec.description;
    const payload = coursePublishPayload(course);
    expect(payload).not.toHaveProperty('price');
    expect(payload.description).toBe('');
  });

  it('refuses a lesson the CRD would not have admitted, naming the field', () => {
    const course = demoCourse();
    delete course.spec.modules[0].lessons[0].videoUrl;
    expect(() => coursePublishPayload(course)).toThrow('Course spec.modules[0].lessons[0]: videoUrl is missing');
  });

  it('hashes content: a new generation with the same content needs no republish', () => {
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

  it('reports duplicate options, blank text, an id-like slug and unknown currencies', () => {
    const course = demoCourse();
    const questions = course.spec.modules[1].lessons[0].quiz!.questions;
    questions[0].options = ['Retention', 'retention ', 'Referral'];
    questions[3].answer = { text: ['  '] };
    course.spec.modules[0].lessons[1].title = '   ';
    course.spec.slug = '0190a1b2-course';
    course.spec.price = { amount: 100, currency: 'ABC' };
    expect(validateCourse(course).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'slug: slug 0190a1b2-course looks like an id: the service would confuse the two',
      'price.currency: ABC is not an ISO 4217 currency code',
      'modules[0].lessons[1].title: lesson title is blank',
      'modules[1].lessons[0].quiz.questions[0].options[1]: option "retention " appears twice: learners cannot tell them apart',
      'modules[1].lessons[0].quiz.questions[3].answer.text[0]: an accepted answer is blank',
    ]);
  });
});

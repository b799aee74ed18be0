/**
 * The courses service's public interface: the published content others read (progress grades
 * quizzes and tracks lessons against it). Anything else under services/courses/ is private to it
 * (.dependency-cruiser.cjs).
 */
export { allLessons, findLesson, lessonCount, type PublishedOutline, type OutlineLesson, type Question } from './outline.ts';
export { catalogFor, type Catalog } from './catalog.ts';
export { LessonIdParams, LessonTypeSchema } from './schemas.ts';
export { coursesUsingAsset } from './asset-usage.ts';
export { courseSummaries, type CourseSummary } from './course-summary.ts';

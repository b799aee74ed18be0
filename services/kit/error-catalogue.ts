/**
 * Every error the API can answer with: a stable machine `code`, its HTTP status and a title.
 * Throws name a code from here (kit/errors.ts types them), routes declare the codes they can
 * return, and the OpenAPI document's responses are generated from those declarations.
 */
export const ERROR_CATALOGUE = {
  // 400
  bad_request: { status: 400, title: 'The request is not valid' },
  validation_failed: { status: 400, title: 'A field is missing or not valid' },
  malformed_json: { status: 400, title: 'The body is not valid JSON' },
  malformed_path: { status: 400, title: 'The path is not validly percent-encoded' },
  malformed_request: { status: 400, title: 'The request could not be parsed as HTTP' },
  invalid_cursor: { status: 400, title: 'The page cursor is not valid' },
  invalid_format: { status: 400, title: 'A value has the wrong format' },
  invalid_text: { status: 400, title: 'A text contains a character the database cannot store' },
  invalid_value: { status: 400, title: 'A value is not valid for its field' },
  out_of_range: { status: 400, title: 'A number is out of range' },
  value_too_long: { status: 400, title: 'A value is too long for its field' },
  check_violation: { status: 400, title: 'A value is out of range' },
  cannot_demote_self: { status: 400, title: 'An admin cannot remove their own admin role' },
  course_empty: { status: 400, title: 'A course needs a lesson before it is published' },
  prerequisite_cycle: { status: 400, title: 'Prerequisites would form a cycle' },
  prerequisite_not_found: { status: 400, title: 'A prerequisite course does not exist' },
  quiz_completes_by_passing: { status: 400, title: 'A quiz is completed by passing it' },
  mfa_already_enabled: { status: 400, title: 'MFA is already enabled' },
  mfa_not_enabled: { status: 400, title: 'MFA is not enabled' },
  mfa_not_started: { status: 400, title: 'MFA setup has not been started' },
  // 401
  unauthorized: { status: 401, title: 'Authentication is required' },
  token_invalid: { status: 401, title: 'The access token is not valid' },
  token_expired: { status: 401, title: 'The access token has expired' },
  token_wrong_tenant: { status: 401, title: 'The token belongs to another academy' },
  service_token_invalid: { status: 401, title: 'A valid service token is required' },
  api_key_invalid: { status: 401, title: 'The API key is not valid or was revoked' },
  api_key_expired: { status: 401, title: 'The API key has expired' },
  invalid_credentials: { status: 401, title: 'Email or password is wrong' },
  mfa_required: { status: 401, title: 'A code from the authenticator app is required' },
  mfa_invalid: { status: 401, title: 'The authenticator code is not valid' },
  refresh_token_missing: { status: 401, title: 'No refresh token was sent' },
  refresh_token_invalid: { status: 401, title: 'The refresh token is not valid' },
  refresh_token_expired: { status: 401, title: 'The refresh token has expired' },
  refresh_token_reused: { status: 401, title: 'The refresh token was already used; its sessions are signed out' },
  // 402, 403
  payment_required: { status: 402, title: 'The course is priced' },
  forbidden: { status: 403, title: 'You are not allowed to do this' },
  role_required: { status: 403, title: 'A role you do not have is required' },
  api_key_scope: { status: 403, title: 'The API key does not have a scope this route accepts' },
  csrf_failed: { status: 403, title: 'The CSRF header is missing or does not match the session' },
  not_course_author: { status: 403, title: 'Only the course author or an admin may change it' },
  not_enrolled: { status: 403, title: 'Enroll in the course first' },
  prerequisites_not_met: { status: 403, title: 'The course prerequisites are not completed' },
  current_password_wrong: { status: 403, title: 'The current password is wrong' },
  // 404
  api_key_not_found: { status: 404, title: 'No such API key' },
  not_found: { status: 404, title: 'Not found' },
  route_not_found: { status: 404, title: 'No such route' },
  tenant_not_found: { status: 404, title: 'No such academy' },
  user_not_found: { status: 404, title: 'No such user' },
  course_not_found: { status: 404, title: 'No such course' },
  module_not_found: { status: 404, title: 'No such module' },
  lesson_not_found: { status: 404, title: 'No such lesson' },
  quiz_not_found: { status: 404, title: 'No such quiz' },
  certificate_not_found: { status: 404, title: 'No such certificate' },
  question_not_found: { status: 404, title: 'No such question in this quiz' },
  // 408, 409
  request_timeout: { status: 408, title: 'The request took too long to arrive' },
  conflict: { status: 409, title: 'Conflict' },
  already_exists: { status: 409, title: 'A record with these values already exists' },
  reference_missing: { status: 409, title: 'A referenced record does not exist' },
  serialization_failure: { status: 409, title: 'Concurrent update, please retry' },
  deadlock: { status: 409, title: 'Concurrent update, please retry' },
  email_taken: { status: 409, title: 'An account with this email already exists' },
  slug_taken: { status: 409, title: 'The slug is taken' },
  course_managed: { status: 409, title: 'The course is managed by a Course resource' },
  course_conflict: { status: 409, title: 'The course is managed by another Course resource' },
  attempts_exhausted: { status: 409, title: 'Every attempt of this quiz is used' },
  quiz_needs_question: { status: 409, title: 'A quiz needs at least one question' },
  not_a_quiz: { status: 409, title: 'Only quiz lessons have questions' },
  // 413, 415, 429, 431
  payload_too_large: { status: 413, title: 'The request body is too large' },
  unsupported_media_type: { status: 415, title: 'Send application/json' },
  rate_limited: { status: 429, title: 'Too many requests' },
  login_locked: { status: 429, title: 'Too many failed sign-ins; wait before trying again' },
  headers_too_large: { status: 431, title: 'The request headers are too large' },
  // 5xx
  internal: { status: 500, title: 'Something went wrong on our side' },
  unavailable: { status: 503, title: 'The service is not ready' },
  upstream_unavailable: { status: 503, title: 'The service behind this route is not reachable' },
  upstream_timeout: { status: 504, title: 'The service behind this route did not answer in time' },
  redis_unavailable: { status: 503, title: 'A backing service is unavailable; retry shortly' },
  rate_limit_unavailable: { status: 503, title: 'Rate limits cannot be checked; retry shortly' },
  shard_moving: { status: 503, title: 'This data is being moved; retry shortly' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** The codes whose status is S (the factories take only those). */
export type CodeOf<S extends number> = { [K in ErrorCode]: (typeof ERROR_CATALOGUE)[K]['status'] extends S ? K : never }[ErrorCode];

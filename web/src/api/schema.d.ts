/* Generated from GET /api/v1/openapi.json by `npm run web:api` (web/scripts/generate-api.ts). Do not edit. */
export interface paths {
    "/api/v1/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The academy's live API keys, without their secrets (admins)
         * @description The academy's live API keys, without their secrets (admins)
         */
        get: operations["getAdminApiKeys"];
        put?: never;
        /**
         * Make an API key for an integration (admins); the key is shown only in this answer
         * @description Make an API key for an integration (admins); the key is shown only in this answer
         */
        post: operations["postAdminApiKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key now (admins)
         * @description Revoke an API key now (admins)
         */
        delete: operations["deleteAdminApiKeysById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-keys/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new secret for an API key; the old one keeps working for 24 hours (admins)
         * @description A new secret for an API key; the old one keeps working for 24 hours (admins)
         */
        post: operations["postAdminApiKeysByIdRotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/platform": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The academy's services (desired / ready replicas, autoscalers), shard clusters with a live health check, Redis, and the Tenant's conditions
         * @description The academy's services (desired / ready replicas, autoscalers), shard clusters with a live health check, Redis, and the Tenant's conditions
         */
        get: operations["getAdminPlatform"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A course's learning analytics per day over a date range (course authors, admins)
         * @description A course's learning analytics per day over a date range (course authors, admins)
         */
        get: operations["getAnalyticsCoursesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/courses/{id}/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The same report as a CSV file (one line per day; a revenue column per currency)
         * @description The same report as a CSV file (one line per day; a revenue column per currency)
         */
        get: operations["getAnalyticsCoursesByIdCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every course of the academy over a date range: totals per course (admins)
         * @description Every course of the academy over a date range: totals per course (admins)
         */
        get: operations["getAnalyticsOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/rollups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recompute the roll-ups of some days of this academy now (queued; a re-run replaces, never adds)
         * @description Recompute the roll-ups of some days of this academy now (queued; a re-run replaces, never adds)
         */
        post: operations["postAnalyticsRollups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public keys that verify access tokens
         * @description Public keys that verify access tokens
         */
        get: operations["getAuthWellKnownJwksJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/email/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an email address with the mailed verification token
         * @description Confirm an email address with the mailed verification token
         */
        post: operations["postAuthEmailVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email, password and (when enabled) a TOTP code
         * @description Sign in with email, password and (when enabled) a TOTP code
         */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke the session (the refresh token family)
         * @description Revoke the session (the refresh token family)
         */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out every other device: revoke all my sessions but this one
         * @description Sign out every other device: revoke all my sessions but this one
         */
        post: operations["postAuthLogoutOthers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn MFA off (needs the password and a current or recovery code)
         * @description Turn MFA off (needs the password and a current or recovery code)
         */
        post: operations["postAuthMfaDisable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish TOTP enrolment with a current code; returns recovery codes, shown once
         * @description Finish TOTP enrolment with a current code; returns recovery codes, shown once
         */
        post: operations["postAuthMfaEnable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start TOTP enrolment (needs the password): returns the otpauth URI
         * @description Start TOTP enrolment (needs the password): returns the otpauth URI
         */
        post: operations["postAuthMfaSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my password (needs the current one); signs out my other sessions
         * @description Change my password (needs the current one); signs out my other sessions
         */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail a password reset link (same answer whether or not the address has an account)
         * @description Mail a password reset link (same answer whether or not the address has an account)
         */
        post: operations["postAuthPasswordForgot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a mailed reset token (single use; signs out every session)
         * @description Set a new password with a mailed reset token (single use; signs out every session)
         */
        post: operations["postAuthPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Spend a refresh token for a new pair (reuse revokes the family)
         * @description Spend a refresh token for a new pair (reuse revokes the family)
         */
        post: operations["postAuthRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a learner account and sign in
         * @description Create a learner account and sign in
         */
        post: operations["postAuthRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The academy's single sign-on, for the sign-in page
         * @description The academy's single sign-on, for the sign-in page
         */
        get: operations["getAuthSso"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the identity provider sends the browser back: verifies, signs in (creating the account on first use), redirects to the web app
         * @description Where the identity provider sends the browser back: verifies, signs in (creating the account on first use), redirects to the web app
         */
        get: operations["getAuthSsoCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start signing in with the academy's identity provider (a browser navigation: redirects there)
         * @description Start signing in with the academy's identity provider (a browser navigation: redirects there)
         */
        get: operations["getAuthSsoStart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/authoring/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Courses I may edit, drafts included, newest first (admins: every course of the academy)
         * @description Courses I may edit, drafts included, newest first (admins: every course of the academy)
         */
        get: operations["getAuthoringCourses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify a certificate (no sign-in): who, what, when and the signature
         * @description Verify a certificate (no sign-in): who, what, when and the signature
         */
        get: operations["getCertificatesByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{code}/printable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The printable certificate (SVG, A4 landscape), from object storage
         * @description The printable file of a certificate (no sign-in, like its verification): written to object storage on first request, then served from there.
         */
        get: operations["getCertificatesByCodePrintable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The academy's certificate signing key (Ed25519), as JWK and PEM
         * @description The academy's certificate signing key (Ed25519), as JWK and PEM
         */
        get: operations["getCertificatesPublicKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a coupon: percent or fixed amount, optional expiry, maximum redemptions and course
         * @description Create a coupon: percent or fixed amount, optional expiry, maximum redemptions and course
         */
        post: operations["postCoupons"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Published courses; `q` searches (ranked full text). ETag + Cache-Control
         * @description Published courses; `q` searches (ranked full text). ETag + Cache-Control. API keys with the scope `catalog:read` may call it
         */
        get: operations["getCourses"];
        put?: never;
        /**
         * Create a draft course
         * @description Create a draft course. API keys with the scope `courses:write` may call it
         */
        post: operations["postCourses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The published outline of a course, by slug or id (no content, never answers)
         * @description The published outline of a course, by slug or id (no content, never answers). API keys with the scope `catalog:read` may call it
         */
        get: operations["getCoursesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a draft's title, slug, description, price or prerequisites
         * @description Change a draft's title, slug, description, price or prerequisites. API keys with the scope `courses:write` may call it
         */
        patch: operations["patchCoursesById"];
        trace?: never;
    };
    "/api/v1/courses/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The draft with modules and lessons (answer keys included), for its authors
         * @description The draft with modules and lessons (answer keys included), for its authors. API keys with the scope `courses:write` may call it
         */
        get: operations["getCoursesByIdDraft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Learners of a course across every shard, in enrollment order (authors, admins)
         * @description Learners of a course across every shard, in enrollment order (authors, admins). API keys with the scope `progress:read` may call it
         */
        get: operations["getCoursesByIdEnrollments"];
        put?: never;
        /**
         * Enroll myself (free course, prerequisites met) or, as an admin, someone else
         * @description Enroll myself (free course, prerequisites met) or, as an admin, someone else
         */
        post: operations["postCoursesByIdEnrollments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a module to the draft
         * @description Add a module to the draft. API keys with the scope `courses:write` may call it
         */
        post: operations["postCoursesByIdModules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Freeze the draft as a new immutable version (unchanged draft: same version)
         * @description Freeze the draft as a new immutable version (unchanged draft: same version). API keys with the scope `courses:write` may call it
         */
        post: operations["postCoursesByIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Enrolled and completed counts, and completions per lesson, summed over every shard
         * @description Enrolled and completed counts, and completions per lesson, summed over every shard. API keys with the scope `progress:read` may call it
         */
        get: operations["getCoursesByIdStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}/structure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reorder the draft: every module once, each with its lessons in order (moves lessons between modules)
         * @description Reorder the draft: every module once, each with its lessons in order (moves lessons between modules)
         */
        put: operations["putCoursesByIdStructure"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/internal/courses/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upsert (and publish) a whole course from a Course resource (service token; tenant from X-Tenant)
         * @description Upsert (and publish) a whole course from a Course resource (service token; tenant from X-Tenant)
         */
        put: operations["putInternalCoursesBySlug"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/internal/tenants/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Make or update a pooled academy (service token; idempotent)
         * @description Make or update a pooled academy (service token; idempotent)
         */
        put: operations["putInternalTenantsBySlug"];
        post?: never;
        /**
         * Remove a pooled academy's row (service token; idempotent: an unknown slug is 204 too)
         * @description Remove a pooled academy's row (service token; idempotent: an unknown slug is 204 too)
         */
        delete: operations["deleteInternalTenantsBySlug"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lessons/{lessonId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A lesson's content (published version) for enrolled learners and authors; quizzes without answers
         * @description A lesson's content (published version) for enrolled learners and authors; quizzes without answers
         */
        get: operations["getLessonsByLessonId"];
        put?: never;
        post?: never;
        /**
         * Remove a lesson from the draft (published versions keep it)
         * @description Remove a lesson from the draft (published versions keep it)
         */
        delete: operations["deleteLessonsByLessonId"];
        options?: never;
        head?: never;
        /**
         * Change a draft lesson's title or content (fields of its type; the type stays)
         * @description Change a draft lesson's title or content (fields of its type; the type stays)
         */
        patch: operations["patchLessonsByLessonId"];
        trace?: never;
    };
    "/api/v1/lessons/{lessonId}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a question to a draft quiz (at `position`, default last)
         * @description Add a question to a draft quiz (at `position`, default last)
         */
        post: operations["postLessonsByLessonIdQuestions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lessons/{lessonId}/questions/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace question `index` (from 0) of a draft quiz
         * @description Replace question `index` (from 0) of a draft quiz
         */
        put: operations["putLessonsByLessonIdQuestionsByIndex"];
        post?: never;
        /**
         * Remove question `index` (from 0) of a draft quiz (not its last one)
         * @description Remove question `index` (from 0) of a draft quiz (not its last one)
         */
        delete: operations["deleteLessonsByLessonIdQuestionsByIndex"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My certificates
         * @description My certificates
         */
        get: operations["getMeCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My enrollments with progress percent
         * @description My enrollments with progress percent
         */
        get: operations["getMeEnrollments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/modules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a module and remove its lessons from the draft
         * @description Delete a module and remove its lessons from the draft
         */
        delete: operations["deleteModulesById"];
        options?: never;
        head?: never;
        /**
         * Rename a module of the draft
         * @description Rename a module of the draft
         */
        patch: operations["patchModulesById"];
        trace?: never;
    };
    "/api/v1/modules/{id}/lessons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a video, article or quiz lesson to a module of the draft
         * @description Add a video, article or quiz lesson to a module of the draft. API keys with the scope `courses:write` may call it
         */
        post: operations["postModulesByIdLessons"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My in-app notifications, newest first, with the unread count
         * @description My in-app notifications, newest first, with the unread count
         */
        get: operations["getNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one of my notifications read
         * @description Mark one of my notifications read
         */
        post: operations["postNotificationsByIdRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Notification jobs that failed every attempt (admins)
         * @description Notification jobs that failed every attempt (admins)
         */
        get: operations["getNotificationsDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/dead-letters/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a dead notification job again (admins)
         * @description Run a dead notification job again (admins)
         */
        post: operations["postNotificationsDeadLettersByIdRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/mailbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mail sent or waiting, newest first (admins; without SMTP_URL this is the dev mailbox)
         * @description Mail sent or waiting, newest first (admins; without SMTP_URL this is the dev mailbox)
         */
        get: operations["getNotificationsMailbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My notification preferences (account mails are always sent)
         * @description My notification preferences (account mails are always sent)
         */
        get: operations["getNotificationsPreferences"];
        /**
         * Change my notification preferences
         * @description Change my notification preferences
         */
        put: operations["putNotificationsPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all my notifications read
         * @description Mark all my notifications read
         */
        post: operations["postNotificationsReadAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My orders, newest first
         * @description My orders, newest first
         */
        get: operations["getOrders"];
        put?: never;
        /**
         * Order a priced course, with an optional coupon (verified email required)
         * @description Order a priced course, with an optional coupon (verified email required)
         */
        post: operations["postOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of my orders: its receipt once paid
         * @description One of my orders: its receipt once paid
         */
        get: operations["getOrdersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay an order: offline in development/test completes it; stripe answers a Checkout URL
         * @description Pay an order: offline in development/test completes it; stripe answers a Checkout URL
         */
        post: operations["postOrdersByIdPay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every learner's orders (admins), newest first, from every shard
         * @description Every learner's orders (admins), newest first, from every shard
         */
        get: operations["getPaymentsOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/orders/{id}/mark-paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an offline payment (admins): the buyer is enrolled once
         * @description Confirm an offline payment (admins): the buyer is enrolled once
         */
        post: operations["postPaymentsOrdersByIdMarkPaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/orders/{id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund a paid order (admins): the enrollment it bought is revoked
         * @description Refund a paid order (admins): the enrollment it bought is revoked
         */
        post: operations["postPaymentsOrdersByIdRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/webhooks/stripe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stripe webhook (signature verified; a redelivery changes nothing)
         * @description Stripe webhook (signature verified; a redelivery changes nothing)
         */
        post: operations["postPaymentsWebhooksStripe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/progress/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My progress in a course, with where to resume (same answer on every device)
         * @description My progress in a course, with where to resume (same answer on every device)
         */
        get: operations["getProgressCoursesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/progress/lessons/{lessonId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * The player's heartbeat: position in a lesson (idempotent; older heartbeats never win)
         * @description The player's heartbeat: position in a lesson (idempotent; older heartbeats never win)
         */
        put: operations["putProgressLessonsByLessonId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quizzes/{lessonId}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a quiz attempt, graded on the server
         * @description Submit a quiz attempt, graded on the server
         */
        post: operations["postQuizzesByLessonIdAttempts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The academy's users (admins), in sign-up order
         * @description The academy's users (admins), in sign-up order. API keys with the scope `users:read` may call it
         */
        get: operations["getUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user's roles (admins)
         * @description Change a user's roles (admins)
         */
        patch: operations["patchUsersById"];
        trace?: never;
    };
    "/api/v1/users/{id}/mfa/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn a user's MFA off and sign them out everywhere (admins)
         * @description Turn a user's MFA off and sign them out everywhere (admins)
         */
        post: operations["postUsersByIdMfaReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user
         * @description The signed-in user
         */
        get: operations["getUsersMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change my name
         * @description Change my name
         */
        patch: operations["patchUsersMe"];
        trace?: never;
    };
    "/api/v1/video-uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a resumable (tus) video upload
         * @description Creates an upload of `Upload-Length` bytes and answers its URL in `Location`; send the bytes with PATCH (or in this request, as `application/offset+octet-stream`). A resumable upload follows the tus protocol 1.0.0 (core, creation, creation-with-upload, termination, expiration): refused with problem+json when over the size limit (`video_too_large`, from `Upload-Length`, before any byte is read) or when its first bytes are not a video (`unsupported_video_type`, as soon as they arrive; the upload is then deleted). An upload belongs to its academy and to the user who created it.
         */
        post: operations["postVideoUploads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/video-uploads/{uploadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel a resumable upload (tus termination)
         * @description Cancel a resumable upload (tus termination)
         */
        delete: operations["deleteVideoUploadsByUploadId"];
        options?: never;
        /**
         * How much of a resumable upload the server holds (tus)
         * @description Answers `Upload-Offset` (continue from there with PATCH) and `Upload-Length`. A resumable upload follows the tus protocol 1.0.0 (core, creation, creation-with-upload, termination, expiration): refused with problem+json when over the size limit (`video_too_large`, from `Upload-Length`, before any byte is read) or when its first bytes are not a video (`unsupported_video_type`, as soon as they arrive; the upload is then deleted). An upload belongs to its academy and to the user who created it.
         */
        head: operations["headVideoUploadsByUploadId"];
        /**
         * Send bytes of a resumable upload from Upload-Offset (tus)
         * @description Appends the body at `Upload-Offset` (which must equal the server's offset, else 409). The last chunk turns the file into a video exactly like `POST /videos`: stored, recorded, processing queued; its id is in `Video-Id`. A resumable upload follows the tus protocol 1.0.0 (core, creation, creation-with-upload, termination, expiration): refused with problem+json when over the size limit (`video_too_large`, from `Upload-Length`, before any byte is read) or when its first bytes are not a video (`unsupported_video_type`, as soon as they arrive; the upload is then deleted). An upload belongs to its academy and to the user who created it.
         */
        patch: operations["patchVideoUploadsByUploadId"];
        trace?: never;
    };
    "/api/v1/videos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a video (multipart field "file"); processing is queued. Large files: the resumable /video-uploads
         * @description Upload a video (multipart field "file"); processing is queued. Large files: the resumable /video-uploads
         */
        post: operations["postVideos"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/videos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A video: status, duration, renditions
         * @description A video: status, duration, renditions
         */
        get: operations["getVideosById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/videos/{id}/files/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A file of a video through a signed URL (HTTP ranges; playlists re-signed)
         * @description A file of a video through a signed URL (HTTP ranges; playlists re-signed)
         */
        get: operations["getVideosByIdFilesByName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/videos/{id}/playback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A short-lived playback URL for me (HMAC-signed, bound to me and the video)
         * @description A short-lived playback URL for me (HMAC-signed, bound to me and the video)
         */
        get: operations["getVideosByIdPlayback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            /**
             * @description Stable machine code (the catalogue in services/kit/error-catalogue.ts)
             * @enum {string}
             */
            code: "bad_request" | "validation_failed" | "malformed_json" | "malformed_path" | "malformed_request" | "invalid_cursor" | "invalid_format" | "invalid_text" | "invalid_value" | "out_of_range" | "value_too_long" | "check_violation" | "cannot_demote_self" | "course_empty" | "prerequisite_cycle" | "prerequisite_not_found" | "quiz_completes_by_passing" | "mfa_already_enabled" | "mfa_not_enabled" | "mfa_not_started" | "webhook_signature_invalid" | "reset_token_invalid" | "verification_token_invalid" | "coupon_invalid" | "course_not_priced" | "sso_state_invalid" | "sso_response_invalid" | "unauthorized" | "token_invalid" | "token_expired" | "token_wrong_tenant" | "service_token_invalid" | "api_key_invalid" | "api_key_expired" | "invalid_credentials" | "mfa_required" | "mfa_invalid" | "refresh_token_missing" | "refresh_token_invalid" | "refresh_token_expired" | "refresh_token_reused" | "sso_token_invalid" | "payment_required" | "forbidden" | "role_required" | "api_key_scope" | "csrf_failed" | "not_course_author" | "not_enrolled" | "prerequisites_not_met" | "playback_url_invalid" | "playback_url_expired" | "current_password_wrong" | "email_not_verified" | "sso_required" | "sso_email_domain" | "sso_email_unverified" | "api_key_not_found" | "not_found" | "route_not_found" | "tenant_not_found" | "user_not_found" | "course_not_found" | "module_not_found" | "lesson_not_found" | "quiz_not_found" | "certificate_not_found" | "video_not_found" | "upload_not_found" | "question_not_found" | "order_not_found" | "sso_not_configured" | "request_timeout" | "conflict" | "already_exists" | "reference_missing" | "serialization_failure" | "deadlock" | "email_taken" | "slug_taken" | "course_managed" | "course_conflict" | "tenant_domain_conflict" | "tenant_is_home" | "attempts_exhausted" | "quiz_needs_question" | "video_not_ready" | "not_a_quiz" | "order_not_payable" | "order_not_refundable" | "already_enrolled" | "coupon_code_taken" | "idempotency_key_reused" | "payload_too_large" | "unsupported_media_type" | "video_too_large" | "unsupported_video_type" | "range_not_satisfiable" | "rate_limited" | "login_locked" | "headers_too_large" | "internal" | "unavailable" | "payments_unavailable" | "upstream_unavailable" | "upstream_timeout" | "redis_unavailable" | "rate_limit_unavailable" | "shard_moving" | "upload_store_unavailable" | "sso_provider_unavailable";
            detail?: string;
            /** @description The fields at fault (validation_failed) */
            errors?: {
                field: string;
                message: string;
            }[];
            /** @description The path of the request that failed */
            instance?: string;
            retryAfter?: number;
            status: number;
            title: string;
            /** @description A URI naming the problem type */
            type: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAdminApiKeys: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The keys */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @description Updated at most once a minute */
                            lastUsedAt: string | null;
                            name: string;
                            /** @description After a rotation, the old secret works until then */
                            previousKeyValidUntil: string | null;
                            scopes: ("catalog:read" | "courses:write" | "users:read" | "progress:read")[];
                        }[];
                    };
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminApiKeys: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    expiresAt?: string;
                    name: string;
                    scopes: ("catalog:read" | "courses:write" | "users:read" | "progress:read")[];
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The new key */
            201: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The secret, `ak_…`: shown only in this answer */
                        key: string;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAdminApiKeysById: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Revoked */
            204: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `api_key_not_found`, `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminApiKeysByIdRotate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The new secret */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The secret, `ak_…`: shown only in this answer */
                        key: string;
                        previousKeyValidUntil: string;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `api_key_not_found`, `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminPlatform: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The platform as this process sees it now */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The Tenant's conditions (none locally: no operator) */
                        conditions: {
                            lastTransitionTime?: string;
                            message?: string;
                            observedGeneration?: number;
                            reason?: string;
                            status: string;
                            type: string;
                        }[];
                        database: {
                            control: {
                                error?: string;
                                latencyMs: number;
                                /** @enum {string} */
                                status: "ok" | "failing";
                            };
                            controlReplicas: number;
                            /** @enum {string} */
                            kind: "embedded" | "postgres";
                        };
                        generatedAt: string;
                        notice?: string;
                        process: {
                            hostname: string;
                            node: string;
                            pid: number;
                            rssBytes: number;
                            /** @description Services this process serves */
                            services: string[];
                            uptimeSeconds: number;
                        };
                        redis: {
                            /** @enum {string} */
                            adapter: "redis" | "in-process";
                            health: {
                                error?: string;
                                latencyMs: number;
                                /** @enum {string} */
                                status: "ok" | "failing";
                            };
                        };
                        services: {
                            autoscaler: {
                                /** @default [] */
                                conditions: {
                                    lastTransitionTime?: string;
                                    message?: string;
                                    observedGeneration?: number;
                                    reason?: string;
                                    status: string;
                                    type: string;
                                }[];
                                currentReplicas: number | null;
                                desiredReplicas: number | null;
                                maxReplicas: number;
                                minReplicas: number;
                                targetCPUUtilization?: number;
                            } | null;
                            desiredReplicas: number | null;
                            name: string;
                            ready: boolean;
                            readyReplicas: number | null;
                            /** @enum {string} */
                            runs: "deployment" | "in-process" | "remote";
                        }[];
                        shards: {
                            clusters: {
                                health: {
                                    error?: string;
                                    latencyMs: number;
                                    /** @enum {string} */
                                    status: "ok" | "failing";
                                };
                                name: string;
                                /** @description [first, last] logical shard, inclusive */
                                ranges: number[][];
                                replicas: number;
                            }[];
                            logicalShards: number;
                        };
                        /**
                         * @description operator: services and conditions from the Tenant status; local: this one process
                         * @enum {string}
                         */
                        source: "operator" | "local";
                        tenant: {
                            name: string;
                            slug: string;
                        };
                    };
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role_required. Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAnalyticsCoursesById: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The days rolled up in the range, and their totals */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        course: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                        };
                        /** @description Days rolled up so far, oldest first (a day with no roll-up yet is absent) */
                        days: {
                            activeLearners: number;
                            averageProgress: number | null;
                            completedTotal: number;
                            completionRate: number | null;
                            completions: number;
                            computedAt: string;
                            day: string;
                            enrolledTotal: number;
                            enrollments: number;
                            quizAttempts: number;
                            quizPassed: number;
                            quizPassRate: number | null;
                            /** @description Currency → minor units paid minus refunded */
                            revenue: {
                                [key: string]: number;
                            };
                        }[];
                        from: string;
                        to: string;
                        totals: {
                            averageProgress: number | null;
                            completedTotal: number;
                            completionRate: number | null;
                            completions: number;
                            /** @description By the last day of the range */
                            enrolledTotal: number;
                            enrollments: number;
                            quizAttempts: number;
                            quizPassed: number;
                            quizPassRate: number | null;
                            /** @description Currency → minor units paid minus refunded */
                            revenue: {
                                [key: string]: number;
                            };
                        };
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_course_author. Codes: `not_course_author`, `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description course_not_found. Codes: `course_not_found`, `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAnalyticsCoursesByIdCsv: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description text/csv, RFC 4180, CRLF line ends, a header line */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description attachment; filename="analytics-<course>-<from>-<to>.csv" */
                    "Content-Disposition"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_course_author. Codes: `not_course_author`, `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description course_not_found. Codes: `course_not_found`, `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAnalyticsOverview: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Courses with a roll-up in the range */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        courses: {
                            averageProgress: number | null;
                            completedTotal: number;
                            completionRate: number | null;
                            completions: number;
                            /** Format: uuid */
                            courseId: string;
                            /** @description By the last day of the range */
                            enrolledTotal: number;
                            enrollments: number;
                            quizAttempts: number;
                            quizPassed: number;
                            quizPassRate: number | null;
                            /** @description Currency → minor units paid minus refunded */
                            revenue: {
                                [key: string]: number;
                            };
                            title: string;
                        }[];
                        from: string;
                        to: string;
                    };
                };
            };
            /** @description Codes: `validation_failed` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAnalyticsRollups: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    from: string;
                    to?: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Queued: one job per day */
            202: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        days: string[];
                        jobs: string[];
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthWellKnownJwksJson: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description JWKS */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keys: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthEmailVerify: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The token from the mailed link */
                    token: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Verified */
            204: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description verification_token_invalid. Codes: `verification_token_invalid`, `validation_failed`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                    recoveryCode?: string;
                    totp?: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessToken: string;
                        expiresIn: number;
                        refreshToken: string;
                        /** @enum {string} */
                        tokenType: "Bearer";
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong credentials, mfa_required or mfa_invalid */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `sso_required` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Locked for a while. Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required with the cookie: the value of the academy_csrf cookie */
                "X-CSRF-Token"?: string;
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: {
                /** @description The refresh token (web); instead of refreshToken in the body */
                academy_rt?: string;
            };
        };
        requestBody?: {
            content: {
                "application/json": {
                    refreshToken?: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed out */
            204: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Codes: `validation_failed`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `csrf_failed` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthLogoutOthers: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    refreshToken?: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed out elsewhere */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Other sessions (refresh-token families) signed out */
                        revokedSessions: number;
                    };
                };
            };
            /** @description validation_failed: refreshToken missing or not a live session of mine. Codes: `validation_failed`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description csrf_failed. Codes: `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthMfaDisable: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    recoveryCode?: string;
                    totp?: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Disabled */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        mfaEnabled: boolean;
                        name: string;
                        roles: string[];
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthMfaEnable: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    totp: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Enabled */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        mfaEnabled: boolean;
                        name: string;
                        recoveryCodes: string[];
                        roles: string[];
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthMfaSetup: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Secret to scan */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        otpauthUri: string;
                        secret: string;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                    refreshToken?: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Changed */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Other sessions (refresh-token families) signed out */
                        revokedSessions: number;
                    };
                };
            };
            /** @description validation_failed (newPassword too short, common, your email or unchanged; refreshToken not a live session). Codes: `validation_failed`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description current_password_wrong (counts as a failed sign-in), csrf_failed. Codes: `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description login_locked. Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthPasswordForgot: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If the address has an account, a link is on its way */
            202: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "accepted";
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthPasswordReset: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    /** @description The token from the mailed link */
                    token: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Password changed; every refresh token of the account is revoked */
            204: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description reset_token_invalid, or the password is not acceptable. Codes: `reset_token_invalid`, `validation_failed`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthRefresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required with the cookie: the value of the academy_csrf cookie */
                "X-CSRF-Token"?: string;
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: {
                /** @description The refresh token (web); instead of refreshToken in the body */
                academy_rt?: string;
            };
        };
        requestBody?: {
            content: {
                "application/json": {
                    refreshToken?: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description New pair */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessToken: string;
                        expiresIn: number;
                        refreshToken: string;
                        /** @enum {string} */
                        tokenType: "Bearer";
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid, expired or reused. Codes: `refresh_token_missing`, `refresh_token_invalid`, `refresh_token_expired`, `refresh_token_reused` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `csrf_failed` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthRegister: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    name: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessToken: string;
                        expiresIn: number;
                        refreshToken: string;
                        /** @enum {string} */
                        tokenType: "Bearer";
                        user: {
                            createdAt: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            mfaEnabled: boolean;
                            name: string;
                            roles: string[];
                        };
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `sso_required` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Email taken */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthSso: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Whether the academy has single sign-on, what its button says, and whether password sign-in is off */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        displayName?: string;
                        enabled: boolean;
                        enforce: boolean;
                        startUrl?: string;
                    };
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthSsoCallback: {
        parameters: {
            query?: {
                code?: string;
                error?: string;
                error_description?: string;
                state?: string;
            };
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: {
                /** @description Set by /auth/sso/start */
                academy_sso?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, to an API client (Accept: application/json): the token pair of a password sign-in, and its cookies */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessToken: string;
                        expiresIn: number;
                        refreshToken: string;
                        /** @enum {string} */
                        tokenType: "Bearer";
                    };
                };
            };
            /** @description Signed in, a browser: to the web app (the path given at the start), with the refresh and CSRF cookies of a password sign-in. A browser that fails is sent to /login?sso_error=<code> instead of a problem+json answer */
            303: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Codes: `sso_state_invalid`, `sso_response_invalid`, `validation_failed` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `sso_token_invalid` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `sso_email_domain`, `sso_email_unverified` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `sso_not_configured`, `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `sso_provider_unavailable` */
            502: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthSsoStart: {
        parameters: {
            query?: {
                /** @description Path of the web app to land on afterwards (default /my) */
                next?: string;
            };
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description To an API client (Accept: application/json): the provider URL to open; the academy_sso state cookie is set as with the redirect */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorizationUrl: string;
                    };
                };
            };
            /** @description A browser: to the identity provider; sets the academy_sso state cookie (10 minutes) */
            302: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Codes: `validation_failed` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `sso_not_configured`, `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `sso_provider_unavailable` */
            502: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthoringCourses: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A page */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            description: string;
                            /** Format: uuid */
                            id: string;
                            managedBy: string | null;
                            prerequisites: string[];
                            price: {
                                amount: number;
                                currency: string;
                            } | null;
                            publishedAt: string | null;
                            publishedVersion: number | null;
                            slug: string;
                            title: string;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Codes: `validation_failed` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role_required. Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCertificatesByCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The certificate and its signature */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        algorithm: "Ed25519";
                        /** Format: uuid */
                        code: string;
                        courseTitle: string;
                        issuedAt: string;
                        kid: string;
                        learnerName: string;
                        publicKeyUrl: string;
                        /** @description base64url Ed25519 signature of `signedPayload` */
                        signature: string;
                        /** @description Canonical JSON of {code, courseTitle, issuedAt, learnerName, tenant} */
                        signedPayload: string;
                        tenant: string;
                        valid: boolean;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description certificate_not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCertificatesByCodePrintable: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description image/svg+xml */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description certificate_not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCertificatesPublicKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Public key */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        algorithm: "Ed25519";
                        jwk: {
                            [key: string]: string;
                        };
                        kid: string;
                        pem: string;
                    };
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCoupons: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amountOff?: number;
                    code: string;
                    /** Format: uuid */
                    courseId?: string;
                    /** @description Required with amountOff */
                    currency?: string;
                    /** Format: date-time */
                    expiresAt?: string;
                    maxRedemptions?: number;
                    percentOff?: number;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amountOff: number | null;
                        code: string;
                        courseId: string | null;
                        currency: string | null;
                        expiresAt: string | null;
                        id: string;
                        maxRedemptions: number | null;
                        percentOff: number | null;
                        redeemed: number;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description coupon_code_taken. Codes: `coupon_code_taken` */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCourses: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                q?: string;
            };
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A page of the catalog */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            description: string;
                            durationSeconds: number;
                            /** Format: uuid */
                            id: string;
                            lessonCount: number;
                            price: {
                                amount: number;
                                currency: string;
                            } | null;
                            publishedAt: string;
                            slug: string;
                            title: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Codes: `validation_failed` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `api_key_invalid`, `api_key_expired` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCourses: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    description?: string;
                    price?: {
                        amount: number;
                        currency: string;
                    };
                    slug?: string;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        description: string;
                        /** Format: uuid */
                        id: string;
                        managedBy: string | null;
                        prerequisites: string[];
                        price: {
                            amount: number;
                            currency: string;
                        } | null;
                        publishedAt: string | null;
                        publishedVersion: number | null;
                        slug: string;
                        title: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant`, `api_key_invalid`, `api_key_expired` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description slug_taken */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCoursesById: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                /** @description The course id, or its slug */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Outline */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        description: string;
                        durationSeconds: number;
                        /** Format: uuid */
                        id: string;
                        lessonCount: number;
                        modules: {
                            /** Format: uuid */
                            id: string;
                            lessons: {
                                durationSeconds: number;
                                /** Format: uuid */
                                id: string;
                                questionCount?: number;
                                title: string;
                                /** @enum {string} */
                                type: "video" | "article" | "quiz";
                            }[];
                            title: string;
                        }[];
                        prerequisites: string[];
                        price: {
                            amount: number;
                            currency: string;
                        } | null;
                        publishedAt: string;
                        slug: string;
                        title: string;
                        version: number;
                    };
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `api_key_invalid`, `api_key_expired` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description course_not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchCoursesById: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    prerequisites?: string[];
                    price?: {
                        amount: number;
                        currency: string;
                    } | null;
                    slug?: string;
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Updated */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        description: string;
                        /** Format: uuid */
                        id: string;
                        managedBy: string | null;
                        prerequisites: string[];
                        price: {
                            amount: number;
                            currency: string;
                        } | null;
                        publishedAt: string | null;
                        publishedVersion: number | null;
                        slug: string;
                        title: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant`, `api_key_invalid`, `api_key_expired` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description course_not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description course_managed or slug_taken */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCoursesByIdDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Draft */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        description: string;
                        /** Format: uuid */
                        id: string;
                        managedBy: string | null;
                        modules: {
                            /** Format: uuid */
                            courseId: string;
                            /** Format: uuid */
                            id: string;
                            lessons: {
                                /** @description As authored, answer key included */
                                content: {
                                    [key: string]: unknown;
                                };
                                /** Format: uuid */
                                courseId: string;
                                durationSeconds: number;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                moduleId: string | null;
                                position: number;
                                title: string;
                                /** @enum {string} */
                                type: "video" | "article" | "quiz";
                            }[];
                            position: number;
                            title: string;
                        }[];
                        prerequisites: string[];
                        price: {
                            amount: number;
                            currency: string;
                        } | null;
                        publishedAt: string | null;
                        publishedVersion: number | null;
                        slug: string;
                        title: string;
                        /** @description Publishing now would make a new version (the draft differs from what learners see) */
                        unpublishedChanges: boolean;
                        updatedAt: string;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant`, `api_key_invalid`, `api_key_expired` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description course_not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCoursesByIdEnrollments: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A page */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            completedAt: string | null;
                            completedLessons: number;
                            /** Format: uuid */
                            courseId: string;
                            email: string;
                            enrolledAt: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            userId: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant`, `api_key_invalid`, `api_key_expired` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCoursesByIdEnrollments: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    userId?: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already enrolled: the same enrollment */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        completedAt: string | null;
                        /** Format: uuid */
                        courseId: string;
                        enrolledAt: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        userId: string;
                    };
                };
            };
            /** @description Enrolled */
            201: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        completedAt: string | null;
                        /** Format: uuid */
                        courseId: string;
                        enrolledAt: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        userId: string;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payment_required (priced course) */
            402: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description prerequisites_not_met, role_required. Codes: `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description course_not_found, user_not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCoursesByIdModules: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        courseId: string;
                        /** Format: uuid */
                        id: string;
                        position: number;
                        title: string;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant`, `api_key_invalid`, `api_key_expired` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description course_not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description course_managed */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCoursesByIdPublish: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Published */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: boolean;
                        createdAt: string;
                        description: string;
                        /** Format: uuid */
                        id: string;
                        managedBy: string | null;
                        prerequisites: string[];
                        price: {
                            amount: number;
                            currency: string;
                        } | null;
                        publishedAt: string | null;
                        publishedVersion: number | null;
                        slug: string;
                        title: string;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description course_empty. Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant`, `api_key_invalid`, `api_key_expired` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description course_managed */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCoursesByIdStats: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Counts */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clusters: {
                            completed: number;
                            enrolled: number;
                            name: string;
                        }[];
                        completed: number;
                        enrolled: number;
                        lessons: {
                            completed: number;
                            /** Format: uuid */
                            lessonId: string;
                        }[];
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant`, `api_key_invalid`, `api_key_expired` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putCoursesByIdStructure: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    modules: {
                        /** Format: uuid */
                        id: string;
                        lessons: string[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The reordered draft */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        description: string;
                        /** Format: uuid */
                        id: string;
                        managedBy: string | null;
                        modules: {
                            /** Format: uuid */
                            courseId: string;
                            /** Format: uuid */
                            id: string;
                            lessons: {
                                /** @description As authored, answer key included */
                                content: {
                                    [key: string]: unknown;
                                };
                                /** Format: uuid */
                                courseId: string;
                                durationSeconds: number;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                moduleId: string | null;
                                position: number;
                                title: string;
                                /** @enum {string} */
                                type: "video" | "article" | "quiz";
                            }[];
                            position: number;
                            title: string;
                        }[];
                        prerequisites: string[];
                        price: {
                            amount: number;
                            currency: string;
                        } | null;
                        publishedAt: string | null;
                        publishedVersion: number | null;
                        slug: string;
                        title: string;
                        /** @description Publishing now would make a new version (the draft differs from what learners see) */
                        unpublishedChanges: boolean;
                        updatedAt: string;
                    };
                };
            };
            /** @description validation_failed: unknown, repeated or left-out ids. Codes: `validation_failed`, `malformed_path`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role_required, not_course_author. Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description course_not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description course_managed (a Course resource owns it) */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putInternalCoursesBySlug: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    description?: string;
                    managedBy: string;
                    modules: {
                        lessons: ({
                            assetId?: string;
                            durationSeconds: number;
                            title: string;
                            /** @enum {string} */
                            type: "video";
                            videoUrl?: string;
                        } | {
                            body: string;
                            title: string;
                            /** @enum {string} */
                            type: "article";
                        } | {
                            maxAttempts: number;
                            passMark: number;
                            questions: ({
                                answer: number;
                                /** @enum {string} */
                                kind: "single";
                                options: string[];
                                prompt: string;
                            } | {
                                answer: number[];
                                /** @enum {string} */
                                kind: "multiple";
                                options: string[];
                                prompt: string;
                            } | {
                                answer: boolean;
                                /** @enum {string} */
                                kind: "truefalse";
                                prompt: string;
                            } | {
                                answer: string | string[];
                                /** @enum {string} */
                                kind: "text";
                                prompt: string;
                            })[];
                            title: string;
                            /** @enum {string} */
                            type: "quiz";
                        })[];
                        title: string;
                    }[];
                    price?: {
                        amount: number;
                        currency: string;
                    };
                    published: boolean;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Applied */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        publishedVersion: number | null;
                        slug: string;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description service_token_invalid. Codes: `service_token_invalid` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description course_conflict: owned by another resource or hand-authored */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putInternalTenantsBySlug: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    domains?: string[];
                    name: string;
                    /** @enum {string} */
                    plan: "free" | "starter" | "pro" | "enterprise";
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Updated (or already so) */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        domains: string[];
                        /** Format: uuid */
                        id: string;
                        name: string;
                        plan: string;
                        slug: string;
                        status: string;
                    };
                };
            };
            /** @description Made */
            201: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        domains: string[];
                        /** Format: uuid */
                        id: string;
                        name: string;
                        plan: string;
                        slug: string;
                        status: string;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description service_token_invalid. Codes: `service_token_invalid` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_domain_conflict`, `tenant_is_home` */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteInternalTenantsBySlug: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Removed (or there was none) */
            204: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description service_token_invalid. Codes: `service_token_invalid` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_is_home` */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLessonsByLessonId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                lessonId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lesson */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assetId?: string;
                        /** Format: uuid */
                        courseId: string;
                        durationSeconds: number;
                        /** @description The article, rendered and sanitised */
                        html?: string;
                        /** Format: uuid */
                        id: string;
                        quiz?: {
                            maxAttempts: number;
                            passMark: number;
                            questions: {
                                /** @enum {string} */
                                kind: "single" | "multiple" | "truefalse" | "text";
                                options?: string[];
                                prompt: string;
                            }[];
                        };
                        title: string;
                        /** @enum {string} */
                        type: "video" | "article" | "quiz";
                        version: number;
                        videoUrl?: string;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_enrolled. Codes: `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description lesson_not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteLessonsByLessonId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                lessonId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Removed */
            204: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role_required, not_course_author. Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description lesson_not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description course_managed (a Course resource owns it) */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchLessonsByLessonId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                lessonId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assetId?: string | null;
                    body?: string;
                    durationSeconds?: number;
                    maxAttempts?: number;
                    passMark?: number;
                    title?: string;
                    videoUrl?: string | null;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Updated */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description As authored, answer key included */
                        content: {
                            [key: string]: unknown;
                        };
                        /** Format: uuid */
                        courseId: string;
                        durationSeconds: number;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        moduleId: string | null;
                        position: number;
                        title: string;
                        /** @enum {string} */
                        type: "video" | "article" | "quiz";
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role_required, not_course_author. Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description lesson_not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description course_managed (a Course resource owns it) */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postLessonsByLessonIdQuestions: {
        parameters: {
            query?: {
                position?: number | null;
            };
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                lessonId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer: number;
                    /** @enum {string} */
                    kind: "single";
                    options: string[];
                    prompt: string;
                } | {
                    answer: number[];
                    /** @enum {string} */
                    kind: "multiple";
                    options: string[];
                    prompt: string;
                } | {
                    answer: boolean;
                    /** @enum {string} */
                    kind: "truefalse";
                    prompt: string;
                } | {
                    answer: string | string[];
                    /** @enum {string} */
                    kind: "text";
                    prompt: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The quiz lesson with its questions */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description As authored, answer key included */
                        content: {
                            [key: string]: unknown;
                        };
                        /** Format: uuid */
                        courseId: string;
                        durationSeconds: number;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        moduleId: string | null;
                        position: number;
                        title: string;
                        /** @enum {string} */
                        type: "video" | "article" | "quiz";
                    };
                };
            };
            /** @description The quiz lesson with its questions */
            201: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description As authored, answer key included */
                        content: {
                            [key: string]: unknown;
                        };
                        /** Format: uuid */
                        courseId: string;
                        durationSeconds: number;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        moduleId: string | null;
                        position: number;
                        title: string;
                        /** @enum {string} */
                        type: "video" | "article" | "quiz";
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role_required, not_course_author. Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description lesson_not_found, question_not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_a_quiz, course_managed */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putLessonsByLessonIdQuestionsByIndex: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                index: string;
                lessonId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer: number;
                    /** @enum {string} */
                    kind: "single";
                    options: string[];
                    prompt: string;
                } | {
                    answer: number[];
                    /** @enum {string} */
                    kind: "multiple";
                    options: string[];
                    prompt: string;
                } | {
                    answer: boolean;
                    /** @enum {string} */
                    kind: "truefalse";
                    prompt: string;
                } | {
                    answer: string | string[];
                    /** @enum {string} */
                    kind: "text";
                    prompt: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The quiz lesson with its questions */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description As authored, answer key included */
                        content: {
                            [key: string]: unknown;
                        };
                        /** Format: uuid */
                        courseId: string;
                        durationSeconds: number;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        moduleId: string | null;
                        position: number;
                        title: string;
                        /** @enum {string} */
                        type: "video" | "article" | "quiz";
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role_required, not_course_author. Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description lesson_not_found, question_not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_a_quiz, course_managed */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteLessonsByLessonIdQuestionsByIndex: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                index: string;
                lessonId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The quiz lesson with its questions */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description As authored, answer key included */
                        content: {
                            [key: string]: unknown;
                        };
                        /** Format: uuid */
                        courseId: string;
                        durationSeconds: number;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        moduleId: string | null;
                        position: number;
                        title: string;
                        /** @enum {string} */
                        type: "video" | "article" | "quiz";
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role_required, not_course_author. Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description lesson_not_found, question_not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description quiz_needs_question, not_a_quiz, course_managed */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeCertificates: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Certificates, newest first */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            code: string;
                            /** Format: uuid */
                            courseId: string;
                            courseTitle: string;
                            issuedAt: string;
                            learnerName: string;
                            tenant: string;
                            verifyUrl: string;
                        }[];
                    };
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeEnrollments: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Enrollments, newest first */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            completedAt: string | null;
                            course: {
                                slug: string;
                                title: string;
                                version: number;
                            } | null;
                            /** Format: uuid */
                            courseId: string;
                            enrolledAt: string;
                            /** Format: uuid */
                            id: string;
                            percent: number;
                            /** Format: uuid */
                            userId: string;
                        }[];
                    };
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteModulesById: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Deleted */
            204: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role_required, not_course_author. Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description module_not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description course_managed (a Course resource owns it) */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchModulesById: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Renamed */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        courseId: string;
                        /** Format: uuid */
                        id: string;
                        position: number;
                        title: string;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description role_required, not_course_author. Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description module_not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description course_managed (a Course resource owns it) */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postModulesByIdLessons: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assetId?: string;
                    durationSeconds: number;
                    title: string;
                    /** @enum {string} */
                    type: "video";
                    videoUrl?: string;
                } | {
                    body: string;
                    title: string;
                    /** @enum {string} */
                    type: "article";
                } | {
                    maxAttempts: number;
                    passMark: number;
                    questions: ({
                        answer: number;
                        /** @enum {string} */
                        kind: "single";
                        options: string[];
                        prompt: string;
                    } | {
                        answer: number[];
                        /** @enum {string} */
                        kind: "multiple";
                        options: string[];
                        prompt: string;
                    } | {
                        answer: boolean;
                        /** @enum {string} */
                        kind: "truefalse";
                        prompt: string;
                    } | {
                        answer: string | string[];
                        /** @enum {string} */
                        kind: "text";
                        prompt: string;
                    })[];
                    title: string;
                    /** @enum {string} */
                    type: "quiz";
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description As authored, answer key included */
                        content: {
                            [key: string]: unknown;
                        };
                        /** Format: uuid */
                        courseId: string;
                        durationSeconds: number;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        moduleId: string | null;
                        position: number;
                        title: string;
                        /** @enum {string} */
                        type: "video" | "article" | "quiz";
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant`, `api_key_invalid`, `api_key_expired` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description module_not_found. Codes: `video_not_found`, `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description course_managed */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotifications: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Notifications */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            body: string;
                            createdAt: string;
                            id: string;
                            kind: string;
                            read: boolean;
                            title: string;
                        }[];
                        unread: number;
                    };
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postNotificationsByIdRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Read */
            204: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotificationsDeadLetters: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Dead letters */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attemptsMade: number;
                            eventType: string;
                            failedAt: string | null;
                            failedReason: string;
                            id: string;
                        }[];
                    };
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postNotificationsDeadLettersByIdRetry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Queued again */
            202: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotificationsMailbox: {
        parameters: {
            query?: {
                to?: string;
            };
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Mails */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attempts: number;
                            createdAt: string;
                            key: string;
                            lastError: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "sent";
                            subject: string;
                            template: string;
                            text: string;
                            to: string;
                        }[];
                    };
                };
            };
            /** @description Codes: `validation_failed` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotificationsPreferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Preferences */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        emailCertificate: boolean;
                        emailEnrollment: boolean;
                        inApp: boolean;
                    };
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putNotificationsPreferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    emailCertificate?: boolean;
                    emailEnrollment?: boolean;
                    inApp?: boolean;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Preferences */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        emailCertificate: boolean;
                        emailEnrollment: boolean;
                        inApp: boolean;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postNotificationsReadAll: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Read */
            204: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrders: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Orders */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description To pay, in minor units (cents) */
                            amount: number;
                            /** @description stripe: where to send the buyer to pay */
                            checkoutUrl?: string;
                            couponCode: string | null;
                            courseId: string;
                            courseTitle: string;
                            createdAt: string;
                            currency: string;
                            discount: number;
                            expiresAt: string | null;
                            id: string;
                            listAmount: number;
                            paidAt: string | null;
                            provider: string;
                            refundedAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "paid" | "refunded" | "expired";
                            userId: string;
                        }[];
                    };
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrders: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the same answer, no second order or charge; another body: 422 */
                "Idempotency-Key"?: string;
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    couponCode?: string;
                    /** Format: uuid */
                    courseId: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The order this Idempotency-Key created before */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description To pay, in minor units (cents) */
                        amount: number;
                        /** @description stripe: where to send the buyer to pay */
                        checkoutUrl?: string;
                        couponCode: string | null;
                        courseId: string;
                        courseTitle: string;
                        createdAt: string;
                        currency: string;
                        discount: number;
                        expiresAt: string | null;
                        id: string;
                        listAmount: number;
                        paidAt: string | null;
                        provider: string;
                        refundedAt: string | null;
                        /** @enum {string} */
                        status: "pending" | "paid" | "refunded" | "expired";
                        userId: string;
                    };
                };
            };
            /** @description Created, pending payment */
            201: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description To pay, in minor units (cents) */
                        amount: number;
                        /** @description stripe: where to send the buyer to pay */
                        checkoutUrl?: string;
                        couponCode: string | null;
                        courseId: string;
                        courseTitle: string;
                        createdAt: string;
                        currency: string;
                        discount: number;
                        expiresAt: string | null;
                        id: string;
                        listAmount: number;
                        paidAt: string | null;
                        provider: string;
                        refundedAt: string | null;
                        /** @enum {string} */
                        status: "pending" | "paid" | "refunded" | "expired";
                        userId: string;
                    };
                };
            };
            /** @description coupon_invalid, course_not_priced. Codes: `coupon_invalid`, `course_not_priced`, `validation_failed`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description email_not_verified. Codes: `email_not_verified`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description course_not_found. Codes: `course_not_found`, `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description idempotency_key_reused. Codes: `idempotency_key_reused` */
            422: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrdersById: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The order */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description To pay, in minor units (cents) */
                        amount: number;
                        /** @description stripe: where to send the buyer to pay */
                        checkoutUrl?: string;
                        couponCode: string | null;
                        courseId: string;
                        courseTitle: string;
                        createdAt: string;
                        currency: string;
                        discount: number;
                        expiresAt: string | null;
                        id: string;
                        listAmount: number;
                        paidAt: string | null;
                        provider: string;
                        refundedAt: string | null;
                        /** @enum {string} */
                        status: "pending" | "paid" | "refunded" | "expired";
                        userId: string;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description order_not_found. Codes: `order_not_found`, `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrdersByIdPay: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: the same answer, no second order or charge; another body: 422 */
                "Idempotency-Key"?: string;
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The order (paid, or pending with checkoutUrl) */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description To pay, in minor units (cents) */
                        amount: number;
                        /** @description stripe: where to send the buyer to pay */
                        checkoutUrl?: string;
                        couponCode: string | null;
                        courseId: string;
                        courseTitle: string;
                        createdAt: string;
                        currency: string;
                        discount: number;
                        expiresAt: string | null;
                        id: string;
                        listAmount: number;
                        paidAt: string | null;
                        provider: string;
                        refundedAt: string | null;
                        /** @enum {string} */
                        status: "pending" | "paid" | "refunded" | "expired";
                        userId: string;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description offline provider in production: an admin marks it paid. Codes: `forbidden`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description order_not_found. Codes: `order_not_found`, `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description order_not_payable. Codes: `order_not_payable` */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payments_unavailable` */
            503: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPaymentsOrders: {
        parameters: {
            query?: {
                status?: "pending" | "paid" | "refunded" | "expired";
            };
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Orders */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description To pay, in minor units (cents) */
                            amount: number;
                            /** @description stripe: where to send the buyer to pay */
                            checkoutUrl?: string;
                            couponCode: string | null;
                            courseId: string;
                            courseTitle: string;
                            createdAt: string;
                            currency: string;
                            discount: number;
                            expiresAt: string | null;
                            id: string;
                            listAmount: number;
                            paidAt: string | null;
                            provider: string;
                            refundedAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "paid" | "refunded" | "expired";
                            userId: string;
                        }[];
                    };
                };
            };
            /** @description Codes: `validation_failed` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPaymentsOrdersByIdMarkPaid: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Paid */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description To pay, in minor units (cents) */
                        amount: number;
                        /** @description stripe: where to send the buyer to pay */
                        checkoutUrl?: string;
                        couponCode: string | null;
                        courseId: string;
                        courseTitle: string;
                        createdAt: string;
                        currency: string;
                        discount: number;
                        expiresAt: string | null;
                        id: string;
                        listAmount: number;
                        paidAt: string | null;
                        provider: string;
                        refundedAt: string | null;
                        /** @enum {string} */
                        status: "pending" | "paid" | "refunded" | "expired";
                        userId: string;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description order_not_found. Codes: `order_not_found`, `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description order_not_payable. Codes: `order_not_payable` */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPaymentsOrdersByIdRefund: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refunded */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description To pay, in minor units (cents) */
                        amount: number;
                        /** @description stripe: where to send the buyer to pay */
                        checkoutUrl?: string;
                        couponCode: string | null;
                        courseId: string;
                        courseTitle: string;
                        createdAt: string;
                        currency: string;
                        discount: number;
                        expiresAt: string | null;
                        id: string;
                        listAmount: number;
                        paidAt: string | null;
                        provider: string;
                        refundedAt: string | null;
                        /** @enum {string} */
                        status: "pending" | "paid" | "refunded" | "expired";
                        userId: string;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description order_not_found. Codes: `order_not_found`, `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description order_not_refundable. Codes: `order_not_refundable` */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPaymentsWebhooksStripe: {
        parameters: {
            query?: never;
            header?: {
                /** @description Checked against STRIPE_WEBHOOK_SECRET */
                "Stripe-Signature"?: string;
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Received */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        duplicate: boolean;
                        /** @enum {boolean} */
                        received: true;
                    };
                };
            };
            /** @description webhook_signature_invalid. Codes: `webhook_signature_invalid`, `validation_failed`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payments_unavailable` */
            503: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgressCoursesById: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Progress */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        completed: boolean;
                        completedAt: string | null;
                        /** Format: uuid */
                        courseId: string;
                        lessons: {
                            completed: boolean;
                            durationSeconds: number;
                            /** Format: uuid */
                            lessonId: string;
                            positionSeconds: number;
                            title: string;
                            /** @enum {string} */
                            type: "video" | "article" | "quiz";
                        }[];
                        percent: number;
                        resume: {
                            /** Format: uuid */
                            lessonId: string;
                            positionSeconds: number;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_enrolled. Codes: `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description course_not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putProgressLessonsByLessonId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                lessonId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The player's clock when it sent this heartbeat: ms since 1970, or ISO 8601 */
                    clientTs: number | string;
                    completed?: boolean;
                    positionSeconds: number;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stored progress of the lesson */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description False when a newer heartbeat was already stored (this one changed nothing) */
                        applied: boolean;
                        clientTs: number;
                        completed: boolean;
                        /** Format: uuid */
                        courseId: string;
                        /** Format: uuid */
                        lessonId: string;
                        positionSeconds: number;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_enrolled. Codes: `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description lesson_not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postQuizzesByLessonIdAttempts: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                lessonId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description One per question, in order: an option index, an array of indexes, a boolean or a string */
                    answers: (number | number[] | boolean | string)[];
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Graded */
            201: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempt: number;
                        attemptsLeft: number;
                        correct: number;
                        passed: boolean;
                        passMark: number;
                        /** @description Percent of questions answered right */
                        score: number;
                        total: number;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_enrolled. Codes: `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description quiz_not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description attempts_exhausted */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUsers: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A page */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            mfaEnabled: boolean;
                            name: string;
                            roles: string[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Codes: `validation_failed` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant`, `api_key_invalid`, `api_key_expired` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchUsersById: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roles: ("learner" | "instructor" | "admin")[];
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Updated */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        mfaEnabled: boolean;
                        name: string;
                        roles: string[];
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user in this academy. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postUsersByIdMfaReset: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description MFA is off */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        mfaEnabled: boolean;
                        name: string;
                        roles: string[];
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user in this academy. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUsersMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Me */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        mfaEnabled: boolean;
                        name: string;
                        roles: string[];
                    };
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchUsersMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Me, updated */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        mfaEnabled: boolean;
                        name: string;
                        roles: string[];
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postVideoUploads: {
        parameters: {
            query?: never;
            header: {
                /** @description The tus protocol version */
                "Tus-Resumable": "1.0.0";
                /** @description The whole file size in bytes (required: deferred lengths are refused) */
                "Upload-Length": string;
                /** @description tus metadata: `filename <base64>,filetype <base64>` */
                "Upload-Metadata"?: string;
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Created: PATCH the bytes to Location */
            201: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description The upload URL (relative) */
                    Location?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description `1.0.0` */
                    "Tus-Resumable"?: string;
                    /** @description Bytes of the file the server holds */
                    "Upload-Offset"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The whole file came with the request and became a video */
            204: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The new video */
                    "Video-Id"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Codes: `validation_failed` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `video_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_video_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteVideoUploadsByUploadId: {
        parameters: {
            query?: never;
            header: {
                /** @description The tus protocol version */
                "Tus-Resumable": "1.0.0";
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                uploadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The staged bytes are gone */
            204: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `upload_not_found`, `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `upload_store_unavailable` */
            503: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    headVideoUploadsByUploadId: {
        parameters: {
            query?: never;
            header: {
                /** @description The tus protocol version */
                "Tus-Resumable": "1.0.0";
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                uploadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The offset and the length */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description `1.0.0` */
                    "Tus-Resumable"?: string;
                    /** @description The file size */
                    "Upload-Length"?: number;
                    /** @description Bytes of the file the server holds */
                    "Upload-Offset"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `upload_not_found`, `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `upload_store_unavailable` */
            503: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchVideoUploadsByUploadId: {
        parameters: {
            query?: never;
            header: {
                /** @description The tus protocol version */
                "Tus-Resumable": "1.0.0";
                /** @description Where this chunk starts: the server's offset from HEAD */
                "Upload-Offset": string;
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                uploadId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/offset+octet-stream": string;
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stored; the new offset (and, after the last byte, the video) */
            204: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description `1.0.0` */
                    "Tus-Resumable"?: string;
                    /** @description Bytes of the file the server holds */
                    "Upload-Offset"?: number;
                    /** @description The new video, once the last byte arrived */
                    "Video-Id"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Codes: `validation_failed`, `malformed_path`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `upload_not_found`, `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Upload-Offset is not the server's offset (tus: ask with HEAD) */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `video_too_large`, `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_video_type`, `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `upload_store_unavailable` */
            503: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postVideos: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The video (MP4, WebM or QuickTime), checked by its content
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stored; processing is queued */
            201: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        status: "uploaded";
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_json` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `role_required`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `video_too_large`, `payload_too_large` */
            413: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unsupported_video_type`, `unsupported_media_type` */
            415: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVideosById: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The video */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        container: "mp4" | "webm" | "quicktime";
                        createdAt: string;
                        durationSeconds: number | null;
                        failureReason: string | null;
                        filename: string;
                        /** Format: uuid */
                        id: string;
                        processingNote: string | null;
                        renditions: {
                            bandwidth: number;
                            height: number;
                            name: string;
                        }[];
                        sizeBytes: number;
                        /** @enum {string} */
                        status: "uploaded" | "processing" | "ready" | "failed";
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description video_not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVideosByIdFilesByName: {
        parameters: {
            query: {
                exp: number;
                sig: string;
                u: string;
            };
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The whole file */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The requested byte range */
            206: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description playback_url_invalid. Codes: `playback_url_expired` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description video_not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description range_not_satisfiable */
            416: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVideosByIdPlayback: {
        parameters: {
            query?: never;
            header?: {
                /** @description The academy (its slug) when the Host is not one of its domains; default `demo` locally */
                "X-Tenant"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Our fault or a backing service is down (`internal`, `redis_unavailable`, `upstream_unavailable`, …): retry later */
            "5XX": {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Where to play it until expiresAt */
            200: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expiresAt: string;
                        /** @enum {string} */
                        kind: "hls" | "file";
                        posterUrl: string | null;
                        url: string;
                    };
                };
            };
            /** @description Codes: `validation_failed`, `malformed_path` */
            400: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `unauthorized`, `token_invalid`, `token_expired`, `token_wrong_tenant` */
            401: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_enrolled: learners watch the videos of courses they are enrolled in. Codes: `not_enrolled`, `api_key_scope` */
            403: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description video_not_found. Codes: `tenant_not_found` */
            404: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description video_not_ready */
            409: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Codes: `rate_limited` */
            429: {
                headers: {
                    /** @description `no-store` unless the route says otherwise */
                    "Cache-Control"?: string;
                    /** @description Requests left in the window (draft-7 combined form: `limit=100, remaining=99, reset=60`) */
                    RateLimit?: string;
                    /** @description The limit and its window (`100;w=60`) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    /** @description The request id (echoed from the request, or made here): quote it to support */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}

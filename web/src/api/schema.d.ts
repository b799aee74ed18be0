/* Generated from GET /api/v1/openapi.json by `npm run web:api` (web/scripts/generate-api.ts). Do not edit. */
export interface paths {
    "/api/v1/auth/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys that verify access tokens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description JWKS */
                200: {
                    headers: {
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
            };
        };
        put?: never;
        post?: never;
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
        /** Sign in with email, password and (when enabled) a TOTP code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                        totp?: string;
                    };
                };
            };
            responses: {
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Signed in */
                200: {
                    headers: {
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
                /** @description Wrong credentials, mfa_required or mfa_invalid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Locked for a while */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** Revoke the session (the refresh token family) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        refreshToken?: string;
                    };
                };
            };
            responses: {
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** Finish TOTP enrolment with a current code */
        post: {
            parameters: {
                query?: never;
                header?: never;
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
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Enabled */
                200: {
                    headers: {
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
            };
        };
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
        /** Start TOTP enrolment: returns the otpauth URI */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Secret to scan */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            otpauthUri: string;
                            secret: string;
                        };
                    };
                };
            };
        };
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
        /** Spend a refresh token for a new pair (reuse revokes the family) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        refreshToken?: string;
                    };
                };
            };
            responses: {
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description New pair */
                200: {
                    headers: {
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
                /** @description Invalid, expired or reused */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** Create a learner account and sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
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
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Created */
                201: {
                    headers: {
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
                /** @description Email taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** Verify a certificate (no sign-in): who, what, when and the signature */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description The certificate and its signature */
                200: {
                    headers: {
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
                /** @description certificate_not_found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** The academy's certificate signing key (Ed25519), as JWK and PEM */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Public key */
                200: {
                    headers: {
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
            };
        };
        put?: never;
        post?: never;
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
        /** Published courses; `q` searches (ranked full text). ETag + Cache-Control */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description A page of the catalog */
                200: {
                    headers: {
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
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Create a draft course */
        post: {
            parameters: {
                query?: never;
                header?: never;
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
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Created */
                201: {
                    headers: {
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
                /** @description slug_taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a draft's title, slug, description, price or prerequisites */
        patch: {
            parameters: {
                query?: never;
                header?: never;
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
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Updated */
                200: {
                    headers: {
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
                /** @description course_not_found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description course_managed or slug_taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/v1/courses/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The draft with modules and lessons (answer keys included), for its authors */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Draft */
                200: {
                    headers: {
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
                            updatedAt: string;
                        };
                    };
                };
                /** @description course_not_found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** Learners of a course across every shard, in enrollment order (authors, admins) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description A page */
                200: {
                    headers: {
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
            };
        };
        put?: never;
        /** Enroll myself (free course, prerequisites met) or, as an admin, someone else */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId?: string;
                    };
                };
            };
            responses: {
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Already enrolled: the same enrollment */
                200: {
                    headers: {
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
                /** @description payment_required (priced course) */
                402: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description prerequisites_not_met, role_required */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description course_not_found, user_not_found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** Add a module to the draft */
        post: {
            parameters: {
                query?: never;
                header?: never;
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
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Created */
                201: {
                    headers: {
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
                /** @description course_not_found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description course_managed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** Freeze the draft as a new immutable version (unchanged draft: same version) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Published */
                200: {
                    headers: {
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
                /** @description course_empty */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description course_managed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** Enrolled and completed counts, and completions per lesson, summed over every shard */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Counts */
                200: {
                    headers: {
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
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{ref}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published outline of a course, by slug or id (no content, never answers) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Outline */
                200: {
                    headers: {
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
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description course_not_found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
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
        /** Upsert (and publish) a whole course from a Course resource (service token; tenant from X-Tenant) */
        put: {
            parameters: {
                query?: never;
                header?: never;
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
                                /** Format: uri */
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
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Applied */
                200: {
                    headers: {
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
                /** @description service_token_invalid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description course_conflict: owned by another resource or hand-authored */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
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
        /** A lesson's content (published version) for enrolled learners and authors; quizzes without answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    lessonId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Lesson */
                200: {
                    headers: {
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
                /** @description not_enrolled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description lesson_not_found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
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
        /** My certificates */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Certificates, newest first */
                200: {
                    headers: {
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
            };
        };
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
        /** My enrollments with progress percent */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Enrollments, newest first */
                200: {
                    headers: {
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
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
        /** Add a video, article or quiz lesson to a module of the draft */
        post: {
            parameters: {
                query?: never;
                header?: never;
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
                        /** Format: uri */
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
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Created */
                201: {
                    headers: {
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
                /** @description module_not_found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description course_managed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** My progress in a course, with where to resume (same answer on every device) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Progress */
                200: {
                    headers: {
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
                /** @description not_enrolled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description course_not_found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** The player's heartbeat: position in a lesson (idempotent; older heartbeats never win) */
        put: {
            parameters: {
                query?: never;
                header?: never;
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
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Stored progress of the lesson */
                200: {
                    headers: {
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
                /** @description not_enrolled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description lesson_not_found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** Submit a quiz attempt, graded on the server */
        post: {
            parameters: {
                query?: never;
                header?: never;
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
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Graded */
                201: {
                    headers: {
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
                /** @description not_enrolled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description quiz_not_found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description attempts_exhausted */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** The academy's users (admins), in sign-up order */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description A page */
                200: {
                    headers: {
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
            };
        };
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
        /** Change a user's roles (admins) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
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
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Updated */
                200: {
                    headers: {
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
                /** @description No such user in this academy */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Problem (RFC 9457) */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Me */
                200: {
                    headers: {
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
            };
        };
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
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

import { hash, verify } from '@node-rs/argon2';
import { ValidationError } from '../../kit/errors.ts';

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. */
const ARGON2 = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;

/** Passwords of 10+ characters that lead every breach list; refused outright. */
const COMMON = new Set(
  `1234567890 0123456789 12345678910 123456789a 1q2w3e4r5t 1qaz2wsx3edc qwertyuiop asdfghjkl; asdfghjkl1 password12 password123
  password1234 passw0rd123 qwerty1234 qwerty12345 qwerty123456 iloveyou12 iloveyou123 football123 baseball123 princess123
  sunshine123 welcome123 letmein123 admin12345 administrator abc1234567 abcdefghij 1111111111 0000000000 9876543210
  zxcvbnm123 trustno1234 monkey1234 dragon1234 master1234 superman123 starwars123 michael123 charlie123 jessica123
  changeme123 changeme12 p@ssw0rd123 p@ssword123 qazwsxedc123 987654321a 123123123a 1234qwer5678 computer123 internet123
  whatever123 freedom123 mustang123 shadow1234 summer2024 summer2025 winter2024 winter2025 spring2025 autumn2025
  password2024 password2025 password2026 welcome2025 welcome2026 academy123 trendtactics`.split(/\s+/),
);

/** Why a password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string, email: string): string | undefined {
  const lower = password.toLowerCase();
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (COMMON.has(lower)) return 'is one of the most common passwords';
  if (/^(.)\1+$/.test(password)) return 'must not repeat one character';
  if (lower === email.toLowerCase() || lower === email.split('@')[0].toLowerCase()) return 'must not be your email';
  return undefined;
}

export function assertAcceptablePassword(password: string, email: string, field = 'password'): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new ValidationError([{ field, message: problem }]);
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A real hash to verify against when the email is unknown, so both answers take as long. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  return (decoy ??= hashPassword('decoy-password-never-valid'));
}

// Passwords are hashed with bcrypt (bcryptjs: pure JavaScript, no native build, well kept).
import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { env } from '../env.ts';

/** New hashes use env.passwordRounds (10, never less in production); a check uses the cost stored in the hash. */
export const hashPassword = (plain: string) => bcrypt.hash(plain, env.passwordRounds);
export const verifyPassword = (plain: string, hash: string) => bcrypt.compare(plain, hash);

/**
 * A bcrypt hash of no one's password (a random one, at the cost of new hashes), compared against when the user does
 * not exist, so that an unknown username takes as long to refuse as a wrong password (no account enumeration by
 * timing). Made once per process, at the first sign-in of an unknown name.
 */
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= bcrypt.hash(randomBytes(18).toString('base64'), env.passwordRounds));

/** Verifies against the user's hash, or spends the same time and fails when there is no user. */
export async function verifyPasswordOf(plain: string, user: { passwordHash: string } | null): Promise<boolean> {
  const ok = await bcrypt.compare(plain, user?.passwordHash ?? (await dummy()));
  return ok && user !== null;
}

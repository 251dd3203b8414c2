// Passwords are hashed with bcrypt (bcryptjs: pure JavaScript, no native build, well kept).
import bcrypt from 'bcryptjs';

const ROUNDS = 10;

export const hashPassword = (plain: string) => bcrypt.hash(plain, ROUNDS);
export const verifyPassword = (plain: string, hash: string) => bcrypt.compare(plain, hash);

/**
 * A bcrypt hash of no one's password (same cost as the real ones), compared against when the user does not exist,
 * so that an unknown username takes as long to refuse as a wrong password (no account enumeration by timing).
 */
const DUMMY_HASH = '$2b$10$chVtBSrxiqROZF8sh0.m3OwkxD1rlL6McWtZY7S05akJTQ2NS/VYa';

/** Verifies against the user's hash, or spends the same time and fails when there is no user. */
export async function verifyPasswordOf(plain: string, user: { passwordHash: string } | null): Promise<boolean> {
  const ok = await bcrypt.compare(plain, user?.passwordHash ?? DUMMY_HASH);
  return ok && user !== null;
}

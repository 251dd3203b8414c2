// Which new passwords are too weak. Guessability is judged by zxcvbn-ts (@zxcvbn-ts/core with the common-password,
// name and word lists of @zxcvbn-ts/language-common bundled in the package: no download, works offline), a
// maintained port of Dropbox's zxcvbn, rather than by hand-written rules. Besides its score, a password may not
// contain the username and must mix at least three kinds of characters.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

/** zxcvbn scores 0–4; 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_PASSWORD_SCORE = 3;
export const MIN_CHARACTER_CLASSES = 3;

let zxcvbn: ZxcvbnFactory | null = null;
// Built on first use: unpacking the dictionaries takes a moment that a server start need not pay.
const checker = () => (zxcvbn ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs }));

const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

/** Why a password is too weak (a Chinese reason for USER.PASSWORD_WEAK), or null when it is strong enough. */
export function passwordWeakness(password: string, username: string | null | undefined): string | null {
  const name = username?.trim().toLowerCase() ?? '';
  if (name.length >= 3 && password.toLowerCase().includes(name)) return '不能包含用户名';
  if (CLASSES.filter((c) => c.test(password)).length < MIN_CHARACTER_CLASSES) return '须包含大写字母、小写字母、数字、符号中的至少三类';
  const result = checker().check(password, name ? [name] : []);
  if (result.score < MIN_PASSWORD_SCORE) return '容易被猜中（常见密码、单词、键盘序列、日期或重复字符），请换一个更长、更不规则的密码';
  return null;
}

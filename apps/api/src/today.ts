// Which day the server lives in (clock.ts): SSJ_TODAY when set (`real` = the real clock), otherwise the day
// the demo database says its story stands at, otherwise the real clock. Read once at start-up.
import type { PrismaClient } from '@ssj/db/client';
import { DEMO_TODAY_SETTING } from '@ssj/db/seed';
import { clock } from './clock.ts';

export async function pinServerToday(prisma: Pick<PrismaClient, 'setting'>, requested: string | null): Promise<string | null> {
  if (requested === 'real') {
    clock.pin(null);
    return null;
  }
  if (requested) {
    clock.pin(requested);
    return requested;
  }
  const demo = await prisma.setting.findUnique({ where: { key: DEMO_TODAY_SETTING } });
  clock.pin(typeof demo?.value === 'string' ? demo.value : null);
  return clock.pinned();
}

// Imports every type module (each registers itself on the builder) and builds the schema.
import { builder } from '../builder.ts';
import './enums.ts';
import './auth.ts';
import './unit.ts';
import './user.ts';
import './checkItem.ts';
import './targetLibrary.ts';
import './target.ts';
import './inspector.ts';
import './expert.ts';
import './directoryConfirmation.ts';
import './auditEvent.ts';
import './plan.ts';
import './calendar.ts';
import './settings.ts';
import './task.ts';
import './taskClass.ts';
import './draw.ts';
import './commands/announceDraw.ts';
import './commands/drawTargets.ts';
import './commands/lockDraw.ts';
import './team.ts';
import './commands/completeTask.ts';

export const schema = builder.toSchema({ sortSchema: true });

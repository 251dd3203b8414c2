// Every registry resource's views (list/show/edit/create, icon, record representation), keyed by its name:
// a `Record` over ResourceName, so a resource added to registry.ts without its folder fails type-checking.
import type { ResourceProps } from 'react-admin';
import auditEvent from './auditEvent';
import checkItem from './checkItem';
import correction from './correction';
import directoryConfirmation from './directoryConfirmation';
import draw from './draw';
import expert from './expert';
import followUp from './followUp';
import form from './form';
import inspector from './inspector';
import mappingProfile from './mappingProfile';
import plan from './plan';
import planItem from './planItem';
import type { ResourceName } from './registry';
import result from './result';
import review from './review';
import target from './target';
import targetLibrary from './targetLibrary';
import task from './task';
import taskClass from './taskClass';
import transfer from './transfer';
import unit from './unit';
import user from './user';

export const RESOURCE_VIEWS: Record<ResourceName, Omit<ResourceProps, 'name'>> = {
  CheckItem: checkItem,
  Form: form,
  TargetLibrary: targetLibrary,
  Target: target,
  Inspector: inspector,
  Expert: expert,
  DirectoryConfirmation: directoryConfirmation,
  MappingProfile: mappingProfile,
  Plan: plan,
  PlanItem: planItem,
  Task: task,
  TaskClass: taskClass,
  Draw: draw,
  Result: result,
  Review: review,
  Correction: correction,
  Transfer: transfer,
  FollowUp: followUp,
  Unit: unit,
  User: user,
  AuditEvent: auditEvent,
};

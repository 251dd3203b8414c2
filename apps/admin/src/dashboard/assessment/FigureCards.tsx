// The cards of rule 25's figures, one component each: plan coverage, task completion, timely entry, violations
// handed over and closed (with median days), and directory freshness (the stalest unit's last confirmation).
import { useTranslate } from 'react-admin';
import { FigureCard } from './FigureCard';
import {
  confirmationLink,
  figureLink,
  libraryLink,
  formatDays,
  formatPercent,
  freshnessLevel,
  oldestConfirmation,
  planLink,
  ratio,
  shareChange,
  shareLevel,
  type Selection,
} from './figures';
import type { Assessment, FigureDefinition, PreviousAssessment } from './types';

type Props = {
  current: Assessment;
  previous: PreviousAssessment | undefined;
  selection: Selection;
  previousLabel: string;
  big: boolean;
  definitions: readonly FigureDefinition[];
};
const def = (definitions: readonly FigureDefinition[], key: FigureDefinition['key']) => definitions.find((d) => d.key === key);

export const CoverageCard = ({ current, previous, selection, previousLabel, big, definitions }: Props) => {
  const translate = useTranslate();
  const c = current.total.planCoverage;
  return (
    <FigureCard
      testId="card-coverage"
      definition={def(definitions, 'PLAN_COVERAGE')}
      title={translate('assessment.cards.coverage')}
      value={formatPercent(c.share)}
      level={shareLevel(c.share)}
      change={shareChange(c.share, previous?.total.planCoverage.share)}
      previousLabel={previousLabel}
      to={planLink(selection.year, selection.unitId)}
      big={big}
      detail={translate('assessment.cards.coverage_detail', { covered: c.covered, total: c.total })}
      links={
        c.missing.length > 0
          ? [{ label: translate('assessment.cards.coverage_missing'), count: c.missing.length, to: planLink(selection.year, selection.unitId), tone: 'error' }]
          : []
      }
    />
  );
};

/** Rule 25 "completed vs planned": the plan lines ending in the period, against what was published on time. */
export const PlanExecutionCard = ({ current, previous, selection, previousLabel, big, definitions }: Props) => {
  const translate = useTranslate();
  const x = current.total.planExecution;
  return (
    <FigureCard
      testId="card-plan-execution"
      definition={def(definitions, 'PLAN_EXECUTION')}
      title={translate('assessment.cards.plan_execution')}
      value={formatPercent(x.share)}
      level={shareLevel(x.share)}
      change={shareChange(x.share, previous?.total.planExecution.share)}
      previousLabel={previousLabel}
      to={planLink(selection.year, selection.unitId)}
      big={big}
      detail={translate('assessment.cards.plan_execution_detail', { planned: x.planned, drawn: x.drawn, completed: x.completed, done: x.done })}
      links={
        x.linesWithoutTask > 0
          ? [
              {
                label: translate('assessment.cards.lines_without_task'),
                count: x.linesWithoutTask,
                to: planLink(selection.year, selection.unitId),
                tone: 'warning',
              },
            ]
          : []
      }
    />
  );
};

/** G33: a target is done only when its result is published on time; late and missing are shown apart. */
export const CompletionCard = ({ current, previous, selection, previousLabel, big, definitions }: Props) => {
  const translate = useTranslate();
  const c = current.total.taskCompletion;
  const p = current.period;
  return (
    <FigureCard
      testId="card-completion"
      definition={def(definitions, 'TARGET_COMPLETION')}
      title={translate('assessment.cards.completion')}
      value={formatPercent(c.share)}
      level={shareLevel(c.share)}
      change={shareChange(c.share, previous?.total.taskCompletion.share)}
      previousLabel={previousLabel}
      to={figureLink('TARGETS_DRAWN', p, selection.unitId)}
      big={big}
      detail={translate('assessment.cards.completion_detail', {
        done: c.targetsDone,
        drawn: c.targetsDrawn,
        checked: c.targetsCompleted,
        tasksDone: c.tasksCompleted,
        tasks: c.tasks,
      })}
      links={[
        { label: translate('assessment.kinds.TARGETS_DONE'), count: c.targetsDone, to: figureLink('TARGETS_DONE', p, selection.unitId) },
        {
          label: translate('assessment.kinds.TARGETS_LATE'),
          count: c.targetsLate,
          to: figureLink('TARGETS_LATE', p, selection.unitId),
          tone: c.targetsLate > 0 ? 'warning' : undefined,
        },
        {
          label: translate('assessment.kinds.TARGETS_MISSING'),
          count: c.targetsMissing,
          to: figureLink('TARGETS_MISSING', p, selection.unitId),
          tone: c.targetsMissing > 0 ? 'error' : undefined,
        },
        {
          label: translate('assessment.kinds.TARGETS_PENDING'),
          count: c.targetsDrawn - c.targetsCompleted,
          to: figureLink('TARGETS_PENDING', p, selection.unitId),
        },
      ]}
    />
  );
};

export const TimelyCard = ({ current, previous, selection, previousLabel, big, definitions }: Props) => {
  const translate = useTranslate();
  const e = current.total.timelyEntry;
  const p = current.period;
  return (
    <FigureCard
      testId="card-timely"
      definition={def(definitions, 'TIMELY_ENTRY')}
      title={translate('assessment.cards.timely')}
      value={formatPercent(e.share)}
      level={shareLevel(e.share)}
      change={shareChange(e.share, previous?.total.timelyEntry.share)}
      previousLabel={previousLabel}
      to={figureLink('ENTRY_ON_TIME', p, selection.unitId)}
      big={big}
      links={[
        { label: translate('assessment.kinds.ENTRY_ON_TIME'), count: e.onTime, to: figureLink('ENTRY_ON_TIME', p, selection.unitId) },
        {
          label: translate('assessment.kinds.ENTRY_LATE'),
          count: e.late,
          to: figureLink('ENTRY_LATE', p, selection.unitId),
          tone: e.late > 0 ? 'warning' : undefined,
        },
        {
          label: translate('assessment.kinds.ENTRY_MISSING'),
          count: e.missingPastDue,
          to: figureLink('ENTRY_MISSING', p, selection.unitId),
          tone: e.missingPastDue > 0 ? 'error' : undefined,
        },
        { label: translate('assessment.kinds.ENTRY_PENDING'), count: e.pending, to: figureLink('ENTRY_PENDING', p, selection.unitId) },
      ]}
    />
  );
};

export const HandOverCard = ({ current, previous, selection, previousLabel, big, definitions }: Props) => {
  const translate = useTranslate();
  const f = current.total.followUp;
  const pf = previous?.total.followUp;
  const share = ratio(f.handedOver, f.found);
  const p = current.period;
  return (
    <FigureCard
      testId="card-handover"
      definition={def(definitions, 'FOLLOW_UP')}
      title={translate('assessment.cards.handover')}
      value={formatPercent(share)}
      level={shareLevel(share)}
      change={shareChange(share, pf ? ratio(pf.handedOver, pf.found) : null)}
      previousLabel={previousLabel}
      to={figureLink('VIOLATIONS_HANDED_OVER', p, selection.unitId)}
      big={big}
      detail={translate('assessment.cards.median_handover', { days: formatDays(f.medianDaysToHandOver) })}
      links={[
        { label: translate('assessment.kinds.VIOLATIONS_FOUND'), count: f.found, to: figureLink('VIOLATIONS_FOUND', p, selection.unitId) },
        {
          label: translate('assessment.kinds.VIOLATIONS_NOT_HANDED_OVER'),
          count: f.found - f.handedOver,
          to: figureLink('VIOLATIONS_NOT_HANDED_OVER', p, selection.unitId),
          tone: f.found > f.handedOver ? 'error' : undefined,
        },
      ]}
    />
  );
};

export const ClosingCard = ({ current, previous, selection, previousLabel, big, definitions }: Props) => {
  const translate = useTranslate();
  const f = current.total.followUp;
  const pf = previous?.total.followUp;
  const share = ratio(f.closed, f.found);
  const p = current.period;
  return (
    <FigureCard
      testId="card-closing"
      definition={def(definitions, 'FOLLOW_UP')}
      title={translate('assessment.cards.closing')}
      value={formatPercent(share)}
      level={shareLevel(share)}
      change={shareChange(share, pf ? ratio(pf.closed, pf.found) : null)}
      previousLabel={previousLabel}
      to={figureLink('VIOLATIONS_CLOSED', p, selection.unitId)}
      big={big}
      detail={translate('assessment.cards.median_close', { days: formatDays(f.medianDaysToClose) })}
      links={[
        { label: translate('assessment.kinds.VIOLATIONS_HANDED_OVER'), count: f.handedOver, to: figureLink('VIOLATIONS_HANDED_OVER', p, selection.unitId) },
        { label: translate('assessment.kinds.VIOLATIONS_CLOSED'), count: f.closed, to: figureLink('VIOLATIONS_CLOSED', p, selection.unitId) },
      ]}
    />
  );
};

/** Directories are a state, not a period's work: the card shows the stalest unit now, with no change line. */
export const DirectoryCard = ({ current, selection, big, definitions }: Props) => {
  const translate = useTranslate();
  const units = current.units.map((u) => ({ id: u.unitId, name: u.unit?.name ?? '', days: u.directories.targets.daysSinceConfirmation }));
  const oldest = oldestConfirmation(units);
  const days = oldest?.unit.days ?? null;
  const d = current.total.directories;
  return (
    <FigureCard
      testId="card-directories"
      definition={def(definitions, 'DIRECTORIES')}
      title={translate('assessment.cards.directories')}
      value={!oldest ? '—' : days === null ? translate('assessment.cards.never') : translate('assessment.cards.days', { smart_count: days })}
      level={oldest ? freshnessLevel(days) : 'none'}
      to={confirmationLink(oldest?.unit.id ?? selection.unitId)}
      big={big}
      detail={
        <>
          {oldest && <div>{translate('assessment.cards.oldest_unit', { unit: oldest.unit.name })}</div>}
          {oldest && oldest.never > 0 && <div style={{ color: '#d32f2f' }}>{translate('assessment.cards.never_count', { smart_count: oldest.never })}</div>}
          <div>
            {translate('assessment.cards.directory_sizes', { targets: d.targets.size, inspectors: d.inspectors.size, qualified: d.inspectors.qualified })}
          </div>
        </>
      }
      links={[
        { label: translate('assessment.cards.confirmations'), to: confirmationLink(selection.unitId) },
        { label: translate('assessment.cards.libraries'), to: libraryLink(selection.unitId) },
      ]}
    />
  );
};

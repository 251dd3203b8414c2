// The 检查组 section of a dispatched task's page (rules 15, 16): one row per dispatched target with its team —
// the leader marked 组长, members, experts, how the team was formed (drawn / direct / joint with a neighbour),
// replaced members struck through with reason and approver. The executing unit (or an administrator) draws
// the teams with the locked draw's seed, falls back to joint matching or direct assignment when the server
// reports too few inspectors, replaces or recuses members, and confirms the teams. Once the task is completed
// each row shows its result due date (rule 20).
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import CasinoIcon from '@mui/icons-material/CasinoOutlined';
import GroupsIcon from '@mui/icons-material/GroupsOutlined';
import HandshakeIcon from '@mui/icons-material/HandshakeOutlined';
import AssignmentIndIcon from '@mui/icons-material/AssignmentIndOutlined';
import VerifiedIcon from '@mui/icons-material/VerifiedOutlined';
import { useGetIdentity, useRecordContext, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import type {
  ApproveReplacementRequestMutation,
  ApproveReplacementRequestMutationVariables,
  ConfirmTeamsMutation,
  ConfirmTeamsMutationVariables,
  DirectAssignmentOutlookQuery,
  DirectAssignmentOutlookQueryVariables,
  MatchTeamsMutation,
  MatchTeamsMutationVariables,
} from '@ssj/graphql-types/operations';
import { DueDate } from '../../common/Countdown';
import { graphqlClient } from '../../dataProvider/graphqlClient';
import { APPROVE_REPLACEMENT_REQUEST, CONFIRM_TEAMS, DIRECT_ASSIGNMENT_OUTLOOK, MATCH_TEAMS } from '../../dataProvider/documents';
import { errorMessage } from '../../dataProvider/errors';
import type { Role } from '../../session';
import { useDateTime } from '../draw/DrawHistory';
import { TaskCompletion } from './TaskCompletion';
import { ConflictRegister } from './ConflictRegister';
import { AssignExpertDialog, DirectAssignDialog, JointMatchDialog, RecusalDialog, RefuseRequestDialog, ReplaceMemberDialog } from './TeamDialogs';
import {
  mayRunTeams,
  useLocalDay,
  useTaskTeams,
  useTeamPeople,
  type ReplacementRequest,
  type Team,
  type TeamMember,
  type TeamTask,
  type TeamTaskTarget,
} from './useTaskTeams';
import { mutate, useCommand } from '../../common/useCommand';
import { DocumentMenu, documentUrl } from '../../documents/DocumentMenu';

const OUTLOOK = DIRECT_ASSIGNMENT_OUTLOOK;

/** Rule 15 (G19): whether the server would let the signed-in user assign a team directly now. */
function useDirectOutlook(taskId: string, enabled: boolean, version: string) {
  return useQuery({
    queryKey: ['directOutlook', taskId, version],
    enabled,
    queryFn: async () => {
      const { data } = await graphqlClient.query<DirectAssignmentOutlookQuery, DirectAssignmentOutlookQueryVariables>({
        query: OUTLOOK,
        variables: { taskId },
      });
      return data.directAssignmentOutlook;
    },
  });
}

/**
 * Rule 16: a team's requests. A pending one shows who asked, why and whom they named; its named approver gets 批准 and
 * 驳回, everyone else sees them disabled with the reason (the requester never approves their own request).
 */
const RequestLines = ({ team, onRefuse }: { team: Team; onRefuse: (r: ReplacementRequest) => void }) => {
  const translate = useTranslate();
  const at = useDateTime();
  const { identity } = useGetIdentity();
  const approve = useCommand();
  const name = (id: string) => team.members.find((m) => m.id === id)?.inspector?.name ?? '';
  const shown = team.replacementRequests.filter((r) => r.status !== 'APPROVED');
  if (shown.length === 0) return null;
  return (
    <Stack spacing={0.5} sx={{ mt: 0.5 }}>
      {approve.error && (
        <Alert severity="error" onClose={approve.clear} data-testid="approve-error">
          {approve.error.message}
        </Alert>
      )}
      {shown.map((r) => {
        const pending = r.status === 'PENDING';
        const why = !pending
          ? ''
          : identity?.id === r.requestedById
            ? translate('resources.Task.team.request_own')
            : r.canDecide
              ? ''
              : translate('resources.Task.team.request_not_approver', { name: r.approver.name });
        return (
          <Alert
            key={r.id}
            severity={pending ? 'warning' : 'info'}
            icon={false}
            data-testid="replacement-request"
            data-status={r.status}
            data-request-id={r.id}
            sx={{ py: 0, '& .MuiAlert-message': { width: '100%' } }}
          >
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }} useFlexGap>
              <Box sx={{ flex: 1 }}>
                <Chip
                  size="small"
                  color={pending ? 'warning' : 'default'}
                  label={translate(`enums.ReplacementRequestStatus.${r.status}`)}
                  sx={{ mr: 1 }}
                  data-testid="request-badge"
                />
                {translate('resources.Task.team.request_line', {
                  name: name(r.memberId),
                  reason: translate(`enums.ReplacementReason.${r.reason}`),
                  note: r.note,
                  requester: r.requestedBy.name,
                  approver: r.approver.name,
                  proposed: r.proposedInspector?.name ?? translate('resources.Task.team.next_in_ranking'),
                  at: at(r.createdAt),
                })}
                {r.status === 'REFUSED' && ` ${translate('resources.Task.team.request_refused', { note: r.decisionNote ?? '' })}`}
              </Box>
              {pending && (
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Button
                    size="small"
                    variant="contained"
                    color="success"
                    disabled={!r.canDecide || approve.busy}
                    data-testid="approve-request"
                    onClick={() =>
                      void approve.run(
                        () =>
                          mutate<ApproveReplacementRequestMutation, ApproveReplacementRequestMutationVariables>(APPROVE_REPLACEMENT_REQUEST, {
                            requestId: r.id,
                          }),
                        { success: 'resources.Task.team.approve_ok' },
                      )
                    }
                  >
                    {translate('resources.Task.team.approve')}
                  </Button>
                  <Button size="small" variant="outlined" color="warning" disabled={!r.canDecide} onClick={() => onRefuse(r)} data-testid="refuse-request">
                    {translate('resources.Task.team.refuse')}
                  </Button>
                </Stack>
              )}
            </Stack>
            {why && (
              <Typography variant="caption" color="text.secondary" data-testid="request-why">
                {why}
              </Typography>
            )}
          </Alert>
        );
      })}
    </Stack>
  );
};

const ROLE_ORDER = { LEADER: 0, MEMBER: 1, EXPERT: 2 } as const;

/** Active members first (leader, members by rank, experts), then the replaced ones in the order they left. */
function orderedMembers(team: Team): TeamMember[] {
  const active = team.members.filter((m) => m.active).sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || (a.rank ?? 99) - (b.rank ?? 99));
  const gone = team.members.filter((m) => !m.active).sort((a, b) => (a.replacedAt ?? '').localeCompare(b.replacedAt ?? ''));
  return [...active, ...gone];
}

type MemberProps = {
  member: TeamMember;
  team: Team;
  task: TeamTask;
  canRun: boolean;
  approverName: (id: string | null) => string;
  onReplace: (m: TeamMember) => void;
  onRecuse: (m: TeamMember) => void;
  pending: boolean;
};

const MemberLine = ({ member: m, team, task, canRun, approverName, onReplace, onRecuse, pending }: MemberProps) => {
  const translate = useTranslate();
  const at = useDateTime();
  const name = m.inspector?.name ?? m.expert?.name ?? '—';
  const otherUnit = m.inspector && m.inspector.unitId !== task.executingUnitId ? m.inspector.unit.name : null;
  const successor = m.active ? null : team.members.find((x) => x.replacesId === m.id);
  return (
    <Box data-testid="team-member" data-member-id={m.id} data-role={m.role} data-active={m.active} sx={{ py: 0.25 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Typography
          component="span"
          sx={{
            fontWeight: m.role === 'LEADER' && m.active ? 700 : 400,
            textDecoration: m.active ? 'none' : 'line-through',
            color: m.active ? 'text.primary' : 'text.secondary',
          }}
          data-testid="member-name"
        >
          {name}
        </Typography>
        {m.role !== 'MEMBER' && (
          <Chip
            size="small"
            variant={m.active ? 'filled' : 'outlined'}
            color={m.role === 'LEADER' ? 'primary' : 'secondary'}
            label={translate(`enums.TeamRole.${m.role}`)}
          />
        )}
        {otherUnit && (
          <Typography component="span" variant="body2" color="text.secondary">
            （{otherUnit}）
          </Typography>
        )}
        {m.expert && (
          <Typography component="span" variant="body2" color="text.secondary">
            {m.expert.organization} · {m.expert.field}
          </Typography>
        )}
        {m.assignmentReason && (
          <Typography component="span" variant="body2" color="text.secondary">
            {translate('resources.Task.team.expert_direct', { reason: m.assignmentReason })}
          </Typography>
        )}
        {pending && (
          <Chip size="small" color="warning" variant="outlined" label={translate('resources.Task.team.request_pending_badge')} data-testid="member-pending" />
        )}
        {canRun && m.active && m.inspectorId && !pending && (
          <>
            <Button size="small" sx={{ minWidth: 0, px: 1 }} onClick={() => onReplace(m)} data-testid="replace-member">
              {translate('resources.Task.team.replace')}
            </Button>
            <Button size="small" color="warning" sx={{ minWidth: 0, px: 1 }} onClick={() => onRecuse(m)} data-testid="recuse-member">
              {translate('resources.Task.team.recuse')}
            </Button>
          </>
        )}
      </Stack>
      {!m.active && (
        <Typography variant="body2" color="text.secondary" sx={{ pl: 1 }} data-testid="replacement-detail">
          {translate(m.replacementNote ? 'resources.Task.team.replaced_detail_note' : 'resources.Task.team.replaced_detail', {
            reason: m.replacementReason ? translate(`enums.ReplacementReason.${m.replacementReason}`) : '—',
            note: m.replacementNote ?? '',
            approver: approverName(m.approvedById),
            at: at(m.replacedAt),
          })}
          {/* A successor without a rank was named by the approver, not drawn (rule 16). */}
          {successor &&
            ` ${translate(successor.rank === null ? 'resources.Task.team.replaced_by_named' : 'resources.Task.team.replaced_by', { name: successor.inspector?.name ?? '' })}`}
        </Typography>
      )}
    </Box>
  );
};

const ModeChip = ({ team }: { team: Team }) => {
  const translate = useTranslate();
  const label =
    team.mode === 'JOINT' && team.jointUnit
      ? translate('resources.Task.team.joint_with', { unit: team.jointUnit.name })
      : translate(`enums.TeamMode.${team.mode}`);
  return (
    <Chip size="small" variant="outlined" color={team.mode === 'DRAWN' ? 'default' : 'warning'} label={label} data-testid="team-mode" data-mode={team.mode} />
  );
};

const TeamsTable = ({
  task,
  teams,
  canRun,
  directAllowed,
  onDirect,
}: {
  task: TeamTask;
  teams: Team[];
  canRun: boolean;
  directAllowed: boolean;
  onDirect: (visitId: string) => void;
}) => {
  const translate = useTranslate();
  const day = useLocalDay();
  const people = useTeamPeople(teams.some((t) => t.members.some((m) => m.approvedById)));
  const [replacing, setReplacing] = useState<{ member: TeamMember; team: Team } | null>(null);
  const [recusing, setRecusing] = useState<{ member: TeamMember; team: Team } | null>(null);
  const [refusing, setRefusing] = useState<ReplacementRequest | null>(null);
  const [addingExpert, setAddingExpert] = useState<Team | null>(null);
  const needsExpert = task.checkItems.some((i) => i.needsExpert);
  const byVisit = useMemo(() => new Map(teams.map((t) => [t.visitId, t])), [teams]);
  const userName = useMemo(() => new Map((people.data?.allUsers ?? []).map((u) => [u.id, u.name])), [people.data]);
  const approverName = (id: string | null) => (id ? (userName.get(id) ?? '…') : '—');
  const dispatched = task.status === 'DISPATCHED';
  const completed = task.status === 'COMPLETED';
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" data-testid="team-table">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '22%' }}>{translate('resources.Task.team.target')}</TableCell>
            <TableCell sx={{ width: '16%' }}>{translate('resources.Task.team.credit_code')}</TableCell>
            <TableCell>{translate('resources.Task.team.members')}</TableCell>
            <TableCell sx={{ width: '14%' }}>{translate('resources.Task.team.mode_label')}</TableCell>
            {completed && <TableCell sx={{ width: '12%' }}>{translate('resources.Task.result_due')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {task.targets.map((tt: TeamTaskTarget) => {
            const visitId = tt.visitId; // null until the target has been dispatched with a visit
            const team = visitId ? byVisit.get(visitId) : undefined;
            return (
              <TableRow key={tt.id} data-testid="team-row" data-target-id={tt.targetId} data-has-team={!!team} sx={{ verticalAlign: 'top' }}>
                <TableCell>
                  <Link component={RouterLink} to={`/Target/${tt.targetId}/show`}>
                    {tt.target.name}
                  </Link>
                </TableCell>
                <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{tt.target.creditCode}</TableCell>
                <TableCell>
                  {team ? (
                    orderedMembers(team)
                      .map((m) => (
                        <MemberLine
                          key={m.id}
                          member={m}
                          team={team}
                          task={task}
                          canRun={canRun && dispatched}
                          approverName={approverName}
                          onReplace={(member) => setReplacing({ member, team })}
                          onRecuse={(member) => setRecusing({ member, team })}
                          pending={team.replacementRequests.some((r) => r.status === 'PENDING' && r.memberId === m.id)}
                        />
                      ))
                      .concat(<RequestLines key="requests" team={team} onRefuse={setRefusing} />)
                  ) : (
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                      <Typography color="text.secondary">{translate('resources.Task.team.no_team')}</Typography>
                      {canRun && dispatched && visitId && directAllowed && (
                        <Button size="small" onClick={() => onDirect(visitId)} data-testid="direct-row">
                          {translate('resources.Task.team.direct')}
                        </Button>
                      )}
                    </Stack>
                  )}
                </TableCell>
                <TableCell>
                  {team && <ModeChip team={team} />}
                  {/* The visit's papers to take along (rule 19): the notice to hand over, the blank on-site record. */}
                  {team && (
                    <Box sx={{ mt: 0.5 }}>
                      <DocumentMenu
                        testId="visit-documents"
                        documents={[
                          { label: 'documents.notice', url: documentUrl.notice(tt.id), fileName: `检查告知书-${tt.target.name}.pdf` },
                          {
                            label: 'documents.record_blank',
                            hint: 'documents.record_blank_hint',
                            url: documentUrl.record(tt.id, true),
                            fileName: `现场检查记录表-${tt.target.name}.pdf`,
                          },
                        ]}
                      />
                    </Box>
                  )}
                  {team && canRun && dispatched && needsExpert && (
                    <Button
                      size="small"
                      sx={{ display: 'block', mt: 0.5, px: 0.5, minWidth: 0 }}
                      onClick={() => setAddingExpert(team)}
                      data-testid="assign-expert"
                    >
                      {translate('resources.Task.team.expert_assign')}
                    </Button>
                  )}
                </TableCell>
                {completed && (
                  <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="result-due-on" data-due-on={tt.resultDueOn ?? ''}>
                    <DueDate text={day(tt.resultDueOn)} provisional={tt.resultDueOn ? tt.resultDueProvisional : false} />
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <ReplaceMemberDialog task={task} team={replacing?.team ?? null} member={replacing?.member ?? null} onClose={() => setReplacing(null)} />
      <RecusalDialog task={task} team={recusing?.team ?? null} member={recusing?.member ?? null} onClose={() => setRecusing(null)} />
      <RefuseRequestDialog request={refusing} onClose={() => setRefusing(null)} />
      <AssignExpertDialog task={task} team={addingExpert} onClose={() => setAddingExpert(null)} />
    </TableContainer>
  );
};

const TeamsPanel = ({ task, teams }: { task: TeamTask; teams: Team[] }) => {
  const translate = useTranslate();
  const at = useDateTime();
  const { identity } = useGetIdentity();
  const canRun = mayRunTeams(identity ? { role: identity.role as Role, unitId: identity.unitId as string } : null, task);
  const match = useCommand();
  const confirm = useCommand();
  const [jointOpen, setJointOpen] = useState(false);
  const [direct, setDirect] = useState<{ visitId: string | null } | null>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);

  const served = new Set(teams.map((t) => t.visitId));
  const teamless = task.targets.filter((t) => t.visitId && !served.has(t.visitId));
  // When every team is confirmed: the earliest confirmation.
  const confirmations = teams
    .map((t) => t.confirmedAt)
    .filter((c): c is string => !!c)
    .sort();
  const confirmedAt = teams.length > 0 && teamless.length === 0 && confirmations.length === teams.length ? (confirmations[0] ?? null) : null;
  const dispatched = task.status === 'DISPATCHED';
  const mayForm = canRun && dispatched && teamless.length > 0;
  const mayConfirm = canRun && dispatched && teamless.length === 0 && teams.some((t) => !t.confirmedAt);
  const shortage = match.error?.code === 'TEAM.TOO_FEW_INSPECTORS';
  // Rule 15 (G19): direct assignment is offered only when the server's dry run reports too few inspectors (or to the lead unit).
  const outlook = useDirectOutlook(task.id, mayForm, `${teams.length}:${match.error?.code ?? ''}`);
  const directAllowed = !!outlook.data?.allowed;

  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: { md: 'center' } }} useFlexGap>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flex: 1, flexWrap: 'wrap' }} useFlexGap>
          <Typography variant="h6">{translate('resources.Task.team.title')}</Typography>
          <Chip
            data-testid="teams-status"
            data-confirmed={!!confirmedAt}
            data-teamless={teamless.length}
            color={confirmedAt ? 'success' : teamless.length > 0 ? 'warning' : 'info'}
            icon={confirmedAt ? <VerifiedIcon /> : undefined}
            label={
              confirmedAt
                ? translate('resources.Task.team.confirmed', { at: at(confirmedAt) })
                : teamless.length > 0
                  ? translate('resources.Task.team.without_team', { smart_count: teamless.length, total: task.targets.length })
                  : translate('resources.Task.team.unconfirmed')
            }
          />
        </Stack>
        {mayForm && (
          <>
            <Button
              variant="contained"
              startIcon={<CasinoIcon />}
              disabled={match.busy}
              data-testid="match-teams"
              onClick={() =>
                void match.run(() => mutate<MatchTeamsMutation, MatchTeamsMutationVariables>(MATCH_TEAMS, { taskId: task.id }), {
                  success: 'resources.Task.team.match_ok',
                })
              }
            >
              {translate('resources.Task.team.match')}
            </Button>
            <Button variant="outlined" startIcon={<HandshakeIcon />} onClick={() => setJointOpen(true)} data-testid="open-joint">
              {translate('resources.Task.team.joint')}
            </Button>
            {directAllowed && (
              <Button variant="outlined" startIcon={<AssignmentIndIcon />} onClick={() => setDirect({ visitId: null })} data-testid="open-direct">
                {translate('resources.Task.team.direct')}
              </Button>
            )}
          </>
        )}
        {mayConfirm && (
          <Button
            variant="contained"
            color="success"
            startIcon={<VerifiedIcon />}
            disabled={confirm.busy}
            onClick={() => setConfirmOpen(true)}
            data-testid="confirm-teams"
          >
            {translate('resources.Task.team.confirm')}
          </Button>
        )}
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {translate('resources.Task.team.help', { size: task.teamSize })}
      </Typography>
      {mayForm && outlook.data && !outlook.data.allowed && (
        <Typography variant="body2" color="text.secondary" data-testid="direct-not-offered">
          {translate('resources.Task.team.direct_not_offered')}
        </Typography>
      )}
      {mayForm && outlook.data?.allowed && outlook.data.basis === 'LEAD_UNIT_APPROVED' && (
        <Typography variant="body2" color="text.secondary" data-testid="direct-lead-unit">
          {translate('resources.Task.team.direct_lead_unit')}
        </Typography>
      )}
      {!canRun && dispatched && <Alert severity="info">{translate('resources.Task.team.read_only', { unit: task.executingUnit.name })}</Alert>}

      {match.error && (
        <Alert severity={shortage ? 'warning' : 'error'} onClose={match.clear} data-testid="match-error" data-code={match.error.code ?? ''}>
          {shortage && <AlertTitle>{translate('resources.Task.team.too_few_title')}</AlertTitle>}
          {match.error.message}
          {shortage && canRun && (
            <Stack direction="row" spacing={1} sx={{ mt: 1.5, alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
              <Typography variant="body2">{translate('resources.Task.team.too_few_offer')}</Typography>
              <Button size="small" variant="outlined" startIcon={<HandshakeIcon />} onClick={() => setJointOpen(true)} data-testid="offer-joint">
                {translate('resources.Task.team.joint')}
              </Button>
              {directAllowed && (
                <Button
                  size="small"
                  variant="outlined"
                  startIcon={<AssignmentIndIcon />}
                  onClick={() => setDirect({ visitId: null })}
                  data-testid="offer-direct"
                >
                  {translate('resources.Task.team.direct')}
                </Button>
              )}
              <Button size="small" component={RouterLink} to="/Inspector">
                {translate('resources.Task.team.open_inspectors')}
              </Button>
            </Stack>
          )}
        </Alert>
      )}
      {confirm.error && (
        <Alert severity="error" onClose={confirm.clear} data-testid="confirm-error">
          {confirm.error.message}
        </Alert>
      )}
      <TaskCompletion task={task} canRun={canRun} teamsFormed={teams.length > 0 && teamless.length === 0} teamsConfirmed={!!confirmedAt} />

      <TeamsTable task={task} teams={teams} canRun={canRun} directAllowed={directAllowed} onDirect={(visitId) => setDirect({ visitId })} />
      <ConflictRegister task={task} canRun={canRun} />

      {/* A refusal to match stays in view (with its offers) until a fallback has formed teams. */}
      <JointMatchDialog task={task} open={jointOpen} onClose={() => setJointOpen(false)} onSuccess={match.clear} />
      <DirectAssignDialog task={task} teamless={teamless} visitId={direct?.visitId} open={!!direct} onClose={() => setDirect(null)} onSuccess={match.clear} />
      <Dialog open={confirmOpen} onClose={() => setConfirmOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('resources.Task.team.confirm_title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('resources.Task.team.confirm_content', { smart_count: teams.length })}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmOpen(false)} disabled={confirm.busy}>
            {translate('ra.action.cancel')}
          </Button>
          <Button
            variant="contained"
            color="success"
            disabled={confirm.busy}
            data-testid="confirm-teams-ok"
            onClick={async () => {
              setConfirmOpen(false);
              await confirm.run(() => mutate<ConfirmTeamsMutation, ConfirmTeamsMutationVariables>(CONFIRM_TEAMS, { taskId: task.id }), {
                success: 'resources.Task.team.confirm_ok',
              });
            }}
          >
            {translate('resources.Task.team.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
};

/** Mounted on the task page: shown once the task's list is dispatched (and kept, read-only, after completion). */
export const TaskTeams = (_props: { label?: string }) => {
  const record = useRecordContext<{ id: string; status: string }>();
  const translate = useTranslate();
  const shown = record?.status === 'DISPATCHED' || record?.status === 'COMPLETED';
  const { data, isPending, error } = useTaskTeams(shown ? record?.id : undefined);
  if (!shown) return null;
  return (
    <Box sx={{ width: '100%' }} data-testid="task-teams">
      {isPending ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <GroupsIcon />
          <CircularProgress size={20} />
        </Stack>
      ) : error || !data?.Task ? (
        <Alert severity="error">{error ? errorMessage(error) : translate('ra.page.not_found')}</Alert>
      ) : (
        <TeamsPanel task={data.Task} teams={data.teamsOfTask} />
      )}
    </Box>
  );
};

// The dialogs of the teams section: joint matching with a neighbouring unit and direct assignment (rule 15, G19),
// replacing a member with reason and approver, and a member's recusal (rule 16). Each keeps the server's refusal
// in view until the user changes something or cancels.
import { useEffect, useMemo, useState } from 'react';
import { Alert, Autocomplete, Box, Chip, MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useGetIdentity } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import type {
  AssignExpertDirectlyMutation,
  AssignExpertDirectlyMutationVariables,
  TeamExpertsQuery,
  TeamExpertsQueryVariables,
  AssignTeamDirectlyMutation,
  AssignTeamDirectlyMutationVariables,
  MatchTeamsJointlyMutation,
  MatchTeamsJointlyMutationVariables,
  RefuseReplacementRequestMutation,
  RefuseReplacementRequestMutationVariables,
  RequestMemberReplacementMutation,
  RequestMemberReplacementMutationVariables,
  RequestRecusalMutation,
  RequestRecusalMutationVariables,
} from '@ssj/graphql-types/operations';
import { graphqlClient } from '../../dataProvider/graphqlClient';
import {
  ASSIGN_EXPERT_DIRECTLY,
  ASSIGN_TEAM_DIRECTLY,
  MATCH_TEAMS_JOINTLY,
  TEAM_EXPERTS,
  REFUSE_REPLACEMENT_REQUEST,
  REQUEST_MEMBER_REPLACEMENT,
  REQUEST_RECUSAL,
} from '../../dataProvider/documents';
import {
  mayApprove,
  useTeamInspectors,
  useTeamPeople,
  type InspectorBrief,
  type Person,
  type ReplacementRequest,
  type Team,
  type TeamMember,
  type TeamTask,
  type TeamTaskTarget,
} from './useTaskTeams';
import { CommandDialog } from '../../common/CommandDialog';
import { mutate, useCommand } from '../../common/useCommand';

/** Reasons a drawn inspector may be replaced (rule 16); a recusal has its own dialog, which records the interest. */
export const REPLACEMENT_REASONS = ['POST_CHANGE', 'WORK_CONFLICT', 'HEALTH'] as const satisfies readonly NonNullable<
  RequestMemberReplacementMutationVariables['reason']
>[];
type DialogReason = (typeof REPLACEMENT_REASONS)[number];

/** Rule 15 (G19): where the unit has too few inspectors, draw jointly with a neighbouring unit's. */
export const JointMatchDialog = ({ task, open, onClose, onSuccess }: { task: TeamTask; open: boolean; onClose: () => void; onSuccess?: () => void }) => {
  const translate = useTranslate();
  const cmd = useCommand();
  const people = useTeamPeople(open);
  const [unitId, setUnitId] = useState('');
  const neighbours = useMemo(
    () => (people.data?.allUnits ?? []).filter((u) => task.executingUnit.neighbourCodes.includes(u.code) && u.id !== task.executingUnitId),
    [people.data, task.executingUnit.neighbourCodes, task.executingUnitId],
  );
  const close = () => {
    cmd.clear();
    onClose();
  };
  return (
    <CommandDialog
      open={open}
      title={translate('resources.Task.team.joint_title')}
      content={translate('resources.Task.team.joint_content', { unit: task.executingUnit.name })}
      onClose={close}
      confirmLabel={translate('resources.Task.team.joint')}
      disabled={!unitId}
      command={cmd}
      testId="joint"
      success="resources.Task.team.match_ok"
      onDone={onSuccess}
      onConfirm={async () => {
        await mutate<MatchTeamsJointlyMutation, MatchTeamsJointlyMutationVariables>(MATCH_TEAMS_JOINTLY, { taskId: task.id, jointUnitId: unitId });
      }}
    >
      {people.isSuccess && neighbours.length === 0 ? (
        <Alert severity="info" data-testid="no-neighbours">
          {translate('resources.Task.team.no_neighbours', { unit: task.executingUnit.name })}
        </Alert>
      ) : (
        <TextField
          select
          label={translate('resources.Task.team.joint_unit')}
          value={unitId}
          onChange={(e) => {
            setUnitId(e.target.value);
            cmd.clear();
          }}
          name="jointUnitId"
          required
          fullWidth
        >
          {neighbours.map((u) => (
            <MenuItem key={u.id} value={u.id}>
              {u.name}（{u.code}）
            </MenuItem>
          ))}
        </TextField>
      )}
    </CommandDialog>
  );
};

/**
 * Rule 15 (G19): a team assigned directly, recorded as such with its reason; from the executing unit's qualified
 * inspectors and its neighbours'. `visitId` preselects the target (the row's button).
 */
export const DirectAssignDialog = ({
  task,
  teamless,
  visitId,
  open,
  onClose,
  onSuccess,
}: {
  task: TeamTask;
  teamless: TeamTaskTarget[];
  visitId?: string | null;
  open: boolean;
  onClose: () => void;
  onSuccess?: () => void;
}) => {
  const translate = useTranslate();
  const cmd = useCommand();
  const inspectors = useTeamInspectors(open);
  const people = useTeamPeople(open);
  const [visit, setVisit] = useState('');
  const [chosen, setChosen] = useState<InspectorBrief[]>([]);
  const [leaderId, setLeaderId] = useState('');
  const [reason, setReason] = useState('');
  const firstTeamless = teamless[0]?.visitId ?? '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the dialog opens (see below)
  useEffect(() => {
    if (open) setVisit(visitId ?? firstTeamless);
    // Only when the dialog opens: a refetch behind it must not change the user's choice.
  }, [open, visitId]);
  const unitName = useMemo(() => new Map((people.data?.allUnits ?? []).map((u) => [u.id, u.name])), [people.data]);
  const allowedUnits = useMemo(() => {
    const ids = new Set([task.executingUnitId]);
    for (const u of people.data?.allUnits ?? []) if (task.executingUnit.neighbourCodes.includes(u.code)) ids.add(u.id);
    return ids;
  }, [people.data, task.executingUnitId, task.executingUnit.neighbourCodes]);
  const options = (inspectors.data ?? []).filter((i) => allowedUnits.has(i.unitId));
  const label = (i: InspectorBrief) => `${i.name}${i.unitId !== task.executingUnitId ? `（${unitName.get(i.unitId) ?? ''}）` : ''}`;
  const close = () => {
    cmd.clear();
    setChosen([]);
    setLeaderId('');
    setReason('');
    onClose();
  };
  const leader = chosen.some((c) => c.id === leaderId) ? leaderId : '';
  return (
    <CommandDialog
      open={open}
      title={translate('resources.Task.team.direct_title')}
      content={translate('resources.Task.team.direct_content')}
      onClose={close}
      confirmLabel={translate('resources.Task.team.direct')}
      command={cmd}
      testId="direct"
      disabled={!visit || chosen.length < 2 || !leader || !reason.trim()}
      success="resources.Task.team.direct_ok"
      onDone={onSuccess}
      onConfirm={async () => {
        await mutate<AssignTeamDirectlyMutation, AssignTeamDirectlyMutationVariables>(ASSIGN_TEAM_DIRECTLY, {
          visitId: visit,
          inspectorIds: chosen.map((c) => c.id),
          leaderId: leader,
          reason: reason.trim(),
        });
      }}
    >
      <TextField
        select
        label={translate('resources.Task.team.target')}
        value={visit}
        onChange={(e) => setVisit(e.target.value)}
        name="visitId"
        required
        fullWidth
      >
        {teamless.map((t) => (
          <MenuItem key={t.id} value={t.visitId ?? ''}>
            {t.target.name}
          </MenuItem>
        ))}
      </TextField>
      <Autocomplete
        multiple
        options={options}
        value={chosen}
        loading={inspectors.isPending}
        onChange={(_e, v) => {
          setChosen(v);
          cmd.clear();
        }}
        getOptionLabel={label}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        renderOption={(props, i) => (
          <li {...props} key={i.id}>
            {label(i)}
            {i.title ? ` · ${i.title}` : ''}
            {i.canLead && <Chip size="small" sx={{ ml: 1 }} label={translate('resources.Task.team.may_lead')} />}
          </li>
        )}
        renderInput={(params) => (
          <TextField
            {...params}
            name="inspectorIds"
            label={translate('resources.Task.team.direct_inspectors')}
            helperText={translate('resources.Task.team.direct_inspectors_help')}
            required
          />
        )}
      />
      <TextField
        select
        label={translate('enums.TeamRole.LEADER')}
        value={leader}
        onChange={(e) => setLeaderId(e.target.value)}
        name="leaderId"
        required
        fullWidth
        disabled={chosen.length === 0}
      >
        {chosen.map((i) => (
          <MenuItem key={i.id} value={i.id}>
            {label(i)}
            {i.canLead ? '' : `（${translate('resources.Task.team.may_not_lead')}）`}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={translate('resources.Task.team.direct_reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        name="reason"
        required
        fullWidth
        multiline
        minRows={2}
      />
    </CommandDialog>
  );
};

const memberName = (m: TeamMember | null) => m?.inspector?.name ?? m?.expert?.name ?? '';

/** Rule 16: the approvers a requester may name — never themselves. */
function useApprovers(task: TeamTask, open: boolean): { approvers: Person[]; loading: boolean } {
  const people = useTeamPeople(open);
  const { identity } = useGetIdentity();
  const approvers = (people.data?.allUsers ?? []).filter((p) => mayApprove(p, task) && p.id !== identity?.id);
  return { approvers, loading: people.isPending };
}

/** The proposed replacement: one of the executing unit's (and a joint team's neighbour's) drawable inspectors not in the team. */
function useCandidates(task: TeamTask, team: Team | null, open: boolean) {
  const inspectors = useTeamInspectors(open);
  const candidates = useMemo(() => {
    const units = new Set([task.executingUnitId, ...(team?.jointUnitId ? [team.jointUnitId] : [])]);
    const inTeam = new Set((team?.members ?? []).filter((m) => m.active).map((m) => m.inspectorId));
    return (inspectors.data ?? []).filter((i) => i.drawable && units.has(i.unitId) && !inTeam.has(i.id));
  }, [inspectors.data, task.executingUnitId, team]);
  return { candidates, loading: inspectors.isPending };
}

const ApproverField = ({
  approvers,
  loading,
  value,
  onChange,
}: {
  approvers: Person[];
  loading: boolean;
  value: Person | null;
  onChange: (p: Person | null) => void;
}) => {
  const translate = useTranslate();
  return (
    <Autocomplete
      options={approvers}
      value={value}
      loading={loading}
      onChange={(_e, v) => onChange(v)}
      getOptionLabel={(p) => `${p.name}（${p.unit.name}${p.isPrincipal ? ` · ${translate('resources.Task.team.principal')}` : ''}）`}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderInput={(params) => (
        <TextField
          {...params}
          name="approverId"
          label={translate('resources.Task.team.approver')}
          helperText={translate('resources.Task.team.approver_help')}
          required
        />
      )}
    />
  );
};

const ProposedField = ({
  candidates,
  loading,
  value,
  onChange,
  leaderLeaves,
}: {
  candidates: InspectorBrief[];
  loading: boolean;
  value: InspectorBrief | null;
  onChange: (i: InspectorBrief | null) => void;
  leaderLeaves: boolean;
}) => {
  const translate = useTranslate();
  return (
    <Autocomplete
      options={candidates}
      value={value}
      loading={loading}
      onChange={(_e, v) => onChange(v)}
      getOptionLabel={(i) => i.name}
      getOptionDisabled={(i) => leaderLeaves && !i.canLead}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderOption={(props, i) => (
        <li {...props} key={i.id}>
          {i.name}
          {i.title ? ` · ${i.title}` : ''}
          {i.canLead && <Chip size="small" sx={{ ml: 1 }} label={translate('resources.Task.team.may_lead')} />}
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          name="replacementInspectorId"
          label={translate('resources.Task.team.replacement')}
          helperText={translate(leaderLeaves ? 'resources.Task.team.replacement_help_leader' : 'resources.Task.team.replacement_help')}
        />
      )}
    />
  );
};

/**
 * Rule 16: the executing unit asks for a replacement (post change, work conflict or health) with a note, naming the
 * approver — a lead-unit user or the executing unit's principal, never oneself — and optionally proposing the
 * replacement (default: the next in the ranking). The team changes only when the approver approves.
 */
export const ReplaceMemberDialog = ({ task, team, member, onClose }: { task: TeamTask; team: Team | null; member: TeamMember | null; onClose: () => void }) => {
  const translate = useTranslate();
  const cmd = useCommand();
  const open = !!member;
  const { approvers, loading } = useApprovers(task, open);
  const { candidates, loading: loadingCandidates } = useCandidates(task, team, open);
  const [reason, setReason] = useState<DialogReason | ''>('');
  const [note, setNote] = useState('');
  const [approver, setApprover] = useState<Person | null>(null);
  const [named, setNamed] = useState<InspectorBrief | null>(null);
  const close = () => {
    cmd.clear();
    setReason('');
    setNote('');
    setApprover(null);
    setNamed(null);
    onClose();
  };
  return (
    <CommandDialog
      open={open}
      title={translate('resources.Task.team.replace_title', { name: memberName(member) })}
      content={translate('resources.Task.team.replace_content')}
      onClose={close}
      confirmLabel={translate('resources.Task.team.request_submit')}
      command={cmd}
      testId="replace"
      color="warning"
      disabled={!reason || !approver || !note.trim()}
      success="resources.Task.team.request_ok"
      onConfirm={async () => {
        if (!member || !reason || !approver) return; // the button is disabled until all are there
        await mutate<RequestMemberReplacementMutation, RequestMemberReplacementMutationVariables>(REQUEST_MEMBER_REPLACEMENT, {
          memberId: member.id,
          reason,
          note: note.trim(),
          approverId: approver.id,
          proposedInspectorId: named?.id ?? null,
        });
      }}
    >
      <TextField
        select
        label={translate('resources.Task.team.replace_reason')}
        value={reason}
        onChange={(e) => {
          setReason(REPLACEMENT_REASONS.find((r) => r === e.target.value) ?? '');
          cmd.clear();
        }}
        name="reason"
        required
        fullWidth
      >
        {REPLACEMENT_REASONS.map((r) => (
          <MenuItem key={r} value={r}>
            {translate(`enums.ReplacementReason.${r}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={translate('resources.Task.team.replace_note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        name="note"
        required
        fullWidth
        multiline
        minRows={2}
      />
      <ApproverField
        approvers={approvers}
        loading={loading}
        value={approver}
        onChange={(v) => {
          setApprover(v);
          cmd.clear();
        }}
      />
      <ProposedField
        candidates={candidates}
        loading={loadingCandidates}
        value={named}
        onChange={(v) => {
          setNamed(v);
          cmd.clear();
        }}
        leaderLeaves={member?.role === 'LEADER'}
      />
    </CommandDialog>
  );
};

/** Rule 16 (G21): a member with a conflict of interest asks to recuse; on approval the interest is registered and the member replaced. */
export const RecusalDialog = ({ task, team, member, onClose }: { task: TeamTask; team: Team | null; member: TeamMember | null; onClose: () => void }) => {
  const translate = useTranslate();
  const cmd = useCommand();
  const open = !!member;
  const { approvers, loading } = useApprovers(task, open);
  const { candidates, loading: loadingCandidates } = useCandidates(task, team, open);
  const [note, setNote] = useState('');
  const [approver, setApprover] = useState<Person | null>(null);
  const [named, setNamed] = useState<InspectorBrief | null>(null);
  const close = () => {
    cmd.clear();
    setNote('');
    setApprover(null);
    setNamed(null);
    onClose();
  };
  return (
    <CommandDialog
      open={open}
      title={translate('resources.Task.team.recusal_title', { name: memberName(member) })}
      content={translate('resources.Task.team.recusal_content')}
      onClose={close}
      confirmLabel={translate('resources.Task.team.request_submit')}
      command={cmd}
      testId="recusal"
      color="warning"
      disabled={!note.trim() || !approver}
      success="resources.Task.team.request_ok"
      onConfirm={async () => {
        if (!member || !approver) return;
        await mutate<RequestRecusalMutation, RequestRecusalMutationVariables>(REQUEST_RECUSAL, {
          memberId: member.id,
          note: note.trim(),
          approverId: approver.id,
          proposedInspectorId: named?.id ?? null,
        });
      }}
    >
      <Box>
        <TextField
          label={translate('resources.Task.team.recusal_note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          name="recusalNote"
          required
          fullWidth
          multiline
          minRows={2}
        />
      </Box>
      <ApproverField
        approvers={approvers}
        loading={loading}
        value={approver}
        onChange={(v) => {
          setApprover(v);
          cmd.clear();
        }}
      />
      <ProposedField
        candidates={candidates}
        loading={loadingCandidates}
        value={named}
        onChange={(v) => {
          setNamed(v);
          cmd.clear();
        }}
        leaderLeaves={member?.role === 'LEADER'}
      />
    </CommandDialog>
  );
};

/** Rule 16: the named approver refuses a request, with a reason; the team stays as it is. */
export const RefuseRequestDialog = ({ request, onClose }: { request: ReplacementRequest | null; onClose: () => void }) => {
  const translate = useTranslate();
  const cmd = useCommand();
  const [note, setNote] = useState('');
  const close = () => {
    cmd.clear();
    setNote('');
    onClose();
  };
  return (
    <CommandDialog
      open={!!request}
      title={translate('resources.Task.team.refuse_title')}
      content={translate('resources.Task.team.refuse_content')}
      onClose={close}
      confirmLabel={translate('resources.Task.team.refuse')}
      command={cmd}
      testId="refuse"
      color="warning"
      disabled={!note.trim()}
      success="resources.Task.team.refuse_ok"
      onConfirm={async () => {
        if (!request) return;
        await mutate<RefuseReplacementRequestMutation, RefuseReplacementRequestMutationVariables>(REFUSE_REPLACEMENT_REQUEST, {
          requestId: request.id,
          note: note.trim(),
        });
      }}
    >
      <TextField
        label={translate('resources.Task.team.refuse_note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        name="refuseNote"
        required
        fullWidth
        multiline
        minRows={2}
      />
    </CommandDialog>
  );
};

const EXPERTS = TEAM_EXPERTS;

/**
 * G9, G19 (某些检查事项需要专家参与的，可…直接委派): an expert joins a team directly, for one of the task's check items
 * that needs one; the experts offered are those of the item's field (any, when the item names none). With a reason.
 */
export const AssignExpertDialog = ({ task, team, onClose }: { task: TeamTask; team: Team | null; onClose: () => void }) => {
  const translate = useTranslate();
  const cmd = useCommand();
  const open = !!team;
  const experts = useQuery({
    queryKey: ['teamExperts'],
    enabled: open,
    queryFn: async () => (await graphqlClient.query<TeamExpertsQuery, TeamExpertsQueryVariables>({ query: EXPERTS })).data.allExperts,
  });
  const items = task.checkItems.filter((i) => i.needsExpert);
  const [itemId, setItemId] = useState('');
  const [expertId, setExpertId] = useState('');
  const [reason, setReason] = useState('');
  const item = items.find((i) => i.id === itemId) ?? (items.length === 1 ? items[0] : undefined);
  const fitting = (experts.data ?? []).filter((e) => !item?.expertField || e.field === item.expertField);
  const close = () => {
    cmd.clear();
    setItemId('');
    setExpertId('');
    setReason('');
    onClose();
  };
  return (
    <CommandDialog
      open={open}
      title={translate('resources.Task.team.expert_title')}
      content={translate('resources.Task.team.expert_content')}
      onClose={close}
      confirmLabel={translate('resources.Task.team.expert_assign')}
      command={cmd}
      testId="expert"
      disabled={!item || !expertId || !reason.trim()}
      success="resources.Task.team.expert_ok"
      onConfirm={async () => {
        if (!team || !item) return;
        await mutate<AssignExpertDirectlyMutation, AssignExpertDirectlyMutationVariables>(ASSIGN_EXPERT_DIRECTLY, {
          teamId: team.id,
          expertId,
          checkItemId: item.id,
          reason: reason.trim(),
        });
      }}
    >
      <TextField
        select
        label={translate('resources.Task.team.expert_item')}
        value={item?.id ?? ''}
        onChange={(e) => {
          setItemId(e.target.value);
          setExpertId('');
          cmd.clear();
        }}
        name="checkItemId"
        required
        fullWidth
      >
        {items.map((i) => (
          <MenuItem key={i.id} value={i.id}>
            {i.code} {i.name}
            {i.expertField ? `（${i.expertField}）` : ''}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={translate('resources.Task.team.expert')}
        value={expertId}
        onChange={(e) => {
          setExpertId(e.target.value);
          cmd.clear();
        }}
        name="expertId"
        required
        fullWidth
        helperText={item?.expertField ? translate('resources.Task.team.expert_field_help', { field: item.expertField }) : undefined}
      >
        {fitting.map((e) => (
          <MenuItem key={e.id} value={e.id}>
            {e.name} · {e.organization} · {e.field}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={translate('resources.Task.team.direct_reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        name="expertReason"
        required
        fullWidth
        multiline
        minRows={2}
      />
    </CommandDialog>
  );
};

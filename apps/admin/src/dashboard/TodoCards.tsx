// 我的待办 on a phone: one card per to-do instead of the table's five columns, so nothing is squeezed into
// one-character columns or pushed off screen. The whole card is the link (a large touch target); the deadline's
// countdown and its date stay on the card's first line (a tooltip does not open on a touch screen).
import { UnsyncedBadge } from '../resources/result/UnsyncedBadge';
import { Link } from 'react-router-dom';
import { Box, Chip, Stack, Typography } from '@mui/material';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { useTranslate } from 'react-admin';
import { Countdown } from '../common/Countdown';
import { type Todo, todoLink } from './TodoCard';

export const TodoCards = ({ todos }: { todos: readonly Todo[] }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={1} data-testid="todo-list" data-layout="cards">
      {todos.map((t, i) => {
        const overdue = t.deadline?.state === 'OVERDUE';
        return (
          <Box
            key={`${t.kind}-${t.recordId ?? i}-${t.title}`}
            data-testid="todo-item"
            data-kind={t.kind}
            data-overdue={overdue ? '1' : '0'}
            sx={{
              border: 1,
              borderColor: overdue ? 'error.light' : 'divider',
              borderRadius: 1,
              bgcolor: overdue ? 'rgba(211, 47, 47, 0.06)' : 'background.paper',
            }}
          >
            <Box
              component={Link}
              to={todoLink(t)}
              data-testid="todo-link"
              sx={{ display: 'flex', alignItems: 'center', gap: 1, minHeight: 64, p: 1.5, color: 'inherit', textDecoration: 'none' }}
            >
              <Stack spacing={0.75} sx={{ flex: 1, minWidth: 0 }}>
                <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                  <Chip size="small" variant="outlined" color={overdue ? 'error' : 'default'} label={translate(`enums.TodoKind.${t.kind}`, { _: t.kind })} />
                  {t.deadline && <Countdown deadline={t.deadline} />}
                  <UnsyncedBadge todo={t} />
                </Stack>
                <Typography
                  variant="body1"
                  color={overdue ? 'error' : 'primary'}
                  sx={{ fontWeight: overdue ? 600 : 500, overflowWrap: 'anywhere' }}
                  data-testid="todo-title"
                >
                  {t.title}
                </Typography>
                <Typography variant="body2" color="text.secondary" data-testid="todo-meta">
                  {[
                    t.unitName,
                    translate('todo.count_n', { smart_count: t.count }),
                    t.deadline ? translate('countdown.due_short', { dueOn: t.deadline.dueOn }) : null,
                  ]
                    .filter(Boolean)
                    .map((part, j) => (
                      // Each part on one line (a date is not broken in two); the parts wrap between them.
                      <span key={String(j)} style={{ whiteSpace: 'nowrap' }}>
                        {j > 0 && ' · '}
                        {part}
                      </span>
                    ))}
                </Typography>
              </Stack>
              <ChevronRightIcon color="action" />
            </Box>
          </Box>
        );
      })}
    </Stack>
  );
};

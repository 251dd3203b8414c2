// 我的待办: what waits for the signed-in user (ADMIN, UNIT_STAFF), soonest due first and overdue in red; each line
// opens its record, or the list filtered to it (the server's `resource`, `recordId`, `filter`).
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import {
  Alert,
  Card,
  CardContent,
  CardHeader,
  Chip,
  Link as MuiLink,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import type { MyTodosQuery, MyTodosQueryVariables } from '@ssj/graphql-types/operations';
import { Countdown } from '../common/Countdown';
import { graphqlClient } from '../dataProvider/graphqlClient';
import { MY_TODOS } from '../dataProvider/documents';
import { errorMessage } from '../dataProvider/errors';
import { UnsyncedBadge } from '../resources/result/UnsyncedBadge';
import { TodoCards } from './TodoCards';

const TODOS = MY_TODOS;

export type Todo = MyTodosQuery['myTodos'][number];

/** Where a to-do opens: its record's page, else the list with the server's filter; a calendar year its year on the 工作日历 page. */
export const todoLink = (t: Pick<Todo, 'resource' | 'recordId' | 'filter'>) => {
  if (t.resource === 'CalendarYear') return `/calendar${t.recordId ? `?year=${encodeURIComponent(t.recordId)}` : ''}`;
  return t.recordId ? `/${t.resource}/${encodeURIComponent(t.recordId)}/show` : `/${t.resource}?filter=${encodeURIComponent(JSON.stringify(t.filter ?? {}))}`;
};

export const TodoCard = () => {
  const translate = useTranslate();
  // A phone gets one card per to-do (TodoCards); the table's five columns do not fit 390 px.
  const small = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const { data, error, isPending } = useQuery({
    queryKey: ['myTodos'],
    queryFn: async () => (await graphqlClient.query<MyTodosQuery, MyTodosQueryVariables>({ query: TODOS })).data.myTodos,
  });
  return (
    <Card data-testid="todo-card">
      <CardHeader
        title={translate('todo.title')}
        slotProps={{ title: { variant: 'h6' } }}
        action={data && <Chip label={data.length} size="small" sx={{ mt: 1, mr: 1 }} />}
      />
      <CardContent sx={{ pt: 0, px: { xs: 1.5, sm: 2 } }}>
        {isPending && <Skeleton variant="rounded" height={80} />}
        {error && <Alert severity="error">{translate('todo.error', { message: errorMessage(error) })}</Alert>}
        {data && data.length === 0 && <Typography color="text.secondary">{translate('todo.empty')}</Typography>}
        {data && data.length > 0 && small && <TodoCards todos={data} />}
        {data && data.length > 0 && !small && (
          <Table size="small" data-testid="todo-list">
            <TableHead>
              <TableRow>
                <TableCell>{translate('todo.kind')}</TableCell>
                <TableCell>{translate('todo.item')}</TableCell>
                <TableCell>{translate('todo.unit')}</TableCell>
                <TableCell align="right">{translate('todo.count')}</TableCell>
                <TableCell>{translate('todo.due')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((t, i) => {
                const overdue = t.deadline?.state === 'OVERDUE';
                return (
                  <TableRow
                    key={`${t.kind}-${t.recordId ?? i}-${t.title}`}
                    data-testid="todo-item"
                    data-kind={t.kind}
                    data-overdue={overdue ? '1' : '0'}
                    sx={overdue ? { bgcolor: 'rgba(211, 47, 47, 0.06)' } : undefined}
                  >
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <Chip
                        size="small"
                        variant="outlined"
                        color={overdue ? 'error' : 'default'}
                        label={translate(`enums.TodoKind.${t.kind}`, { _: t.kind })}
                      />
                    </TableCell>
                    <TableCell>
                      <MuiLink
                        component={Link}
                        to={todoLink(t)}
                        underline="hover"
                        color={overdue ? 'error' : 'primary'}
                        sx={{ fontWeight: overdue ? 600 : undefined }}
                        data-testid="todo-link"
                      >
                        {t.title}
                      </MuiLink>
                      <UnsyncedBadge todo={t} />
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{t.unitName}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      {translate('todo.count_n', { smart_count: t.count })}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{t.deadline ? <Countdown deadline={t.deadline} /> : '—'}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};

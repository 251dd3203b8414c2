// The bell in the top bar (docs/notifications.md): how many of the user's notifications are unread, and a list of
// the latest — a new to-do item or the daily digest — each opening its record (and marked read when opened), with
// "mark all read". The count is asked for again every minute and whenever the window regains focus.
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { Badge, Box, Button, Divider, IconButton, List, ListItemButton, ListItemText, Popover, Tooltip, Typography } from '@mui/material';
import NotificationsIcon from '@mui/icons-material/NotificationsOutlined';
import type {
  MarkAllNotificationsReadMutation,
  MarkNotificationReadMutation,
  MarkNotificationReadMutationVariables,
  MyNotificationsQuery,
  MyNotificationsQueryVariables,
} from '@ssj/graphql-types/operations';
import { graphqlClient } from '../dataProvider/graphqlClient';
import { useCommand } from '../common/useCommand';
import { MARK_ALL_NOTIFICATIONS_READ, MARK_NOTIFICATION_READ, MY_NOTIFICATIONS } from '../dataProvider/notificationDocuments';
import { useDateTimeFormat } from '../common/LocalDateField';

type Item = MyNotificationsQuery['myNotifications'][number];

export const NotificationBell = () => {
  const translate = useTranslate();
  const command = useCommand();
  const navigate = useNavigate();
  const format = useDateTimeFormat();
  const queryClient = useQueryClient();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { data } = useQuery({
    queryKey: ['myNotifications'],
    queryFn: async () =>
      (await graphqlClient.query<MyNotificationsQuery, MyNotificationsQueryVariables>({ query: MY_NOTIFICATIONS, variables: { first: 15 } })).data,
    refetchInterval: 60_000,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['myNotifications'] });
  const unread = data?.myUnreadNotificationCount ?? 0;

  const open = async (n: Item) => {
    setAnchor(null);
    if (!n.readAt) await command.mutate<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>(MARK_NOTIFICATION_READ, { id: n.id }, { refresh });
    if (n.link) navigate(n.link);
  };
  const markAll = async () => {
    await command.mutate<MarkAllNotificationsReadMutation, Record<string, never>>(MARK_ALL_NOTIFICATIONS_READ, {}, { refresh });
  };

  return (
    <>
      <Tooltip title={translate('reminders.bell', { count: unread })}>
        <IconButton
          color="inherit"
          aria-label={translate('reminders.bell', { count: unread })}
          data-testid="notification-bell"
          onClick={(e) => {
            setAnchor(e.currentTarget);
            void refresh();
          }}
        >
          <Badge badgeContent={unread} color="error" max={99} data-testid="notification-count">
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover
        open={!!anchor}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { sx: { width: { xs: 'calc(100vw - 24px)', sm: 420 }, maxHeight: '70vh' }, 'data-testid': 'notification-list' } as object }}
      >
        <Box sx={{ display: 'flex', alignItems: 'center', px: 2, py: 1 }}>
          <Typography variant="subtitle1" sx={{ flex: 1 }}>
            {translate('reminders.title')}
          </Typography>
          <Button size="small" onClick={markAll} disabled={unread === 0} data-testid="notification-mark-all">
            {translate('reminders.mark_all_read')}
          </Button>
        </Box>
        <Divider />
        {data && data.myNotifications.length === 0 && (
          <Typography sx={{ p: 2 }} color="text.secondary">
            {translate('reminders.empty')}
          </Typography>
        )}
        <List dense disablePadding>
          {data?.myNotifications.map((n) => (
            <ListItemButton
              key={n.id}
              onClick={() => void open(n)}
              data-testid="notification-item"
              data-unread={n.readAt ? '0' : '1'}
              sx={{ alignItems: 'flex-start', borderLeft: 3, borderColor: n.readAt ? 'transparent' : 'primary.main' }}
            >
              <ListItemText
                primary={n.title}
                secondary={
                  <>
                    <Box
                      component="span"
                      sx={{ display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', whiteSpace: 'pre-line', overflow: 'hidden' }}
                    >
                      {n.body.replace(/\*\*/g, '')}
                    </Box>
                    <Box component="span" sx={{ display: 'block', fontSize: 12, opacity: 0.8 }}>
                      {format(n.createdAt)}
                    </Box>
                  </>
                }
                slotProps={{ primary: { fontWeight: n.readAt ? 400 : 600 } }}
              />
            </ListItemButton>
          ))}
        </List>
      </Popover>
    </>
  );
};

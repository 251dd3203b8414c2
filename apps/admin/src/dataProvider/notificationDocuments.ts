// The GraphQL documents of the reminders (docs/notifications.md): the bell's notifications and a unit's channels.

export const MY_NOTIFICATIONS = /* GraphQL */ `
  query MyNotifications($first: Int) {
    myUnreadNotificationCount
    myNotifications(first: $first) { id kind title body link createdAt readAt }
  }
`;

export const MY_UNREAD_NOTIFICATION_COUNT = /* GraphQL */ `
  query MyUnreadNotificationCount {
    myUnreadNotificationCount
  }
`;

export const MARK_NOTIFICATION_READ = /* GraphQL */ `
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) { id readAt }
  }
`;

export const MARK_ALL_NOTIFICATIONS_READ = /* GraphQL */ `
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`;

export const NOTIFICATION_CHANNELS = /* GraphQL */ `
  query NotificationChannels($unitId: ID!) {
    notificationDigestTime
    notificationChannels(unitId: $unitId) {
      id unitId kind name enabled url hasSecret smtpHost smtpPort smtpSecure smtpUser hasSmtpPassword mailFrom recipients
      quietFrom quietTo
      recentDeliveries { title status attempts lastError sentAt nextAttemptAt createdAt }
    }
  }
`;

export const SAVE_NOTIFICATION_CHANNEL = /* GraphQL */ `
  mutation SaveNotificationChannel($id: ID, $input: NotificationChannelInput!) {
    saveNotificationChannel(id: $id, input: $input) { id }
  }
`;

export const DELETE_NOTIFICATION_CHANNEL = /* GraphQL */ `
  mutation DeleteNotificationChannel($id: ID!) {
    deleteNotificationChannel(id: $id)
  }
`;

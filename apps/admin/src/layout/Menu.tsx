// Grouped navigation from the registry (resources/registry.ts): 一单两库 (checklist and the two directories),
// 抽查工作 (plans and tasks), 结果与处置, then administration. Resources the role
// cannot list do not appear (react-admin asks canAccess); the API-token page only for analysts and admins.
import { Menu as RaMenu, usePermissions, useTranslate } from 'react-admin';
import { Divider, ListSubheader } from '@mui/material';
import KeyIcon from '@mui/icons-material/KeyOutlined';
import InsightsIcon from '@mui/icons-material/InsightsOutlined';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonthOutlined';
import SendIcon from '@mui/icons-material/SendOutlined';
import { Fragment } from 'react';
import { mayManageApiTokens } from '../authProvider';
import { MENU_GROUPS, resourcesIn } from '../resources/registry';
import type { Role } from '../session';

const Heading = ({ label }: { label: string }) => {
  const translate = useTranslate();
  return (
    <ListSubheader sx={{ bgcolor: 'transparent', lineHeight: '32px', mt: 1, fontSize: 12, letterSpacing: 1 }} disableSticky>
      {translate(label)}
    </ListSubheader>
  );
};

/** react-admin scrolls the window to the top on a navigation carrying this state (useScrollToTop). */
const toTop = { _scrollToTop: true };

export const Menu = () => {
  const { permissions } = usePermissions<Role>();
  const translate = useTranslate();
  return (
    <RaMenu>
      {/* Like the resource items, the other entries open their page at the top: landing mid-page on a long
          dashboard would also leave the app bar (user menu, language) hidden until the user scrolls up. */}
      <RaMenu.DashboardItem primaryText={translate('app.menu.dashboard')} state={toTop} />
      {/* 考核看板 (rule 25): LEADER has it as the home page; the administrator and analysts open it here. */}
      {(permissions === 'ADMIN' || permissions === 'ANALYST') && (
        <RaMenu.Item to="/leadership" state={toTop} primaryText={translate('assessment.menu')} leftIcon={<InsightsIcon />} />
      )}
      {MENU_GROUPS.map((group, i) => (
        <Fragment key={group}>
          {i > 0 && <Divider sx={{ my: 1 }} />}
          <Heading label={`app.menu.${group}`} />
          {resourcesIn(group).map((name) => (
            <RaMenu.ResourceItem key={name} name={name} />
          ))}
        </Fragment>
      ))}
      {/* 工作日历 (rule 20): everyone reads the calendar deadlines are counted in; administrators maintain it. */}
      <RaMenu.Item to="/calendar" state={toTop} primaryText={translate('app.menu.calendar')} leftIcon={<CalendarMonthIcon />} data-testid="menu-calendar" />
      {/* 公示推送 (issue 16): the lead unit's administrators manage the outbox's receivers. */}
      {permissions === 'ADMIN' && (
        <RaMenu.Item to="/outbox" state={toTop} primaryText={translate('outbox.menu')} leftIcon={<SendIcon />} data-testid="menu-outbox" />
      )}
      {mayManageApiTokens(permissions) && <RaMenu.Item to="/api-tokens" state={toTop} primaryText={translate('app.menu.api_tokens')} leftIcon={<KeyIcon />} />}
    </RaMenu>
  );
};

// Sign-in: react-admin's Login and LoginForm under the platform's name, with the language switch.
import { Login, LoginForm, LocalesMenuButton, useTranslate } from 'react-admin';
import { Box, CardContent, Link, Typography } from '@mui/material';
import ShuffleIcon from '@mui/icons-material/Shuffle';

export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login
      avatarIcon={<ShuffleIcon />}
      sx={{
        backgroundImage: 'linear-gradient(160deg, #0f3a57 0%, #1f5f8b 55%, #2e7d5b 100%)',
        '& .RaLogin-card': { width: 400, maxWidth: '92vw' },
        '& .RaLogin-icon': { bgcolor: 'secondary.main' },
      }}
    >
      <Box sx={{ position: 'fixed', top: 8, right: 8, color: '#fff' }}>
        <LocalesMenuButton />
      </Box>
      <CardContent sx={{ pb: 0, textAlign: 'center' }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }} data-testid="login-title">
          {translate('app.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {translate('app.login.subtitle')}
        </Typography>
      </CardContent>
      <LoginForm sx={{ '& .RaLoginForm-content': { width: 'auto', px: 3 } }} />
      <Typography variant="caption" color="text.secondary" component="p" sx={{ px: 2, pb: 2, textAlign: 'center' }}>
        {translate('app.login.hint')}
      </Typography>
      {/* Rule 26: the public disclosure pages, a separate entry served at /public without sign-in. */}
      <Typography variant="body2" component="p" sx={{ px: 2, pb: 2, textAlign: 'center' }}>
        <Link href="/public" underline="hover" data-testid="public-link">
          {translate('app.login.public')}
        </Link>
      </Typography>
    </Login>
  );
};

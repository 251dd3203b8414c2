// Entry of the public disclosure pages (public.html): a separate bundle of React and these pages only —
// no react-admin, MUI or Apollo — served at /public without sign-in.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PublicApp } from './PublicApp';
import './public.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PublicApp />
  </StrictMode>,
);

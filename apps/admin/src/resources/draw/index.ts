// 摇号 (Draw): one verifiable random draw of a task's targets (rule 17). Listed on the task's page; run and
// verified on the draw page, /Task/:id/draw (DrawPage), the page a supervising witness watches.
import CasinoIcon from '@mui/icons-material/CasinoOutlined';

export default {
  icon: CasinoIcon,
  recordRepresentation: (r: { sequence?: number }) => `#${r.sequence ?? ''}`,
};

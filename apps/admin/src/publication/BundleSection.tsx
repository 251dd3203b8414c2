// 每日公示包 (issue 16, manual channel; docs/publication.md "Daily bundle"): one Beijing day of the outbox as a ZIP —
// the documents as JSON, a manifest with their SHA-256 and an .xlsx in the provincial bulk upload's layout — for a
// bureau whose network only allows uploading by hand. Each kind's sheet follows the built-in layout (默认格式) or a
// saved mapping profile of list `publication.<kind>`.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import DownloadIcon from '@mui/icons-material/Download';
import ArchiveIcon from '@mui/icons-material/ArchiveOutlined';
import { Box, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { PUBLICATION_KINDS } from '@ssj/domain';
import { query, useCommand } from '../common/useCommand';
import { useToday } from '../common/today';
import { downloadFile } from '../exporting/download';

/** The document kinds, in the outbox's order (the workbook's sheets). */
export const BUNDLE_KINDS = PUBLICATION_KINDS;

type Profile = { id: string; name: string };

/**
 * The saved export profiles of each kind's list (映射方案 of list `publication.<kind>`), one alias per kind in one
 * request. Built from the kinds, so it lives here rather than in dataProvider/*Documents.ts; its unit test validates
 * it against the printed schema.
 */
const alias = (kind: string) => kind.replace(/-/g, '_');
export const BUNDLE_PROFILES = `query BundleProfiles {
${BUNDLE_KINDS.map((k) => `  ${alias(k)}: allMappingProfiles(filter: { list: "publication.${k}", direction: EXPORT }, perPage: 100, sortField: "name", sortOrder: "ASC") { id name }`).join('\n')}
}`;

async function loadProfiles(): Promise<Record<string, Profile[]>> {
  const data = await query<Record<string, Profile[] | null>, Record<string, never>>(BUNDLE_PROFILES, {});
  return Object.fromEntries(BUNDLE_KINDS.map((k) => [k, data?.[alias(k)] ?? []]));
}

export const bundleUrl = (day: string, profiles: Record<string, string>) => {
  const params = new URLSearchParams(
    Object.entries(profiles)
      .filter(([, id]) => id)
      .map(([k, id]) => [`profile.${k}`, id]),
  );
  const q = params.toString();
  return `/export/publication-bundle/${day}.zip${q ? `?${q}` : ''}`;
};

export const BundleSection = () => {
  const translate = useTranslate();
  const today = useToday();
  const [day, setDay] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const command = useCommand();
  const { data: profiles } = useQuery({ queryKey: ['publicationBundleProfiles'], queryFn: loadProfiles, staleTime: 60_000 });
  const shown = day ?? today;

  return (
    <Card sx={{ mb: 2 }} data-testid="publication-bundle">
      <CardContent>
        <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 1 }}>
          <ArchiveIcon color="primary" />
          <Typography variant="h6">{translate('outbox.bundle.title')}</Typography>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('outbox.bundle.intro')}
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', md: 'repeat(4, 1fr)' }, gap: 2, mb: 2 }}>
          <TextField
            type="date"
            size="small"
            fullWidth
            label={translate('outbox.bundle.day')}
            value={shown}
            onChange={(e) => setDay(e.target.value || null)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'bundle-day' } }}
          />
          {BUNDLE_KINDS.map((k) => (
            <TextField
              key={k}
              select
              size="small"
              fullWidth
              label={translate('outbox.bundle.layout', { kind: translate(`outbox.kind.${k}`) })}
              value={chosen[k] ?? ''}
              onChange={(e) => setChosen((c) => ({ ...c, [k]: e.target.value }))}
              slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            >
              <MenuItem value="">{translate('outbox.bundle.default_layout')}</MenuItem>
              {(profiles?.[k] ?? []).map((p) => (
                <MenuItem key={p.id} value={p.id}>
                  {p.name}
                </MenuItem>
              ))}
            </TextField>
          ))}
        </Box>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} alignItems={{ xs: 'stretch', sm: 'center' }}>
          <Button
            variant="contained"
            startIcon={<DownloadIcon />}
            disabled={command.busy || !shown}
            data-testid="bundle-download"
            onClick={() => void command.run(() => downloadFile(bundleUrl(shown, chosen), `publication-${shown}.zip`), { refresh: false })}
          >
            {translate(command.busy ? 'outbox.bundle.busy' : 'outbox.bundle.download')}
          </Button>
          <Typography variant="caption" color="text.secondary">
            {translate('outbox.bundle.contents')}
          </Typography>
        </Stack>
      </CardContent>
    </Card>
  );
};

// Evidence straight from the phone's camera (G30): 拍照 opens the back camera for a photo, 录像 for a video
// (`capture="environment"`), 选择文件 any file as before. A photo is resized in the browser (resizePhoto.ts)
// unless 保留原图 is ticked; the section's upload checks its type and size as for any file.
import { useRef, useState } from 'react';
import { Button, Checkbox, FormControlLabel, Stack } from '@mui/material';
import CameraIcon from '@mui/icons-material/PhotoCameraOutlined';
import VideoIcon from '@mui/icons-material/VideocamOutlined';
import UploadIcon from '@mui/icons-material/UploadFileOutlined';
import { useTranslate } from 'react-admin';

export const EvidenceCapture = ({
  busy,
  onFile,
  camera,
}: {
  busy: boolean;
  /** Called with the picked file and whether to keep the original (not resized). */
  onFile: (file: File, keepOriginal: boolean) => Promise<unknown>;
  /** Show the camera buttons (a phone or tablet). */
  camera: boolean;
}) => {
  const translate = useTranslate();
  const [keepOriginal, setKeepOriginal] = useState(false);
  const photo = useRef<HTMLInputElement>(null);
  const video = useRef<HTMLInputElement>(null);
  const any = useRef<HTMLInputElement>(null);
  const picked = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const target = e.target;
    const file = target.files?.[0];
    if (!file) return;
    await onFile(file, keepOriginal);
    target.value = '';
  };
  const big = camera ? { minHeight: 48, flex: { xs: '1 1 100%', sm: '0 0 auto' } } : {};
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }} data-testid="evidence-capture">
      <input ref={photo} type="file" accept="image/*" capture="environment" hidden data-testid="evidence-camera" onChange={picked} />
      <input ref={video} type="file" accept="video/*" capture="environment" hidden data-testid="evidence-video" onChange={picked} />
      <input ref={any} type="file" hidden data-testid="evidence-input" onChange={picked} />
      {camera && (
        <>
          <Button
            variant="contained"
            startIcon={<CameraIcon />}
            disabled={busy}
            onClick={() => photo.current?.click()}
            sx={big}
            data-testid="evidence-take-photo"
          >
            {translate('resources.Result.take_photo')}
          </Button>
          <Button
            variant="outlined"
            startIcon={<VideoIcon />}
            disabled={busy}
            onClick={() => video.current?.click()}
            sx={big}
            data-testid="evidence-take-video"
          >
            {translate('resources.Result.take_video')}
          </Button>
        </>
      )}
      <Button variant="outlined" startIcon={<UploadIcon />} disabled={busy} onClick={() => any.current?.click()} sx={big} data-testid="evidence-upload">
        {translate(busy ? 'resources.Result.uploading' : 'resources.Result.upload')}
      </Button>
      <FormControlLabel
        control={<Checkbox checked={keepOriginal} onChange={(e) => setKeepOriginal(e.target.checked)} data-testid="evidence-keep-original" />}
        label={translate('resources.Result.keep_original')}
        sx={{ mr: 0 }}
      />
    </Stack>
  );
};

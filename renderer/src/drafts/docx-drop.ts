import { useEffect } from 'react';
import { MAX_DROPPED_DOCX_BYTES } from '../../../shared/import-limits';
import { useDocxImport } from '../stores/imported';
import { useUi } from '../stores/ui';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** A file's bytes as base64, without the data: URL's prefix. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/**
 * A .docx dropped anywhere on the window starts the same Word import as 从 Word 文档导入. A drop
 * carries no path, in the browser shell as in Electron, and main takes no path from the page
 * (STYLE.md §3): the page hands main the file's bytes, which is all it has. Main tells what the
 * file is by its magic bytes, so a .doc or a renamed file gets its own refusal; only a file too
 * large to hand over is refused here.
 */
export function useDocxDrop(): void {
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      const files = [...(event.dataTransfer?.files ?? [])];
      const { showError } = useUi.getState();
      if (files.length !== 1) return showError({ code: 'import-drop-one' });
      const [file] = files as [File];
      if (file.size > MAX_DROPPED_DOCX_BYTES)
        return showError({
          code: /\.docx$/i.test(file.name) ? 'import-drop-too-large' : 'import-not-docx',
          detail: file.name,
        });
      base64Of(file).then(
        (bytes) => useDocxImport.getState().start(bytes),
        () => showError({ code: 'not-found', detail: file.name }),
      );
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
}

import { useEffect, useState } from 'react';
import { invoke } from '../../api';

/** A preview of an image of the draft, fetched from main as a data: URL (the page reads no files). */
export function Thumbnail({ draftId, file, alt }: { draftId: string; file: string; alt: string }) {
  const [url, setUrl] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    void invoke('attachments:read', { id: draftId, file }).then((result) => {
      if (live && result.ok) setUrl(result.value.dataUrl);
    });
    return () => {
      live = false;
    };
  }, [draftId, file]);
  return url ? (
    <img className="thumbnail" src={url} alt={alt} />
  ) : (
    <div className="thumbnail thumbnail-empty" />
  );
}

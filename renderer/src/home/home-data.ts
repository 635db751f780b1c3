import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../../shared/ipc';
import type { Result } from '../../../shared/errors';
import { invoke, shownIfFailed } from '../api';
import type { AppNotice } from './Notices';

export type CampaignEntry = ResponseOf<'campaigns:list'>['campaigns'][number];
export type HomeForm = ResponseOf<'campaigns:list'>['forms'][number];

export interface HomeData {
  /** Every campaign, newest first; null when they could not be read (the error is shown). */
  campaigns: CampaignEntry[] | null;
  /** What the 新建 buttons show of each form the campaigns ask for. */
  forms: HomeForm[];
  notices: AppNotice[];
}

/** The home screen's data from the answers to `campaigns:list` and `app:info`; a failure is shown. */
export async function homeDataFrom(
  campaigns: Promise<Result<ResponseOf<'campaigns:list'>>>,
  info: Promise<Result<ResponseOf<'app:info'>>>,
): Promise<HomeData> {
  const [listed, about] = await Promise.all([campaigns, info]);
  const list = shownIfFailed(listed);
  const notices = shownIfFailed(about)?.notices ?? [];
  return { campaigns: list?.campaigns ?? null, forms: list?.forms ?? [], notices };
}

/** The campaigns and main's notices, asked for together. */
function fetchHomeData(): Promise<HomeData> {
  return homeDataFrom(invoke('campaigns:list', {}), invoke('app:info', {}));
}

let atStart: HomeData | undefined;

/** What start fetched beside the settings, so the first home screen shows it from its first frame. */
export function keepStartData(data: HomeData): void {
  atStart = data;
}

/** The home screen's data: the start's for its first showing, asked afresh each later time. */
export function useHomeData(): HomeData | undefined {
  const [data, setData] = useState(atStart);
  useEffect(() => {
    if (atStart) {
      atStart = undefined;
      return;
    }
    let live = true;
    void fetchHomeData().then((fresh) => {
      if (live) setData(fresh);
    });
    return () => {
      live = false;
    };
  }, []);
  return data;
}

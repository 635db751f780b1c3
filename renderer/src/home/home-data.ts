import { useEffect, useState } from 'react';
import type { Campaign } from '../../../shared/campaign';
import { invokeOrShow } from '../api';
import type { AppNotice } from './Notices';

export interface HomeData {
  /** null when the campaign could not be read (the error is shown). */
  campaign: Campaign | null;
  notices: AppNotice[];
}

/** The campaign and main's notices, asked for together. */
export async function fetchHomeData(): Promise<HomeData> {
  const [campaign, info] = await Promise.all([
    invokeOrShow('campaign:get', {}),
    invokeOrShow('app:info', {}),
  ]);
  return { campaign: campaign ?? null, notices: info?.notices ?? [] };
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

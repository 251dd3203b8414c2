// The unit and period the dashboard shows, kept in the URL (?year=2026&quarter=3&unit=…): a leader can bookmark
// or send a view, and coming back from a drill-down list returns to the same one.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useToday } from '../../common/today';
import { chinaToday, selectionFromParams, selectionToParams, type Selection } from './figures';

export function useSelection(): [Selection, (next: Selection) => void] {
  const [params, setParams] = useSearchParams();
  const { year } = chinaToday(useToday());
  const selection = useMemo(() => selectionFromParams(params, year), [params, year]);
  const set = useCallback((next: Selection) => setParams(selectionToParams(next), { replace: true }), [setParams]);
  return [selection, set];
}

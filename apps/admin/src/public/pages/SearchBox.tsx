// A search form whose query lives in the address (so a search can be shared and the back button works).
import { useEffect, useState, type FormEvent } from 'react';

export function SearchBox({ value, placeholder, label, onSearch }: { value: string; placeholder: string; label: string; onSearch: (q: string) => void }) {
  const [q, setQ] = useState(value);
  useEffect(() => setQ(value), [value]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(q.trim());
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is too new for the browsers bureau staff and the public still use; the role says the same
    <form className="search" role="search" onSubmit={submit}>
      <label>
        <span className="sr-only">{label}</span>
        <input name="q" type="search" value={q} placeholder={placeholder} onChange={(e) => setQ(e.target.value)} />
      </label>
      <button type="submit">查询</button>
      {value && (
        <button type="button" className="secondary" onClick={() => onSearch('')}>
          清除
        </button>
      )}
    </form>
  );
}

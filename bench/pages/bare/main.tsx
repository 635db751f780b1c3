import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './bare.css';

/**
 * The baseline page of the benchmarks: React and one controlled textarea styled like the
 * wizard's fields, with no counters, store or autosave. It says it is ready as the app does.
 */
function Bare() {
  const [text, setText] = useState('');
  useEffect(() => {
    document.documentElement.dataset.ready = 'bare';
  }, []);
  return (
    <main>
      <label htmlFor="bare-text">正文</label>
      <textarea
        id="bare-text"
        value={text}
        onChange={(event) => setText(event.target.value)}
        spellCheck={false}
      />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Bare />
  </StrictMode>,
);

// Progressive enhancement only: every page works without this file.

// Load govuk-frontend with this file's own ?v= (assets are cached for a year, so every URL is versioned).
const { initAll } = await import(`./govuk-frontend.min.js${new URL(import.meta.url).search}`);
initAll();

/** Same words as the server (web/format.ts formatDuration), so the text does not jump when the script starts. */
function duration(ms) {
  if (ms <= 0) return 'no time';
  const total = Math.floor(ms / 1000);
  const days = Math.floor(total / 86400);
  const hours = Math.floor((total % 86400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const n = (v, one) => `${v} ${one}${v === 1 ? '' : 's'}`;
  if (days > 0) return [n(days, 'day'), hours ? n(hours, 'hour') : ''].filter(Boolean).join(' ');
  if (hours > 0) return [n(hours, 'hour'), minutes ? n(minutes, 'minute') : ''].filter(Boolean).join(' ');
  if (minutes >= 5) return n(minutes, 'minute');
  if (minutes > 0) return [n(minutes, 'minute'), seconds ? n(seconds, 'second') : ''].join(' ').trim();
  return n(seconds, 'second');
}

for (const el of document.querySelectorAll('[data-module="sb-countdown"]')) {
  const expiresAt = Date.parse(el.getAttribute('data-expires-at') || '');
  const left = el.querySelector('.sb-countdown__left');
  if (Number.isNaN(expiresAt) || !left) continue;
  el.classList.add('sb-countdown--live');
  const tick = () => {
    const ms = expiresAt - Date.now();
    if (ms <= 0) {
      el.textContent = 'This hold has ended. Refresh the page to see what happened.';
      return;
    }
    left.textContent = duration(ms);
    setTimeout(tick, 1000);
  };
  tick();
}

/**
 * Pages whose status another party changes (a hold, a referral) look again every 15 seconds and
 * say so in a polite live region when the status moved, with a link to the updated page; they
 * never reload themselves under someone who is typing. Without JavaScript the page offers a
 * "Check for an update" link instead.
 */
for (const el of document.querySelectorAll('[data-module="sb-status-watch"]:not([data-settled])')) {
  const shown = el.getAttribute('data-status') || '';
  const live = el.querySelector('.sb-status-watch__news');
  if (!live) continue;
  const look = async () => {
    try {
      const res = await fetch(window.location.href, { credentials: 'same-origin', headers: { accept: 'text/html' } });
      if (!res.ok) return setTimeout(look, 30000);
      const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
      const now = doc.querySelector('[data-module="sb-status-watch"]')?.getAttribute('data-status');
      if (now && now !== shown) {
        const link = document.createElement('a');
        link.className = 'govuk-link';
        link.href = window.location.href;
        link.textContent = 'See what changed';
        live.textContent = `This has changed: it is now ${now.replaceAll('_', ' ')}. `;
        live.append(link);
        return;
      }
    } catch {
      // A dropped connection is not news: try again later.
    }
    setTimeout(look, 15000);
  };
  el.classList.add('sb-status-watch--live');
  setTimeout(look, 15000);
}

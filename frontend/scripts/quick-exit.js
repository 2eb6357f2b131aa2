/*
 * "Snel weg": leaves the portal for a neutral site at once, in the browser, without waiting for the server (it must
 * work when the server cannot answer). The button is a Vaadin button with the class portal-quick-exit whose
 * data-exit-url names the site (see layout/ui/QuickExit.java); pressing Escape twice does the same. This script is
 * loaded once per page as a plain static resource. Listeners on the document in the capture phase see the click
 * before anything else on the page can stop it. Issue 23, decision 0033:
 *
 * - Leaving ends the session on the server: one POST to snel-weg by sendBeacon, which the browser delivers after
 *   the page is gone and which nobody waits for (account/QuickExitEndpoint.java). If the server cannot answer, the
 *   browser leaves all the same.
 * - The neutral site replaces the portal's history entry, so Back does not return to the page she was on.
 * - Moving between the portal's pages replaces that entry too instead of adding one (the pages she visited before
 *   leave no trace in the tab's history): the portal keeps a single entry in the history, and Back leaves it.
 */
(() => {
  if (window.__portalQuickExit) {
    return;
  }
  window.__portalQuickExit = true;

  const endSession = () => {
    try {
      navigator.sendBeacon(new URL('snel-weg', document.baseURI).href);
    } catch (e) {
      // nothing to wait for: the session ends at its idle limit
    }
  };

  let leaving = false;
  const leave = () => {
    if (leaving) {
      return;
    }
    leaving = true;
    endSession();
    const button = document.querySelector('.portal-quick-exit');
    window.location.replace(button && button.dataset.exitUrl ? button.dataset.exitUrl : 'about:blank');
  };

  document.addEventListener('click', event => {
    if (event.target.closest && event.target.closest('.portal-quick-exit')) {
      event.stopPropagation();
      event.preventDefault();
      leave();
    }
  }, true);

  let lastEscape = 0;
  document.addEventListener('keydown', event => {
    if (event.key !== 'Escape') {
      return;
    }
    const now = Date.now();
    if (now - lastEscape < 800) {
      leave();
    }
    lastEscape = now;
  }, true);

  // One history entry for the whole visit: Vaadin's router (links and navigation from the server) pushes an entry
  // per page; here it replaces the current one.
  const replace = History.prototype.replaceState;
  history.pushState = function (state, unused, url) {
    return replace.call(this, state, unused, url);
  };
})();

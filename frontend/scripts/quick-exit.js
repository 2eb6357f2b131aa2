/*
 * "Snel weg": leaves the portal for a neutral site at once, in the browser, without waiting for the server (it must
 * work when the server cannot answer), replacing the current history entry so that the back button does not
 * return here. Pressing Escape twice does the same. The button is a Vaadin button with the class
 * portal-quick-exit whose data-exit-url names the site (see layout/ui/QuickExit.java); this script is loaded once
 * per page as a plain static resource (decision 0011). Listeners on the document in the capture phase see the
 * click before anything else on the page can stop it.
 */
(() => {
  if (window.__portalQuickExit) {
    return;
  }
  window.__portalQuickExit = true;

  const leave = () => {
    const button = document.querySelector('.portal-quick-exit');
    window.location.replace(button && button.dataset.exitUrl ? button.dataset.exitUrl : 'about:blank');
  };

  document.addEventListener('click', event => {
    if (event.target.closest && event.target.closest('.portal-quick-exit')) {
      event.stopPropagation();
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
})();

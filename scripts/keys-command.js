// `executeServerCommand('keys', { press | down | up | type })`: the keyboard the
// same way in every engine. The stock sendKeys cannot hold a key under
// WebDriver (WebKit), and puppeteer over BiDi (Firefox) knows ' ' but not 'Space'.

// WebDriver's codes for the named keys the tests use.
const WEBDRIVER_KEYS = {
  Shift: '\uE008',
  ShiftLeft: '\uE008',
  ShiftRight: '\uE050',
  Control: '\uE009',
  Enter: '\uE007',
  Tab: '\uE004',
  Escape: '\uE00C',
  Space: ' ',
  Backspace: '\uE003',
  ArrowUp: '\uE013',
  ArrowDown: '\uE015',
  ArrowLeft: '\uE012',
  ArrowRight: '\uE014',
  Home: '\uE011',
  End: '\uE010',
};

const keyActions = (keys, down, up) =>
  keys.flatMap((value) => [down && { type: 'keyDown', value }, up && { type: 'keyUp', value }].filter(Boolean));

export const keysCommand = {
  name: 'keys',
  async executeCommand({ command, payload, session }) {
    if (command !== 'keys') return undefined;
    const [action, key] = Object.entries(payload)[0];
    if (session.browser.type === 'puppeteer') {
      const keyboard = session.browser.getPage(session.id).keyboard;
      if (action === 'type') await keyboard.type(key);
      else await keyboard[action](key === 'Space' ? ' ' : key);
      return true;
    }
    if (session.browser.type === 'webdriver') {
      const keys = action === 'type' ? [...key] : [WEBDRIVER_KEYS[key] ?? key];
      const actions = keyActions(keys, action !== 'up', action !== 'down');
      await session.browser.driverManager.performActions(session.id, [{ type: 'key', id: 'keyboard', actions }]);
      return true;
    }
    throw new Error(`keys: no keyboard for browser type ${session.browser.type}`);
  },
};

// WebKit, the engine of Safari (every browser on an iPhone), through WebKitGTK's
// WebDriver. The launcher starts the driver itself on a free port — under a
// virtual display when there is none, since MiniBrowser has no headless mode —
// and stops it, with everything it started, when the run ends.
import { spawn } from 'node:child_process';
import net from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, timeout) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(socket.end() && true));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within ${timeout / 1000} s`);
}

class WebKitLauncher extends WebdriverLauncher {
  #driverPath;
  #process;

  constructor(driverPath) {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      // Without a display the session request can hang with no error: fail instead.
      connectionRetryTimeout: 60000,
      connectionRetryCount: 1,
      // Classic WebDriver: WebKitGTK's driver does not offer BiDi.
      capabilities: { browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true },
    });
    this.#driverPath = driverPath;
  }

  async initialize(config, testFiles) {
    const port = await freePort();
    this.options.port = port;
    const driver = [this.#driverPath, `--port=${port}`];
    const command = process.env.DISPLAY ? driver : ['xvfb-run', '-a', ...driver];
    this.#process = spawn(command[0], command.slice(1), {
      // Its own process group, so that stopping it also stops Xvfb and the browser.
      detached: true,
      stdio: 'ignore',
      // Compositing off: screenshots are black with it. A real locale: under C.UTF-8 navigator.language is "C".
      env: { ...process.env, WEBKIT_DISABLE_COMPOSITING_MODE: '1', LANG: 'en_US.UTF-8' },
    });
    process.once('exit', () => this.#kill());
    await waitForPort(port, 30000);
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.#kill();
  }

  #kill() {
    if (!this.#process) return;
    try {
      process.kill(-this.#process.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    this.#process = undefined;
  }
}

export const webkitLauncher = (driverPath) => new WebKitLauncher(driverPath);

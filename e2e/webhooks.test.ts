import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { verifyWebhook } from '../src/modules/webhooks';
import { type Receiver, startReceiver } from '../src/modules/webhooks/test-receiver';
import { SignInPage } from './pages/sign-in-page';
import { WebhooksPage } from './pages/webhooks-page';
import { browserTest, recordRequests } from './support/browser';
import { seriousAccessibilityViolations, watchPageProblems } from './support/page-checks';
import { type ServerProcess, startWhistle } from './support/server';

/**
 * The webhooks page on a 360 px phone: an organiser adds an endpoint, sees its secret once, and sends
 * a signed test to a real receiver on this machine (allowed by WEBHOOKS_ALLOW_PRIVATE).
 */
let server: ServerProcess;
let receiver: Receiver;
before(async () => {
  receiver = await startReceiver();
  server = await startWhistle({ env: { WEBHOOKS_ALLOW_PRIVATE: '1' } });
});
after(async () => {
  await server?.stop();
  await receiver?.close();
});

/** The same screen in Somali (switched in place, so what is open stays open), checked and saved; then English again. */
async function inSomali(webhooks: WebhooksPage, name: string) {
  await webhooks.chooseLanguage('Soomaali');
  await webhooks.page.locator('html[lang="so"]').waitFor({ state: 'attached' });
  await webhooks.page.getByText('Ku dar meesha loo diro').waitFor();
  assert.deepEqual(await seriousAccessibilityViolations(webhooks.page), [], `${name}: axe`);
  assert.ok(await fitsPhone(webhooks), `${name} scrolls sideways`);
  await webhooks.screenshot(name);
  await webhooks.chooseLanguage('English');
  await webhooks.page.getByRole('button', { name: 'Add endpoint' }).waitFor();
}

const fitsPhone = async (webhooks: WebhooksPage) =>
  (await webhooks.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)) <= 0;

browserTest('an organiser adds an endpoint, sees its secret once, and a signed test reaches the receiver', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.publicUrl });
  const page = await context.newPage();
  const problems = watchPageProblems(page);
  const requests = recordRequests(page);
  const signIn = new SignInPage(page);
  await signIn.open(server.publicUrl);
  await signIn.demoSignIn('Ayaan');
  await page.waitForURL((url) => url.pathname === '/');

  const webhooks = new WebhooksPage(page);
  await webhooks.go('Webhooks');
  await webhooks.heading('Webhooks').waitFor();
  await webhooks.endpoint('https://hooks.example.org/whistle').getByText('Off', { exact: true }).waitFor();

  await webhooks.addEndpoint(receiver.url, ['New pledge', 'New action in the tracker']);
  const secretField = webhooks.secretField(receiver.url);
  await secretField.waitFor();
  const secret = await secretField.inputValue();
  assert.match(secret, /^whsec_[A-Za-z0-9_-]{43}$/);
  await page.getByRole('button', { name: 'Copy secret' }).click();
  await page.getByText('Copied.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), secret);
  const card = webhooks.endpoint(receiver.url);
  await card.getByText('New action in the tracker').waitFor();
  await card.getByText('On', { exact: true }).waitFor();
  assert.deepEqual(await seriousAccessibilityViolations(page), []);
  assert.ok(await fitsPhone(webhooks), 'fits 360 px');
  await webhooks.screenshot('webhooks-01-secret-once-en-phone');
  await inSomali(webhooks, 'webhooks-02-secret-once-so-phone');

  await page.getByRole('button', { name: 'I have copied it' }).click();
  assert.equal(await secretField.count(), 0);
  await page.reload();
  await card.waitFor();
  assert.ok(!(await page.content()).includes('whsec_'), 'the secret is never shown again');

  await webhooks.sendTest(receiver.url);
  await card.getByText('Test: Delivered').waitFor();
  const row = webhooks.deliveries(receiver.url).getByRole('row').nth(1);
  await row.getByText('HTTP 200').waitFor();
  await row.getByText('Test').waitFor();
  assert.equal(receiver.requests.length, 1);
  const [ping] = receiver.requests;
  assert.equal(ping.headers['whistle-event-type'], 'ping');
  assert.deepEqual(verifyWebhook(secret, ping.body, String(ping.headers['whistle-signature']), Math.floor(Date.now() / 1000)), {
    ok: true,
  });

  await row.getByRole('button', { name: /^Send again: Test, / }).click();
  await card.getByText('Sent again: Delivered').waitFor();
  assert.equal(receiver.requests.length, 2);
  assert.deepEqual(await seriousAccessibilityViolations(page), []);
  assert.ok(await fitsPhone(webhooks), 'fits 360 px');
  await webhooks.screenshot('webhooks-03-deliveries-en-phone');
  await inSomali(webhooks, 'webhooks-04-deliveries-so-phone');
  assert.deepEqual(requests.thirdParty(), []);
  assert.deepEqual(problems, []);
});

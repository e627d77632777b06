import { sql } from 'kysely';
import { openServerDatabase, type ServerProcess } from '../tests/support/server-process';

/**
 * After a pledge run, straight from the server's database: every acknowledged pledge is a row, the
 * counters agree with the rows, and each threshold group is triggered exactly when it should be.
 * Returns what was found; throws on the first disagreement.
 */
export async function checkPledgeTotals(server: ServerProcess, campaignId: string, acknowledged: number) {
  const handle = openServerDatabase(server);
  const db = handle.db;
  try {
    const fail = (what: string) => {
      throw new Error(`pledge totals: ${what}`);
    };
    const rows = await db
      .selectFrom('pledge')
      .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
      .where('campaignId', '=', campaignId)
      .groupBy('state')
      .execute();
    const byState = Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
    const total = rows.reduce((sum, r) => sum + Number(r.n), 0);
    if (total !== acknowledged) fail(`${acknowledged} pledges acknowledged, ${total} rows`);

    const counters = new Map(
      (await db.selectFrom('pledgeCount').select(['key', 'count']).where('campaignId', '=', campaignId).execute()).map((r) => [
        r.key,
        Number(r.count),
      ]),
    );
    for (const state of ['pledged', 'conditional', 'triggered', 'reconfirmed'])
      if ((counters.get(`tally:${state}`) ?? 0) !== (byState[state] ?? 0))
        fail(`tally:${state} is ${counters.get(`tally:${state}`)}, rows say ${byState[state]}`);
    if (counters.get('group:city') !== total) fail(`group:city is ${counters.get('group:city')}, rows say ${total}`);

    const workplaces = await db
      .selectFrom('pledge')
      .select(['workplaceKey', (eb) => eb.fn.countAll<number>().as('n')])
      .where('campaignId', '=', campaignId)
      .where('workplaceKey', 'is not', null)
      .groupBy('workplaceKey')
      .execute();
    for (const w of workplaces)
      if (counters.get(`group:workplace:${w.workplaceKey}`) !== Number(w.n)) fail(`workplace ${w.workplaceKey} counter disagrees`);

    // A group at or past its threshold with threshold signers has fired (once: the unique key); below it, not.
    const campaign = await db.selectFrom('campaign').select('thresholdOptions').where('id', '=', campaignId).executeTakeFirstOrThrow();
    const options = new Map(
      (JSON.parse(campaign.thresholdOptions) as { id: string; scope: string; count: number }[]).map((o) => [o.id, o]),
    );
    const groups = await db
      .selectFrom('pledge')
      .select([
        'thresholdOptionId',
        'scopeKey',
        sql<number>`sum(case when state = 'conditional' then 1 else 0 end)`.as('waiting'),
        sql<number>`sum(case when state = 'triggered' then 1 else 0 end)`.as('triggered'),
      ])
      .where('campaignId', '=', campaignId)
      .where('kind', '=', 'threshold')
      .groupBy(['thresholdOptionId', 'scopeKey'])
      .execute();
    const fired = new Set(
      (await db.selectFrom('pledgeTrigger').select(['optionId', 'scopeKey']).where('campaignId', '=', campaignId).execute()).map(
        (t) => `${t.optionId} ${t.scopeKey}`,
      ),
    );
    let met = 0;
    for (const g of groups) {
      const option = options.get(g.thresholdOptionId ?? '');
      if (!option) fail(`a pledge waits on an unknown option ${g.thresholdOptionId}`);
      const key = option?.scope === 'city' ? 'group:city' : `group:${option?.scope}:${g.scopeKey}`;
      const reached = (counters.get(key) ?? 0) >= (option?.count ?? 0);
      const hasFired = fired.has(`${g.thresholdOptionId} ${g.scopeKey}`);
      if (reached !== hasFired) fail(`group ${key} reached=${reached} fired=${hasFired}`);
      if (reached && Number(g.waiting) > 0) fail(`group ${key} met its threshold with ${g.waiting} still waiting`);
      if (!reached && Number(g.triggered) > 0) fail(`group ${key} below its threshold has triggered signers`);
      if (reached) met++;
    }
    if (fired.size !== met) fail(`${fired.size} triggers for ${met} met groups`);
    return { total, byState, groups: groups.length, met };
  } finally {
    await handle.close();
  }
}

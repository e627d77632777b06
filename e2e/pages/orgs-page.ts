import type { Page } from 'playwright-core';
import { AppShell } from './app-shell';

export interface NewOrgInput {
  name: string;
  /** The kind as the form shows it in English ("Community group"). */
  kind: string;
  description?: string;
}

/** /orgs — the network's organisations, adding one (trusted members) and verifying it (organisers). */
export class OrgsPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}/orgs`);
  }

  /** Each organisation is an article named by its name. */
  org(name: string) {
    return this.page.getByRole('article', { name, exact: true });
  }

  form() {
    return this.page.getByRole('region', { name: /^(Add an organisation|Añadir una organización)$/ });
  }

  nameField() {
    return this.page.getByLabel(/^(Name|Nombre)$/);
  }

  async addOrg(org: NewOrgInput) {
    await this.nameField().fill(org.name);
    await this.page.getByLabel(/^(Kind|Tipo)$/).selectOption({ label: org.kind });
    if (org.description !== undefined)
      await this.page.getByLabel(/^(Description \(optional\)|Descripción \(opcional\))$/).fill(org.description);
    await this.page.getByRole('button', { name: /^(Add organisation|Añadir organización)$/ }).click();
  }

  /** "My organisations": the member's own links, seen by nobody else. */
  myOrgs() {
    return this.page.getByRole('region', { name: 'My organisations' });
  }

  async linkMe(name: string) {
    await this.myOrgs().getByLabel('Organisation to link to').selectOption({ label: name });
    await this.myOrgs().getByRole('button', { name: 'Link me' }).click();
  }

  async unlinkMe(name: string) {
    await this.myOrgs()
      .getByRole('button', { name: `Unlink me from ${name}` })
      .click();
  }

  async verify(name: string) {
    await this.org(name)
      .getByRole('button', { name: /^(Verify|Verificar)/ })
      .click();
  }
}
